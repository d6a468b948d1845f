import Foundation
import JixiaoCore
import Vapor

/// `EvaluationListDTO` as JSON text, written directly: the list is the most called API
/// route, and Foundation's `JSONEncoder` cost more than the query and the rest of the
/// request together. The text is what `JSONEncoder` writes with the app's settings
/// (sorted keys, ISO 8601 dates, absent optionals left out); a test compares the two.
enum EvaluationListJSON {
    static func response(_ list: EvaluationListDTO) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        let bytes = bytes(list)
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ list: EvaluationListDTO) -> String { String(decoding: bytes(list), as: UTF8.self) }

    private static func bytes(_ list: EvaluationListDTO) -> [UInt8] {
        var out = TextBytes(capacity: 64 + list.items.count * 480)
        out.append("{\"items\":[")
        for (i, row) in list.items.enumerated() {
            if i > 0 { out.append(byte: UInt8(ascii: ",")) }
            write(row, into: &out)
        }
        out.append("],")
        if let next = list.next {
            out.append("\"next\":")
            string(next, into: &out)
            out.append(",")
        }
        out.append("\"page\":")
        out.append(list.page)
        out.append(",\"per\":")
        out.append(list.per)
        out.append(",\"total\":")
        out.append(list.total)
        out.append("}")
        return out.bytes
    }

    private static func write(_ row: EvaluationSummary, into out: inout TextBytes) {
        out.append("{\"fiscalYear\":")
        out.append(row.fiscalYear)
        out.append(",\"frameworkID\":")
        string(row.frameworkID, into: &out)
        out.append(",\"id\":")
        string(row.id, into: &out)
        out.append(",\"kind\":")
        string(row.kind.rawValue, into: &out)
        out.append(",\"metrics\":{\"errorCount\":")
        out.append(row.metrics.errorCount)
        if let grade = row.metrics.grade {
            out.append(",\"grade\":")
            string(grade.rawValue, into: &out)
        }
        if let total = row.metrics.total {
            out.append(",\"total\":")
            string(total.description, into: &out)
        }
        out.append(",\"warningCount\":")
        out.append(row.metrics.warningCount)
        out.append("},\"status\":")
        string(row.status.rawValue, into: &out)
        out.append(",\"title\":")
        string(row.title, into: &out)
        out.append(",\"unitCode\":")
        string(row.unitCode, into: &out)
        out.append(",\"unitName\":")
        string(row.unitName, into: &out)
        out.append(",\"updatedAt\":\"")
        iso8601(row.updatedAt, into: &out)
        out.append("\",\"version\":")
        out.append(row.version)
        out.append("}")
    }

    /// A JSON string literal, escaped as `JSONEncoder` escapes it (including `/`).
    static func string(_ text: String, into out: inout TextBytes) {
        out.append(byte: UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case UInt8(ascii: "/"): out.append("\\/")
            case UInt8(ascii: "\n"): out.append("\\n")
            case UInt8(ascii: "\r"): out.append("\\r")
            case UInt8(ascii: "\t"): out.append("\\t")
            case 0x08: out.append("\\b")
            case 0x0C: out.append("\\f")
            case ..<0x20:
                out.append("\\u00")
                out.append(byte: hexDigits[Int(byte >> 4)])
                out.append(byte: hexDigits[Int(byte & 15)])
            default: out.append(byte: byte)
            }
        }
        out.append(byte: UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `2024-03-25T06:05:09Z`: whole seconds in UTC, as `.iso8601` writes.
    static func iso8601(_ date: Date, into out: inout TextBytes) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - day * 86400
        let (y, m, d) = DateText.civil(fromDays: day)
        out.append(y, width: 4)
        out.append(byte: UInt8(ascii: "-"))
        out.append(m, width: 2)
        out.append(byte: UInt8(ascii: "-"))
        out.append(d, width: 2)
        out.append(byte: UInt8(ascii: "T"))
        out.append(rest / 3600, width: 2)
        out.append(byte: UInt8(ascii: ":"))
        out.append(rest % 3600 / 60, width: 2)
        out.append(byte: UInt8(ascii: ":"))
        out.append(rest % 60, width: 2)
        out.append(byte: UInt8(ascii: "Z"))
    }
}
