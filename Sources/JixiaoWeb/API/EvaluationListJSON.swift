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
        var out = TextBuffer(capacity: 64 + list.items.count * 480)
        out.append("{\"items\":[")
        for (i, row) in list.items.enumerated() {
            if i > 0 { out.append(byte: UInt8(ascii: ",")) }
            write(row, into: &out)
        }
        out.append("],")
        if let next = list.next {
            out.append("\"next\":")
            out.appendJSON(next, .foundation)
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

    private static func write(_ row: EvaluationSummary, into out: inout TextBuffer) {
        out.append("{\"fiscalYear\":")
        out.append(row.fiscalYear)
        out.append(",\"frameworkID\":")
        out.appendJSON(row.frameworkID, .foundation)
        out.append(",\"id\":")
        out.appendJSON(row.id, .foundation)
        out.append(",\"kind\":")
        out.appendJSON(row.kind.rawValue, .foundation)
        out.append(",\"metrics\":{\"errorCount\":")
        out.append(row.metrics.errorCount)
        if let grade = row.metrics.grade {
            out.append(",\"grade\":")
            out.appendJSON(grade.rawValue, .foundation)
        }
        if let total = row.metrics.total {
            out.append(",\"total\":")
            out.appendJSON(total.description, .foundation)
        }
        out.append(",\"warningCount\":")
        out.append(row.metrics.warningCount)
        out.append("},\"status\":")
        out.appendJSON(row.status.rawValue, .foundation)
        out.append(",\"title\":")
        out.appendJSON(row.title, .foundation)
        out.append(",\"unitCode\":")
        out.appendJSON(row.unitCode, .foundation)
        out.append(",\"unitName\":")
        out.appendJSON(row.unitName, .foundation)
        out.append(",\"updatedAt\":\"")
        iso8601(row.updatedAt, into: &out)
        out.append("\",\"version\":")
        out.append(row.version)
        out.append("}")
    }

    /// `2024-03-25T06:05:09Z`: whole seconds in UTC, as `.iso8601` writes.
    static func iso8601(_ date: Date, into out: inout TextBuffer) {
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
