/// A small grammar for the name of a reporting unit: a run of ideographs whose longest
/// prefix ending in an organisation word (局, 委员会, 中心, 人民政府, 学校 …) is the name.
/// It reads the name in a title (名称 + 年份 + 报告), after a label (单位名称: …) and on a
/// line of its own; the text after the name (转移支付, 关于, 机关) is not part of it.
enum OrganisationName {
    /// Words an organisation's name ends with.
    static let suffixes: [[Unicode.Scalar]] = [
        "局", "委员会", "办公室", "中心", "院", "馆", "所", "站", "队", "厅", "委", "办", "部", "政府",
        "学校", "社", "校", "处", "署", "会", "室", "场", "团", "台", "园", "街道",
    ].map { Array($0.unicodeScalars) }

    /// Ideographs that mark a place (省市县区 …), one of which a name must hold, so that
    /// a common noun ending in 部 or 会 is no name.
    static let placeMarks: Set<Unicode.Scalar> = [
        "省", "市", "县", "縣", "区", "區", "旗", "乡", "鄉", "镇", "鎮", "州", "盟", "村", "国", "國", "街",
    ].reduce(into: []) { $0.formUnion($1.unicodeScalars) }

    /// The end of the longest name at the start of `s[start..<end]` (a run of ideographs),
    /// or nil when no prefix of at least four ideographs with a place mark ends in a suffix.
    static func nameEnd(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
        guard end - start >= 4 else { return nil }
        // A prefix holds a place mark when it reaches past the first one: looked up once, not
        // per prefix (this runs on every label and title line, and hashing each scalar showed).
        guard let mark = s[start..<end].firstIndex(where: isPlaceMark) else { return nil }
        var k = end
        while k - start >= 4, k > mark {
            if suffixes.contains(where: { TextScan.hasSuffix($0, s, before: k) && k - $0.count >= start }) {
                return k
            }
            k -= 1
        }
        return nil
    }

    /// One of `placeMarks`, by a switch instead of a hash.
    static func isPlaceMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "省", "市", "县", "縣", "区", "區", "旗", "乡", "鄉", "镇", "鎮", "州", "盟", "村", "国", "國", "街": return true
        default: return false
        }
    }

    /// The end of the run of ideographs from `start`, at most 40 long (no name is longer,
    /// and a label followed by a page of text costs no more than one followed by a name).
    static func runEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < s.count, k - start < 40, Scalars.isIdeograph(s[k]) { k += 1 }
        return k
    }

    /// The whole of `s` when it is a name and nothing else.
    static func whole(_ s: ArraySlice<Unicode.Scalar>) -> String? {
        guard (4...30).contains(s.count), s.allSatisfy(Scalars.isIdeograph) else { return nil }
        let a = Array(s)
        guard a.count <= 30, runEnd(a, from: 0) == a.count, nameEnd(a, from: 0, to: a.count) == a.count else { return nil }
        return TextScan.string(a)
    }

    /// The scalars of each input line a paragraph joined, with where they start: a title or
    /// a name line may have been joined to the lines around it.
    static func lines(of paragraph: Paragraph) -> [(start: Int, end: Int)] {
        let pieces = paragraph.pieces
        // One line (most paragraphs): no closure, one small array.
        if pieces.count == 1 { return [(pieces[0].offset, paragraph.scalars.count)] }
        return pieces.indices.map { k in
            (pieces[k].offset, k + 1 < pieces.count ? pieces[k + 1].offset : paragraph.scalars.count)
        }
    }

    /// The name a title starts with: within its first scalars a run of ideographs, the
    /// longest name in it, and right after the run a year (2023年) or 关于, and further on
    /// a report word (报告, 自评, 评价, 决算, 目标表).
    static func inTitle(_ s: [Unicode.Scalar], from: Int = 0, to lineEnd: Int? = nil) -> (text: String, start: Int)? {
        let lineEnd = lineEnd ?? s.count
        var i = from
        while i < min(lineEnd, from + 14) {
            // Not a run that starts after digits (2018年度…) or inside a cited document (《…关于…的通知》).
            guard Scalars.isIdeograph(s[i]), i == from || !Scalars.isIdeograph(s[i - 1]) && !Scalars.isDigit(s[i - 1]),
                i == from || s[i - 1] != "《" || !citesDocument(s, from: i)
            else { i += 1; continue }
            var run = min(runEnd(s, from: i), lineEnd)
            defer { i = run }
            let after = TextScan.skipSpaces(s, run)
            // 2023, 2O22年度 (an OCR slip), or 二〇二三年度 inside the run of ideographs.
            var yearFollows =
                after + 4 < s.count
                && ((0..<4).allSatisfy { Scalars.isDigit(s[after + $0]) }
                    || s[after + 4] == "年" && FactExtractor.year(s, before: after + 4) != nil)
            if !yearFollows, let numerals = numeralYear(s, from: i + 2, to: min(run, lineEnd)) {
                run = numerals
                yearFollows = true
            }
            let aboutEnds = TextScan.hasSuffix(about, s, before: run)
            // 关于某局2023年度…的报告: the name starts after 关于.
            let start = TextScan.has(about, s, at: i) && run - i > 2 ? i + 2 : i
            guard yearFollows || aboutEnds, let end = nameEnd(s, from: start, to: run),
                reportWords.contains(where: { TextScan.find($0, in: s, from: run, limit: run + 40) != nil })
            else { continue }
            return (TextScan.string(s[start..<end]), start)
        }
        return nil
    }

    /// Where a year in Chinese numerals (二〇二三年) starts inside a run of ideographs, if one does.
    static func numeralYear(_ s: [Unicode.Scalar], from: Int, to end: Int) -> Int? {
        var k = from
        while k + 4 < s.count, k < end {
            if s[k + 4] == "年", FactExtractor.numeralDigit(s[k]) != nil, FactExtractor.year(s, before: k + 4) != nil { return k }
            k += 1
        }
        return nil
    }

    /// True when the 《…》 opened before `from` names a document (通知, 办法, 意见 …), not a report.
    static func citesDocument(_ s: [Unicode.Scalar], from: Int) -> Bool {
        let close = s[from...].prefix(80).firstIndex(of: "》") ?? min(s.count, from + 80)
        return documentWords.contains { TextScan.find($0, in: s, from: from, limit: close) != nil }
    }

    static let documentWords: [[Unicode.Scalar]] = ["通知", "办法", "意见", "方案", "规定", "决定", "函"].map { Array($0.unicodeScalars) }
    static let about = Array("关于".unicodeScalars)
    static let reportWords = TraditionalForms.scalarWords(["报告", "自评", "评价", "决算", "目标表", "绩效"])
}
