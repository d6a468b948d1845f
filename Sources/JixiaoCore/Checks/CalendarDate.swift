/// A calendar date as written in a report (2024年3月25日, 2024-3-25, 2024.3.25),
/// kept as written so an impossible one (2月30日) can be reported.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2024年3月25日`, `2024-3-25`, `2024.3.25`, `2024/3/25` (spaces and full-width allowed).
    public init?(_ text: String) {
        var parts: [Int] = []
        var current: Int? = nil
        var separatorsOK = true
        for scalar in HalfWidth.fold(text).unicodeScalars {
            let v = scalar.value
            if v >= 48 && v <= 57 {
                current = (current ?? 0) * 10 + Int(v - 48)
                if current! > 99_999 { return nil }
            } else if scalar == " " {
                continue
            } else if "年月日-./".unicodeScalars.contains(scalar) {
                if let c = current { parts.append(c); current = nil } else if scalar != "日" { separatorsOK = false }
            } else {
                return nil
            }
        }
        if let c = current { parts.append(c) }
        guard separatorsOK, parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// True when the date exists in the Gregorian calendar (years 1900–2199).
    public var isValid: Bool {
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= Self.daysIn(month: month, year: year)
    }

    /// Number of days of `month` in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO form, 2024-03-25.
    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// Chinese form, 2024年3月25日.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// True when a 填报日期 on this date is after the end of `fiscalYear` (so the year's
    /// figures could be final).
    public func isAfterEnd(ofFiscalYear fiscalYear: Int) -> Bool { year > fiscalYear }
}
