import JixiaoCore

extension FactExtractor {
    static let titleWords = TraditionalForms.scalarWords(["报告", "自评表", "评价", "目标表", "申报表", "决算"])

    /// The year a title states, which outweighs the years the text mentions: a year near
    /// the start of one of the first paragraphs with a title word after it in the same
    /// clause (2024年部门整体支出绩效自评报告, 某局2022年绩效评价), or in brackets after a
    /// form's name (…自评表(2023年度)).
    func titleYear() -> Fact<Int>? {
        for paragraph in structure.document.paragraphs.prefix(30) {
            let s = paragraph.scalars
            // A title's year stands near its start: the first 80 scalars are enough.
            let limit = min(s.count, 80)
            var k = 4
            while k < limit {
                defer { k += 1 }
                guard s[k].value == 0x5E74, let year = Self.year(s, before: k), (1990...2100).contains(year) else { continue }
                let bracketed = k >= 6 && s[k - 5] == "(" && s[k - 6] == "表"
                var titled = false
                if k < 40 {
                    var j = k + 1
                    while j < min(s.count, k + 30), !Scalars.isClauseBreak(s[j]), s[j] != ":" {
                        if Self.titleWords.contains(where: { TextScan.has($0, s, at: j) }) { titled = true; break }
                        j += 1
                    }
                }
                if bracketed || titled { return Fact(year, line: paragraph.line(at: k - 4)) }
            }
        }
        return nil
    }
}
