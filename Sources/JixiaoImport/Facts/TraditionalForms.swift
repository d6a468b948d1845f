/// Traditional forms (繁體) of the simplified characters the cue words are written in, so
/// that a report typed in traditional characters is read by the same labels (單位名稱,
/// 支出合計, 編制數, 自評得分). Only the labels are read this way: the text itself, and the
/// names read from it, keep the characters they were written in.
enum TraditionalForms {
    /// Pairs of simplified and traditional characters, as data: one pair every two scalars.
    static let table =
        "门門单單称稱报報预預实實项項发發机機构構联聯系繫电電话話络絡计計总總额額财財拨撥资資际際执執数數"
        + "员員经經结結转轉余餘无無编編业業职職综綜评評价價终終体體级級为為岗崗务務万萬亿億决決"
        + "优優较較绩績"

    static let map: [Unicode.Scalar: Unicode.Scalar] = {
        let scalars = Array(table.unicodeScalars)
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for k in stride(from: 0, to: scalars.count - 1, by: 2) { map[scalars[k]] = scalars[k + 1] }
        return map
    }()

    /// The scalars of `text` and their traditional forms (what may stand between a label and its value).
    static func scalars(_ text: String) -> Set<Unicode.Scalar> {
        Set(text.unicodeScalars).union(text.unicodeScalars.compactMap { map[$0] })
    }

    /// The scalars of `words` and of the traditional form of each that has one.
    static func scalarWords(_ words: [String]) -> [[Unicode.Scalar]] {
        withVariants(words.map { ($0, ()) }).map { Array($0.0.unicodeScalars) }
    }

    /// `words` followed by the traditional form of each that has one.
    static func withVariants<Kind>(_ words: [(String, Kind)]) -> [(String, Kind)] {
        words
            + words.compactMap { word, kind in
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: word.unicodeScalars.map { map[$0] ?? $0 })
                let variant = String(scalars)
                return variant == word ? nil : (variant, kind)
            }
    }
}
