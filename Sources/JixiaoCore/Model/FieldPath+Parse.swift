extension FieldPath {
    /// The path `text` names, or nil. Reads the one text form and the older names stored
    /// history rows, review notes and forms may still carry: `figure.<id>`, `section.<key>`,
    /// `indicator.<id>.…`, `target.<row>.value|max|note|…`, `targets.<row>.targetValue|actualValue`.
    public init?(_ text: String) {
        if let part = text.dropPrefix("filing.").flatMap({ FilingPart(rawValue: String($0)) }) {
            self = .filing(part)
        } else if text == "project.name" {
            self = .projectName
        } else if text == "statedTotal" {
            self = .statedTotal
        } else if let id = text.dropPrefix("figures.") ?? text.dropPrefix("figure."), !id.isEmpty {
            self = .figure(String(id))
        } else if let key = text.dropPrefix("narrative.") ?? text.dropPrefix("section."), !key.isEmpty {
            self = .narrative(String(key))
        } else if let rest = text.dropPrefix("targets.") ?? text.dropPrefix("target."), let path = Self.target(rest) {
            self = path
        } else if let rest = text.dropPrefix("indicators.") ?? text.dropPrefix("indicator."), let path = Self.indicator(rest) {
            self = path
        } else {
            return nil
        }
    }

    /// Older names of target columns: the editor's form and the checker's.
    static let legacyTargetParts: [String: TargetPart] = [
        "value": .target, "targetValue": .target, "actualValue": .actual, "max": .maxScore, "note": .deviationNote,
    ]

    /// Rows above this are not a field any form shows (and an index of any size costs nothing).
    public static let maxTargetRow = 9_999

    private static func target(_ rest: Substring) -> FieldPath? {
        guard let dot = rest.firstIndex(of: "."), let row = Int(rest[..<dot]), (0...maxTargetRow).contains(row) else {
            return nil
        }
        let name = String(rest[rest.index(after: dot)...])
        guard let part = TargetPart(rawValue: name) ?? legacyTargetParts[name] else { return nil }
        return .target(row, part)
    }

    // The id may hold dots; a checklist item (the rest of the text) too.
    private static func indicator(_ rest: Substring) -> FieldPath? {
        if let range = rest.range(of: ".checked.") {
            let id = rest[..<range.lowerBound], item = rest[range.upperBound...]
            return id.isEmpty || item.isEmpty ? nil : .indicator(String(id), .checked(String(item)))
        }
        let parts: [(String, IndicatorPart)] = [
            ("selfScore", .selfScore), ("note", .note), ("outcome", .outcome),
            ("breaches", .breaches),
        ]
        for (name, part) in parts {
            if let id = rest.dropSuffix("." + name), !id.isEmpty { return .indicator(String(id), part) }
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func dropPrefix(_ prefix: String) -> SubSequence? {
        hasPrefix(prefix) ? self[index(startIndex, offsetBy: prefix.count)...] : nil
    }

    fileprivate func dropSuffix(_ suffix: String) -> SubSequence? {
        hasSuffix(suffix) ? self[..<index(endIndex, offsetBy: -suffix.count)] : nil
    }
}
