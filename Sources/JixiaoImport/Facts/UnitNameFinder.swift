import JixiaoCore

/// Finds the unit's name when the 单位名称 field does not give it: the title
/// (XX县XX局2023年度…报告), the signature block, or, for a report with a cover whose
/// name field holds only the seal, the organisation the text names most (≥ 3 times).
enum UnitNameFinder {
    static let suffixes: [[Unicode.Scalar]] = ["委员会", "办公室", "中心", "局", "院", "馆", "所", "站", "队", "厅", "委", "办"].map {
        Array($0.unicodeScalars)
    }
    static let strongSuffixes = 4

    static func find(_ structure: DocumentStructure, hasCover: Bool, publisher: Fact<String>? = nil) -> Fact<String>? {
        let paragraphs = structure.document.paragraphs
        // 某某局2023年度部门整体支出绩效自评报告: the name a title starts with.
        if let title = title(structure) { return title }
        for paragraph in paragraphs.prefix(8) where BlockRules.isTitle(paragraph.scalars) {
            if let name = organisation(in: paragraph.scalars, from: 0, strongOnly: false), name.start == 0 {
                return Fact(name.text, line: paragraph.firstLine)
            }
        }
        for paragraph in paragraphs.suffix(4) where paragraph.scalars.count <= 30 {
            if let name = organisation(in: paragraph.scalars, from: 0, strongOnly: false),
                name.start == 0, name.end == paragraph.scalars.count
            {
                return Fact(name.text, line: paragraph.firstLine)
            }
        }
        // The publisher a government site names (发布机构), then a line that is a name and nothing else.
        if let publisher { return publisher }
        for paragraph in paragraphs.prefix(80) {
            // Most lines are too long or too short to be a name: skip them before slicing.
            for line in OrganisationName.lines(of: paragraph) where (4...30).contains(line.end - line.start) {
                if let name = OrganisationName.whole(paragraph.scalars[line.start..<line.end]) {
                    return Fact(name, line: paragraph.line(at: line.start))
                }
            }
        }
        // 现将…某某局…报告如下, …要求,某某局开展…, 某某局(以下简称…): the unit named in a sentence.
        if let subject = SubjectName.find(paragraphs.prefix(30)) { return subject }
        // 项目名称:某某医院…项目, the hospital named again where the project is: the project's owner.
        if let owner = ProjectOwnerName.find(paragraphs[...]) { return owner }
        guard hasCover else { return nil }
        var counts: [String: (count: Int, line: Int)] = [:]
        for paragraph in paragraphs {
            var i = 0
            while let name = organisation(in: paragraph.scalars, from: i, strongOnly: true) {
                let old = counts[name.text]
                counts[name.text] = ((old?.count ?? 0) + 1, old?.line ?? paragraph.line(at: name.start))
                i = name.end
            }
        }
        guard let best = counts.max(by: { ($0.value.count, -$0.value.line) < ($1.value.count, -$1.value.line) }),
            best.value.count >= 3
        else { return nil }
        return Fact(best.key, line: best.value.line)
    }

    /// The name a title among the first paragraphs starts with (某某局2023年度…报告), read at
    /// the start of each input line.
    static func title(_ structure: DocumentStructure) -> Fact<String>? {
        for paragraph in structure.document.paragraphs.prefix(30) {
            for line in OrganisationName.lines(of: paragraph) {
                if let name = OrganisationName.inTitle(paragraph.scalars, from: line.start, to: line.end) {
                    return Fact(name.text, line: paragraph.line(at: name.start))
                }
            }
        }
        return nil
    }

    /// The next organisation name at or after `from`: two ideographs, 县/市/区, then
    /// at most 16 ideographs up to an organisation suffix.
    static func organisation(in s: [Unicode.Scalar], from: Int, strongOnly: Bool) -> (text: String, start: Int, end: Int)? {
        var i = max(from, 2)
        while i < s.count {
            defer { i += 1 }
            guard s[i] == "县" || s[i] == "市" || s[i] == "区",
                Scalars.isIdeograph(s[i - 1]), Scalars.isIdeograph(s[i - 2])
            else { continue }
            var j = i + 1
            let allowed = strongOnly ? strongSuffixes : suffixes.count
            while j < s.count, j - i <= 16, Scalars.isIdeograph(s[j]) {
                let c = s[j]
                if let k = (0..<allowed).first(where: { suffixes[$0][0] == c && TextScan.has(suffixes[$0], s, at: j) }) {
                    let end = j + suffixes[k].count
                    if end < s.count, s[end] == "长" { break }
                    if end - (i - 2) >= 5 { return (TextScan.string(s[(i - 2)..<end]), i - 2, end) }
                }
                j += 1
            }
        }
        return nil
    }
}
