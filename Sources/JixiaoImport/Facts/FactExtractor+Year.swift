import JixiaoCore

extension FactExtractor {
    /// The year written in the four scalars before `nian` (年): digits (2023), Chinese
    /// numerals (二〇二三), or digits with an OCR slip for 0 or 1 (2O22, only with a 度
    /// after 年 and between 1990 and 2099, where the context can only be a year).
    static func year(_ s: [Unicode.Scalar], before nian: Int) -> Int? {
        guard nian >= 4 else { return nil }
        let scalars = s[(nian - 4)..<nian]
        let before = nian > 4 ? s[nian - 5] : " "
        if scalars.allSatisfy(Scalars.isDigit), !Scalars.isDigit(before) {
            return scalars.reduce(0) { $0 * 10 + Int($1.value - 48) }
        }
        if scalars.allSatisfy({ numeralDigit($0) != nil }), numeralDigit(before) == nil, before != "十" {
            let year = scalars.reduce(0) { $0 * 10 + (numeralDigit($1) ?? 0) }
            return (1990...2099).contains(year) ? year : nil
        }
        guard nian + 1 < s.count, s[nian + 1] == "度", !Scalars.isDigit(before), !Scalars.isASCIILetter(before),
            scalars.filter(Scalars.isDigit).count >= 2
        else { return nil }
        var year = 0
        for k in scalars.indices {
            guard let digit = Scalars.isDigit(s[k]) ? s[k].value - 48 : TextScan.slipDigit(s, at: k) else { return nil }
            year = year * 10 + Int(digit)
        }
        return (1990...2099).contains(year) ? year : nil
    }

    /// `评价年度:2023`, `所属年度 | 2022`: a form's year label and four digits in its value, a vote
    /// for the fiscal year as `2023年度` is (not 上年度 or 下年度).
    mutating func labelledYear(_ s: [Unicode.Scalar], nian: Int, paragraph: Paragraph) {
        guard nian + 1 < s.count, s[nian + 1] == "度", nian == 0 || !"上下去明前".unicodeScalars.contains(s[nian - 1]) else { return }
        var j = nian + 2
        while j < s.count, j - nian < 6, s[j] == ":" || s[j] == "|" || s[j] == "\t" || s[j] == " " { j += 1 }
        guard j > nian + 2, j + 4 <= s.count, (j..<(j + 4)).allSatisfy({ Scalars.isDigit(s[$0]) }),
            j + 4 == s.count || !Scalars.isDigit(s[j + 4]) && s[j + 4] != "-" && s[j + 4] != "."
        else { return }
        let year = (j..<(j + 4)).reduce(0) { $0 * 10 + Int(s[$1].value - 48) }
        guard (1990...2099).contains(year) else { return }
        let old = yearCounts[year]
        yearCounts[year] = ((old?.count ?? 0) + 1, old?.line ?? paragraph.line(at: j))
    }

    /// 〇 (and ○, O-like in scans) and 一 … 九 as digits of a year; not 两 or 十.
    static func numeralDigit(_ c: Unicode.Scalar) -> Int? {
        c == "○" ? 0 : c == "两" ? nil : ChineseNumeral.digit(c)
    }
}
