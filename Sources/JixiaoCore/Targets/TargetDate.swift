/// Finds the date a time target names: `2025年10月31日前`, `2025-10-31`, `2025年10月底`
/// (the month's last day), `2025年底` (31 December).
public enum TargetDate {
    /// The first date in `text`, or nil when it names none (or an impossible one).
    public static func find(_ text: String) -> CalendarDate? {
        let scalars = Array(HalfWidth.fold(text).unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard let (year, afterYear) = number(scalars, from: index), afterYear - index == 4 else {
                index += 1
                continue
            }
            if let date = date(year: year, scalars, after: afterYear) { return date }
            index = afterYear
        }
        return nil
    }

    private static func date(year: Int, _ scalars: [Unicode.Scalar], after start: Int) -> CalendarDate? {
        guard (1900...2199).contains(year), start < scalars.count else { return nil }
        let separator = scalars[start]
        if separator == "年", starts(scalars, at: start + 1, with: "底") || starts(scalars, at: start + 1, with: "末") {
            return CalendarDate(year: year, month: 12, day: 31)
        }
        guard "年-./".unicodeScalars.contains(separator),
            let (month, afterMonth) = number(scalars, from: start + 1), (1...12).contains(month)
        else { return nil }
        let lastDay = CalendarDate.daysIn(month: month, year: year)
        guard afterMonth < scalars.count, "月-./".unicodeScalars.contains(scalars[afterMonth]) else {
            return CalendarDate(year: year, month: month, day: lastDay)
        }
        guard let (day, _) = number(scalars, from: afterMonth + 1) else {
            return CalendarDate(year: year, month: month, day: lastDay)
        }
        let date = CalendarDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }

    private static func number(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var value = 0
        var index = start
        while index < scalars.count, index - start < 5, (48...57).contains(scalars[index].value) {
            value = value * 10 + Int(scalars[index].value - 48)
            index += 1
        }
        return index > start ? (value, index) : nil
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with word: String) -> Bool {
        index < scalars.count && scalars[index] == word.unicodeScalars.first
    }
}
