/// A month as budget systems write it: 2025-07, 2025/7, 2025.07, 2025年7月, 202507, 7, 07, 7月,
/// or an Excel date serial (45869) when the cell was a date. The year is nil when not written.
struct ExecutionMonth: Hashable {
    var year: Int?
    var month: Int

    init?(_ text: String) {
        let folded = HalfWidth.fold(text).filter { !$0.isWhitespace }
        guard !folded.isEmpty, folded.count <= 16 else { return nil }
        var body = folded
        if body.hasSuffix("月份") { body.removeLast(2) } else if body.hasSuffix("月") { body.removeLast() }
        let parts = body.split(omittingEmptySubsequences: false) { "-/.年".contains($0) }
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        switch parts.count {
        case 1 where parts[0].count <= 2:
            guard let month = Int(parts[0]) else { return nil }
            self.init(year: nil, month: month)
        case 1 where parts[0].count == 6:
            guard let value = Int(parts[0]) else { return nil }
            self.init(year: value / 100, month: value % 100)
        case 1 where parts[0].count == 5:
            // An Excel date serial: days since 1899-12-30.
            guard let serial = Int(parts[0]) else { return nil }
            let date = Self.civil(days: serial - 25_569)
            self.init(year: date.year, month: date.month)
        case 2 where parts[0].count == 4 && parts[1].count <= 2, 3 where parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2:
            guard let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
            self.init(year: year, month: month)
        default:
            return nil
        }
    }

    private init?(year: Int?, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The civil date of `days` since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(days: Int) -> (year: Int, month: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month)
    }
}
