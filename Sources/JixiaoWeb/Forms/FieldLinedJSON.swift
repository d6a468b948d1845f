import Foundation
import JixiaoFiles

/// A form written as its file form — JSON, one value a line — remembering the field of each line,
/// so that the file reader's refusal of a line is put back at its field (`DeclarationForm`,
/// `MonitoringForm`: the page accepts and refuses exactly as the file and the API do).
struct FieldLinedJSON {
    private var out: [String] = ["{"]
    /// The field of each line (1-based).
    private(set) var fields: [Int: String] = [:]

    /// Appends `text` (a line) after a comma on the previous member unless that opened its
    /// object or array; the line is `field`'s when given.
    mutating func member(_ text: String, field: String?) {
        if let last = out.last, !last.hasSuffix("{"), !last.hasSuffix("[") { out[out.count - 1] += "," }
        out.append(text)
        if let field { fields[out.count] = field }
    }

    /// Closes the object (`}`) or array (`]`) opened last.
    mutating func close(_ bracket: String) { out.append(bracket) }

    /// The document, its outer object closed.
    var text: String { (out + ["}"]).joined(separator: "\n") }

    /// `text` as a JSON string.
    static func json(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    /// The reader's errors by the field of their line (`form` for a line of no field), joined with
    /// 「；」 per field; `unreadable` at `form` when there is none.
    func messages(_ error: FileError, unreadable: String) -> [String: String] {
        var messages: [String: String] = [:]
        for problem in error.problems where problem.severity == .error {
            let field = problem.line.flatMap { fields[$0] } ?? "form"
            messages[field] = messages[field].map { $0 + "；" + problem.message } ?? problem.message
        }
        return messages.isEmpty ? ["form": unreadable] : messages
    }
}
