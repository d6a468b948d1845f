import JixiaoCore

extension RuleDocument {
    /// The rule kinds a file may name.
    static let kinds = ["proportional", "thresholdStep", "bands", "checklist", "deductions", "qualitative", "manual"]

    /// The core rule, or nil (with issues) when the document does not describe one.
    func rule(at path: [PathComponent], issues: inout [ConversionIssue]) -> ScoringRule? {
        func missing(_ key: String) -> ScoringRule? {
            issues.append(.init(path: path, message: FileMessages.missingKey(key)))
            return nil
        }
        func parseDirection(_ text: String?, key: String) -> Direction? {
            guard let text else { return nil }
            guard let parsed = Direction(symbol: text) else {
                issues.append(
                    .init(
                        path: path + [.key(key)],
                        message: FileMessages.unknownValue(
                            text, allowed: Direction.allCases.map(\.rawValue))))
                return nil
            }
            return parsed
        }
        guard let kind else { return missing("kind") }
        switch kind {
        case "proportional":
            let parsed = parseDirection(direction, key: "direction") ?? .atLeast
            var formula: InverseFormula?
            if let inverse {
                formula = InverseFormula(rawValue: inverse)
                if formula == nil {
                    issues.append(
                        .init(
                            path: path + [.key("inverse")],
                            message: FileMessages.unknownValue(
                                inverse, allowed: InverseFormula.allCases.map(\.rawValue))))
                }
            }
            return .proportional(direction: parsed, target: target.map(Self.normalisedTarget), inverse: formula)
        case "thresholdStep":
            guard let standard else { return missing("standard") }
            guard let side else { return missing("side") }
            guard let deduct else { return missing("deduct") }
            guard let per else { return missing("per") }
            guard let parsedSide = parseDirection(side, key: "side") else { return nil }
            return .thresholdStep(
                standard: standard.value, side: parsedSide, deduct: deduct.value, per: per.value,
                partialSteps: partial ?? false)
        case "bands":
            guard let bands else { return missing("bands") }
            let converted = bands.enumerated().compactMap { index, band in
                band.band(at: path + [.key("bands"), .index(index)], issues: &issues)
            }
            return converted.count == bands.count ? .bands(converted) : nil
        case "checklist":
            guard let items else { return missing("items") }
            var converted: [ChecklistItem] = []
            for (index, item) in items.enumerated() {
                guard let name = item.name, let points = item.points else {
                    issues.append(
                        .init(
                            path: path + [.key("items"), .index(index)],
                            message: FileMessages.missingKey(item.name == nil ? "name" : "points")))
                    continue
                }
                converted.append(ChecklistItem(name: name, points: points.value))
            }
            return .checklist(converted)
        case "deductions":
            guard let perBreach else { return missing("perBreach") }
            return .deductions(perBreach: perBreach.value)
        case "qualitative": return .qualitative
        case "manual": return .manual
        default:
            issues.append(.init(path: path + [.key("kind")], message: FileMessages.unknownValue(kind, allowed: Self.kinds)))
            return nil
        }
    }

    /// A target written as a percentage (`100%`) becomes its fraction; formulas stay as written.
    static func normalisedTarget(_ text: String) -> String {
        guard HalfWidth.fold(text).trimmedSpaces.hasSuffix("%"), let value = NumberText.parse(text, percent: true) else {
            return text
        }
        return value.description
    }
}

extension BandDocument {
    static let ends = ["lower", "upper", "下限", "上限"]

    func band(at path: [PathComponent], issues: inout [ConversionIssue]) -> Band? {
        guard let score else {
            issues.append(.init(path: path, message: FileMessages.missingKey("score")))
            return nil
        }
        if let equals {
            return Band(
                lower: equals.value, lowerInclusive: true, upper: equals.value, upperInclusive: true,
                score: score.value)
        }
        var lowerIn = lowerIncluded ?? true
        var upperIn = upperIncluded ?? false
        if let include {
            for end in include where !Self.ends.contains(end) {
                issues.append(.init(path: path + [.key("include")], message: FileMessages.unknownValue(end, allowed: Self.ends)))
            }
            lowerIn = include.contains("lower") || include.contains("下限")
            upperIn = include.contains("upper") || include.contains("上限")
        }
        return Band(
            lower: lower?.value, lowerInclusive: lowerIn, upper: upper?.value, upperInclusive: upperIn,
            score: score.value)
    }
}
