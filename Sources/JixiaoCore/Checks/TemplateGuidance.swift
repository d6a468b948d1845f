/// The guidance texts of the county report template (report-format.md §1) that a
/// finished report must replace with content (`template.unfilled`). A section
/// still holds the guidance when most of its character pairs appear in the text.
public enum TemplateGuidance {
    public static let texts: [String] = [
        "分析绩效目标、指标与部门职能、中期规划、年度工作计划的相关性、合理性和明确性",
        "分析部门预算收支构成、资金来源、近两年预算支出预决算数据对比等",
        "部门内部资金、资产、人员等情况，包括资金日常管理、专项资金管理、资产管理、风险控制、人员管理、制度管理等",
        "从经济性、效率性、效益性等方面对部门支出进行总体评价分析",
        "涉及部门年度工作与部门职能、规划的相关程度判断，部门整体制度保障的完善程度，部门资金内部管理机制的健全程度，部门整体资源配置水平和能力等",
    ]

    /// Share of a guidance text's character pairs that must appear for a match.
    public static let threshold = 75

    private static let pairs: [Set<UInt64>] = texts.map { bigrams(Array($0.unicodeScalars)) }
    /// Every guidance pair → its number among all guidance pairs.
    private static let pairNumbers: [UInt64: Int] = {
        var map: [UInt64: Int] = [:]
        for set in pairs { for pair in set.sorted() where map[pair] == nil { map[pair] = map.count } }
        return map
    }()
    /// For each guidance text, the numbers of its pairs as a bit set.
    private static let masks: [[UInt64]] = pairs.map { set in
        var mask = [UInt64](repeating: 0, count: (pairNumbers.count + 63) / 64)
        for pair in set { let n = pairNumbers[pair]!; mask[n >> 6] |= 1 << UInt64(n & 63) }
        return mask
    }
    /// First and second scalars of guidance pairs, to skip most positions without hashing.
    private static let firstScalars = scalarBits(pairNumbers.keys.map { UInt32(truncatingIfNeeded: $0 >> 32) })
    private static let secondScalars = scalarBits(pairNumbers.keys.map { UInt32(truncatingIfNeeded: $0) })

    private static func scalarBits(_ scalars: [UInt32]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 1024)
        for scalar in scalars { let v = Int(scalar) & 0xFFFF; bits[v >> 6] |= 1 << UInt64(v & 63) }
        return bits
    }

    /// Index of the guidance text that `text` still contains, or nil.
    public static func match(_ text: [Unicode.Scalar]) -> Int? { match(parts: [text[...]]) }

    /// Index of the guidance text that the parts, read one after the other, still contain, or nil.
    public static func match(parts: [ArraySlice<Unicode.Scalar>]) -> Int? {
        guard parts.reduce(0, { $0 + $1.count }) >= 10 else { return nil }
        var found = [UInt64](repeating: 0, count: (pairNumbers.count + 63) / 64)
        var anyFound = false
        var previous: UInt32? = nil
        let bits = firstScalars, seconds = secondScalars
        for part in parts {
            for scalar in part {
                let v = scalar.value
                guard (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) else { continue }
                if let p = previous, bits[Int(p >> 6) & 1023] & (1 << UInt64(p & 63)) != 0,
                    seconds[Int(v >> 6) & 1023] & (1 << UInt64(v & 63)) != 0,
                    let n = pairNumbers[UInt64(p) << 32 | UInt64(v)]
                {
                    found[n >> 6] |= 1 << UInt64(n & 63)
                    anyFound = true
                }
                previous = v
            }
        }
        guard anyFound else { return nil }
        for (index, mask) in masks.enumerated() {
            var hits = 0
            for (word, bitsOfText) in zip(found, mask) { hits += (word & bitsOfText).nonzeroBitCount }
            if hits * 100 >= pairs[index].count * threshold { return index }
        }
        return nil
    }

    /// Index of the guidance text that `text` still contains, or nil.
    public static func match(_ text: String) -> Int? { match(Array(text.unicodeScalars)) }

    /// Pairs of consecutive ideographs, punctuation and spaces skipped.
    static func bigrams(_ text: [Unicode.Scalar]) -> Set<UInt64> {
        var result = Set<UInt64>()
        var previous: UInt32? = nil
        for scalar in text {
            let v = scalar.value
            guard (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) else { continue }
            if let previous { result.insert(UInt64(previous) << 32 | UInt64(v)) }
            previous = v
        }
        return result
    }
}
