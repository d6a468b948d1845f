/// Three-way merge of editor forms: what the user started from (`base`), what is
/// stored now (`current`, saved by someone else meanwhile) and what the user sends
/// (`mine`). A field changed on one side only takes that side; a field changed on
/// both sides to different values is a conflict, which is never resolved silently.
enum FormMerge {
    struct Result: Equatable {
        var fields: [String: String]
        /// Names of the fields both sides changed differently.
        var conflicts: [String]
    }

    static let ignored: Set<String> = ["version", CSRFName.field]

    static func merge(base: [String: String], current: [String: String], mine: [String: String]) -> Result {
        var fields: [String: String] = [:]
        var conflicts: [String] = []
        let names = Set(base.keys).union(current.keys).union(mine.keys).subtracting(ignored)
        for name in names.sorted() {
            let b = norm(base[name]), c = norm(current[name]), m = norm(mine[name])
            let value: String?
            if m == b { value = c } else if c == b || c == m { value = m } else { value = m; conflicts.append(name) }
            if let value { fields[name] = value }
        }
        return Result(fields: fields, conflicts: conflicts)
    }

    private static func norm(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
