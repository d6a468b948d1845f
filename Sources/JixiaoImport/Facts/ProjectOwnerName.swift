import JixiaoCore

/// The unit a project's name opens with, for a project report that names its unit in no
/// label, title or signature: `项目名称:某某县人民医院设备购置项目` names 某某县人民医院 as the
/// project's owner when the text names that organisation again at least twice (where the
/// project is, in its items), never inside 《》 (a document's title). The project's name
/// itself is never the unit's: something must follow the organisation in it.
enum ProjectOwnerName {
    static let label = Array("项目名称".unicodeScalars)
    /// How many times the text must name the organisation, the project's name included.
    static let mentions = 3

    /// The owner named in the first `项目名称` field of the first paragraphs.
    static func find(_ paragraphs: ArraySlice<Paragraph>) -> Fact<String>? {
        for paragraph in paragraphs.prefix(30) {
            let s = paragraph.scalars
            guard let at = TextScan.find(label, in: s, from: 0, limit: min(s.count, 400)) else { continue }
            var j = at + label.count
            while j < s.count, j - at - label.count < 4, s[j] == " " || s[j] == ":" || s[j] == "|" || s[j] == "\t" { j += 1 }
            let run = OrganisationName.runEnd(s, from: j)
            // The longest organisation the text names often enough, leaving words of the project after it.
            var k = run - 2
            while k - j >= 4 {
                if OrganisationName.nameEnd(s, from: j, to: k) == k {
                    let name = Array(s[j..<k])
                    if count(name, in: paragraphs.prefix(200)) >= mentions {
                        return Fact(TextScan.string(name), line: paragraph.line(at: j))
                    }
                }
                k -= 1
            }
            return nil
        }
        return nil
    }

    /// How many times `name` stands in `paragraphs` outside 《》.
    static func count(_ name: [Unicode.Scalar], in paragraphs: ArraySlice<Paragraph>) -> Int {
        var total = 0
        for paragraph in paragraphs {
            let s = paragraph.scalars
            var depth = 0
            var i = 0
            while i < s.count {
                switch s[i] {
                case "《": depth += 1
                case "》": depth = max(0, depth - 1)
                default:
                    if depth == 0, s[i] == name[0], TextScan.has(name, s, at: i) {
                        total += 1
                        i += name.count
                        continue
                    }
                }
                i += 1
            }
        }
        return total
    }
}
