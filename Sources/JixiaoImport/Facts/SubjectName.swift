/// The reporting unit named inside a sentence, for a report whose title, labels and
/// signature do not name it. Only the places where a report names itself count:
/// - as the subject after the reason (…文件要求,某某局开展…; 2023年,某某局机关…);
/// - in the sentence that hands the report over (现将2023年某某局…报告如下);
/// - where it defines its own short form (某某局(以下简称某局)的主要职能).
/// Never inside 《…》 nor after 根据/按照/依据 (a superior's or a document's name).
enum SubjectName {
    /// Words that end the clause's subject: the verb or particle that follows a name.
    static let stops: [[Unicode.Scalar]] = [
        "开展", "对", "的", "组织", "按照", "根据", "依据", "认真", "积极", "于", "机关", "本级", "在", "将", "已", "共", "各项",
        "全年", "年度", "财政衔接", "绩效", "项目", "部门整体", "整体支出", "关于", "现将", "及", "和下属",
    ].map { Array($0.unicodeScalars) }

    static let leadIns: [[Unicode.Scalar]] = ["要求,", "精神,", "现将"].map { Array($0.unicodeScalars) }
    static let shortForm = Array("(以下简称".unicodeScalars)
    static let reasons: [[Unicode.Scalar]] = ["根据", "按照", "依据", "遵照"].map { Array($0.unicodeScalars) }

    /// The first such name in the first `paragraphs`, each read up to `limit` scalars.
    static func find(_ paragraphs: ArraySlice<Paragraph>, limit: Int = 3000) -> Fact<String>? {
        for paragraph in paragraphs {
            let s = paragraph.scalars
            let end = min(s.count, limit)
            var i = 0
            while i < end {
                if let name = at(s, i, end: end) { return Fact(name.text, line: paragraph.line(at: name.start)) }
                i += 1
            }
        }
        return nil
    }

    /// A name that one of the three forms puts at `i`.
    static func at(_ s: [Unicode.Scalar], _ i: Int, end: Int) -> (text: String, start: Int)? {
        let c = s[i]
        if c == "要" || c == "精" || c == "现", let word = leadIns.first(where: { TextScan.has($0, s, at: i) }) {
            var j = i + word.count
            // 现将2023年度…: the year of the report before its unit.
            if j + 5 <= end, (0..<4).allSatisfy({ Scalars.isDigit(s[j + $0]) }), s[j + 4] == "年" {
                j += 5
                if j < end, s[j] == "度" { j += 1 }
            }
            return name(s, from: j, end: end)
        }
        // 2023年,某某局…: the year heads the clause, the unit is its subject.
        if c == ",", i >= 5 {
            let nian = s[i - 1] == "度" ? i - 2 : i - 1
            if nian >= 4, s[nian] == "年", (1...4).allSatisfy({ Scalars.isDigit(s[nian - $0]) }) {
                return name(s, from: i + 1, end: end)
            }
        }
        if c == "(", TextScan.has(shortForm, s, at: i) {
            var k = i
            while k > 0, i - k < 30, Scalars.isIdeograph(s[k - 1]) { k -= 1 }
            guard k == 0 || s[k - 1] != "《", !reasons.contains(where: { TextScan.has($0, s, at: k) }),
                let end = OrganisationName.nameEnd(s, from: k, to: i), end == i
            else { return nil }
            return (TextScan.string(s[k..<i]), k)
        }
        return nil
    }

    /// The name that starts at `j`: the run of ideographs up to its first stop word, then
    /// the longest name in it.
    static func name(_ s: [Unicode.Scalar], from j: Int, end: Int) -> (text: String, start: Int)? {
        // 县财政局, 市局: a name that starts with its place mark is a short form for a superior.
        guard j < end, Scalars.isIdeograph(s[j]), !OrganisationName.isPlaceMark(s[j]),
            !reasons.contains(where: { TextScan.has($0, s, at: j) })
        else { return nil }
        var k = j + 1
        let run = min(OrganisationName.runEnd(s, from: j), end)
        while k < run, !stops.contains(where: { TextScan.has($0, s, at: k) }) { k += 1 }
        guard let nameEnd = OrganisationName.nameEnd(s, from: j, to: k) else { return nil }
        return (TextScan.string(s[j..<nameEnd]), j)
    }
}
