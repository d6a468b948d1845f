import Foundation
import JixiaoCore
import JixiaoFiles

/// The web form of a monitoring round: flat fields named by the checker's paths
/// (`budget.executed`, `targets.0.actual`, rows from 0). The declared parts of each target come
/// from the stored round, never from the form. The fields are written as the file form (JSON,
/// one value a line) and read by `MonitoringReader`, the reader of `jixiao monitor`, so a value is
/// accepted and refused the same way everywhere; a refusal is put at its field by line.
struct MonitoringForm {
    /// Field name → text.
    var fields: [String: String]

    init(fields: [String: String]) { self.fields = fields }

    /// The form of a stored round.
    init(_ round: MonitoringRound) {
        fields = MonitoringFields.texts(round)
    }

    /// The posted fields that belong to the form (budget and each row's entered parts).
    static func posted(_ body: [String: String], rows: Int) -> MonitoringForm {
        var out: [String: String] = [:]
        for key in ["budget.annual", "budget.executed", "budget.expectedYearEnd"] { out[key] = body[key] ?? "" }
        for row in 0..<rows {
            for part in MonitoringFields.rowParts {
                let key = "targets.\(row).\(part.key)"
                out[key] = String((body[key] ?? "").prefix(4000))
            }
        }
        return MonitoringForm(fields: out)
    }

    /// Values that could not be read, by field.
    struct Refusal: Error {
        var messages: [String: String]
    }

    /// `round` with the values of this form, or the messages by field.
    func read(over round: MonitoringRound) -> Result<MonitoringRound, Refusal> {
        let file = fileText(over: round)
        do throws(FileError) {
            var read = try MonitoringReader.read(text: file.text, file: "表单").round
            // The declared parts stay as stored; only what the filer enters is taken from the form.
            for index in read.targets.indices where index < round.targets.count {
                var target = round.targets[index].target
                target.actualValue = read.targets[index].target.actualValue
                target.actualText = read.targets[index].target.actualText
                target.outcome = read.targets[index].target.outcome
                read.targets[index].target = target
            }
            return .success(read)
        } catch {
            return .failure(Refusal(messages: file.messages(error, unreadable: RoundText.unreadable)))
        }
    }

    /// The file form, one value a line.
    func fileText(over round: MonitoringRound) -> FieldLinedJSON {
        var file = FieldLinedJSON()
        let json = FieldLinedJSON.json
        func value(_ field: String) -> String? {
            guard let text = fields[field]?.trimmedSpaces, !text.isEmpty else { return nil }
            return text
        }
        file.member("\"kind\": \"monitoring\"", field: nil)
        file.member("\"unit\": \(json(round.unit))", field: nil)
        file.member("\"fiscalYear\": \(round.fiscalYear)", field: nil)
        if let project = round.project { file.member("\"project\": \(json(project))", field: nil) }
        file.member("\"asOf\": \(json(round.asOf.iso))", field: "asOf")
        file.member("\"budget\": {", field: "budget.executed")
        for key in ["annual", "executed", "expectedYearEnd"] {
            if let text = value("budget.\(key)") { file.member("\(json(key)): \(json(text))", field: "budget.\(key)") }
        }
        file.close("}")
        file.member("\"targets\": [", field: "targets")
        for (index, monitored) in round.targets.enumerated() {
            let t = monitored.target, row = "targets.\(index)"
            file.member("{", field: row + ".actual")
            file.member("\"levels\": [\(t.levels.map(json).joined(separator: ", "))]", field: row + ".actual")
            file.member("\"name\": \(json(t.name))", field: row + ".actual")
            file.member("\"direction\": \(json(t.direction.rawValue))", field: row + ".actual")
            file.member("\"target\": \(json(t.targetValue?.description ?? t.targetText ?? ""))", field: row + ".actual")
            if let unit = t.unit { file.member("\"unit\": \(json(unit))", field: row + ".actual") }
            file.member("\"cumulative\": \(value(row + ".cumulative") == nil ? "false" : "true")", field: row + ".cumulative")
            for part in ["actual", "expectedYearEnd", "likelihood", "deviationReason", "measures"] {
                if let text = value("\(row).\(part)") { file.member("\(json(part)): \(json(text))", field: "\(row).\(part)") }
            }
            file.close("}")
        }
        file.close("]")
        return file
    }
}
