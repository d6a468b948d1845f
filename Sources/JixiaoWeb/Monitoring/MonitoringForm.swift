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
        let (text, lines) = fileText(over: round)
        do throws(FileError) {
            var read = try MonitoringReader.read(text: text, file: "表单").round
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
            var messages: [String: String] = [:]
            for problem in error.problems where problem.severity == .error {
                let field = problem.line.flatMap { lines[$0] } ?? "form"
                messages[field] = messages[field].map { $0 + "；" + problem.message } ?? problem.message
            }
            return .failure(Refusal(messages: messages.isEmpty ? ["form": RoundText.unreadable] : messages))
        }
    }

    /// The file form as JSON, one value a line, and the field of each line (1-based).
    func fileText(over round: MonitoringRound) -> (String, [Int: String]) {
        var out: [String] = ["{"]
        var lines: [Int: String] = [:]
        func member(_ text: String, field: String?) {
            if let last = out.last, !last.hasSuffix("{"), !last.hasSuffix("[") { out[out.count - 1] += "," }
            out.append(text)
            if let field { lines[out.count] = field }
        }
        func value(_ field: String) -> String? {
            guard let text = fields[field]?.trimmedSpaces, !text.isEmpty else { return nil }
            return text
        }
        member("\"kind\": \"monitoring\"", field: nil)
        member("\"unit\": \(json(round.unit))", field: nil)
        member("\"fiscalYear\": \(round.fiscalYear)", field: nil)
        if let project = round.project { member("\"project\": \(json(project))", field: nil) }
        member("\"asOf\": \(json(round.asOf.iso))", field: "asOf")
        member("\"budget\": {", field: "budget.executed")
        for key in ["annual", "executed", "expectedYearEnd"] {
            if let text = value("budget.\(key)") { member("\(json(key)): \(json(text))", field: "budget.\(key)") }
        }
        out.append("}")
        member("\"targets\": [", field: "targets")
        for (index, monitored) in round.targets.enumerated() {
            let t = monitored.target, row = "targets.\(index)"
            member("{", field: row + ".actual")
            member("\"levels\": [\(t.levels.map(json).joined(separator: ", "))]", field: row + ".actual")
            member("\"name\": \(json(t.name))", field: row + ".actual")
            member("\"direction\": \(json(t.direction.rawValue))", field: row + ".actual")
            member("\"target\": \(json(t.targetValue?.description ?? t.targetText ?? ""))", field: row + ".actual")
            if let unit = t.unit { member("\"unit\": \(json(unit))", field: row + ".actual") }
            member("\"cumulative\": \(value(row + ".cumulative") == nil ? "false" : "true")", field: row + ".cumulative")
            for part in ["actual", "expectedYearEnd", "likelihood", "deviationReason", "measures"] {
                if let text = value("\(row).\(part)") { member("\(json(part)): \(json(text))", field: "\(row).\(part)") }
            }
            out.append("}")
        }
        out.append("]")
        out.append("}")
        return (out.joined(separator: "\n"), lines)
    }

    private func json(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
