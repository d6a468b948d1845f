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
        let file = fileText(scope: scope, unit: unit, year: year)
        do throws(FileError) {
            return .success(try DeclarationReader.read(text: file.text, file: "表单").declaration)
        } catch {
            return .failure(Refusal(messages: file.messages(error, unreadable: DeclarationText.unreadable)))
        }
    }

    /// The file form, one value a line.
    func fileText(scope: DeclarationScope, unit: String, year: Int) -> FieldLinedJSON {
        var file = FieldLinedJSON()
        let json = FieldLinedJSON.json
        func value(_ field: String) -> String? {
            guard let text = fields[field]?.trimmedSpaces, !text.isEmpty else { return nil }
            return text
        }
        file.member("\"kind\": \"targets\"", field: nil)
        file.member("\"scope\": \(json(scope.rawValue))", field: nil)
        file.member("\"unit\": \(json(unit))", field: nil)
        file.member("\"fiscalYear\": \(year)", field: nil)
        for key in ["project", "projectAttribute", "sector", "overallGoal", "annualGoal"] {
            if let text = value(key) { file.member("\(json(key)): \(json(text))", field: key) }
        }
        for (group, keys) in [("period", ["start", "end"]), ("funds", ["total", "fiscal", "other"])] {
            guard keys.contains(where: { value("\(group).\($0)") != nil }) else { continue }
            file.member("\(json(group)): {", field: "\(group).\(keys[0])")
            for key in keys {
                if let text = value("\(group).\(key)") { file.member("\(json(key)): \(json(text))", field: "\(group).\(key)") }
            }
            file.close("}")
        }
        let rows = self.rows
        if !rows.isEmpty {
            file.member("\"targets\": [", field: "targets")
            for (index, row) in rows.enumerated() {
                let n = index + 1
                file.member("{", field: "targets.\(n).name")
                let levels = [row["level1"] ?? "", row["level2"] ?? ""].map { json($0.trimmedSpaces) }
                file.member("\"levels\": [\(levels.joined(separator: ", "))]", field: "targets.\(n).level1")
                for part in ["name", "direction", "target", "unit", "maxScore", "explanation", "standard"] {
                    guard let text = row[part]?.trimmedSpaces, !text.isEmpty else { continue }
                    file.member("\(json(part)): \(json(text))", field: "targets.\(n).\(part)")
                }
                file.close("}")
            }
            file.close("]")
        }
        return file
    }
}
