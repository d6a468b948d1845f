import Foundation
import JixiaoCore
import JixiaoFiles

/// The web form of a declaration: flat fields named by the checker's paths (`funds.total`,
/// `targets.3.unit`, rows from 1). The fields are written as the file form (JSON, one value a
/// line) and read by `DeclarationReader`, the reader of `jixiao targets` and the API, so a value
/// is accepted, refused and checked the same way everywhere; a refusal is put at its field by line.
struct DeclarationForm {
    /// Field name → text.
    var fields: [String: String]

    /// The row numbers present, in order.
    var rowNumbers: [Int] {
        Set(
            fields.keys.compactMap { key -> Int? in
                let parts = key.split(separator: ".")
                return parts.count == 3 && parts[0] == "targets" ? Int(parts[1]) : nil
            }
        ).sorted()
    }

    /// The rows' texts by part, in order.
    var rows: [[String: String]] {
        rowNumbers.map { n in
            Dictionary(uniqueKeysWithValues: DeclarationFields.rowParts.map { ($0.key, fields["targets.\(n).\($0.key)"] ?? "") })
        }
    }

    /// The form with `rows` numbered 1… again.
    func with(rows: [[String: String]]) -> DeclarationForm {
        var out = fields.filter { !$0.key.hasPrefix("targets.") }
        for (index, row) in rows.enumerated() {
            for (part, text) in row { out["targets.\(index + 1).\(part)"] = text }
        }
        return DeclarationForm(fields: out)
    }

    init(fields: [String: String]) { self.fields = fields }

    /// The form of a stored declaration.
    init(_ declaration: TargetDeclaration) {
        fields = DeclarationFields.texts(declaration)
        for n in 0..<declaration.rows.count {
            for part in DeclarationFields.rowParts where fields["targets.\(n + 1).\(part.key)"] == nil {
                fields["targets.\(n + 1).\(part.key)"] = ""
            }
        }
    }

    /// Values that could not be read, by field.
    struct Refusal: Error {
        var messages: [String: String]
    }

    /// The declaration of `scope`, `unit` and `year` with these fields, or the messages by field.
    func read(scope: DeclarationScope, unit: String, year: Int) -> Result<TargetDeclaration, Refusal> {
        let (text, lines) = fileText(scope: scope, unit: unit, year: year)
        do throws(FileError) {
            return .success(try DeclarationReader.read(text: text, file: "表单").declaration)
        } catch {
            var messages: [String: String] = [:]
            for problem in error.problems where problem.severity == .error {
                let field = problem.line.flatMap { lines[$0] } ?? "form"
                messages[field] = messages[field].map { $0 + "；" + problem.message } ?? problem.message
            }
            return .failure(Refusal(messages: messages.isEmpty ? ["form": DeclarationText.unreadable] : messages))
        }
    }

    /// The file form as JSON, one value a line, and the field of each line (1-based).
    func fileText(scope: DeclarationScope, unit: String, year: Int) -> (String, [Int: String]) {
        var out: [String] = ["{"]
        var lines: [Int: String] = [:]
        /// Appends `text` (a line) after a comma on the previous member unless it opens its object.
        func member(_ text: String, field: String?) {
            if let last = out.last, !last.hasSuffix("{"), !last.hasSuffix("[") { out[out.count - 1] += "," }
            out.append(text)
            if let field { lines[out.count] = field }
        }
        func value(_ field: String) -> String? {
            guard let text = fields[field]?.trimmedSpaces, !text.isEmpty else { return nil }
            return text
        }
        member("\"kind\": \"targets\"", field: nil)
        member("\"scope\": \(json(scope.rawValue))", field: nil)
        member("\"unit\": \(json(unit))", field: nil)
        member("\"fiscalYear\": \(year)", field: nil)
        for key in ["project", "projectAttribute", "sector", "overallGoal", "annualGoal"] {
            if let text = value(key) { member("\(json(key)): \(json(text))", field: key) }
        }
        for (group, keys) in [("period", ["start", "end"]), ("funds", ["total", "fiscal", "other"])] {
            guard keys.contains(where: { value("\(group).\($0)") != nil }) else { continue }
            member("\(json(group)): {", field: "\(group).\(keys[0])")
            for key in keys { if let text = value("\(group).\(key)") { member("\(json(key)): \(json(text))", field: "\(group).\(key)") } }
            out.append("}")
        }
        let rows = self.rows
        if !rows.isEmpty {
            member("\"targets\": [", field: "targets")
            for (index, row) in rows.enumerated() {
                let n = index + 1
                member("{", field: "targets.\(n).name")
                let levels = [row["level1"] ?? "", row["level2"] ?? ""].map { json($0.trimmedSpaces) }
                member("\"levels\": [\(levels.joined(separator: ", "))]", field: "targets.\(n).level1")
                for part in ["name", "direction", "target", "unit", "maxScore", "explanation", "standard"] {
                    guard let text = row[part]?.trimmedSpaces, !text.isEmpty else { continue }
                    member("\(json(part)): \(json(text))", field: "targets.\(n).\(part)")
                }
                out.append("}")
            }
            out.append("]")
        }
        out.append("}")
        return (out.joined(separator: "\n"), lines)
    }

    private func json(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
