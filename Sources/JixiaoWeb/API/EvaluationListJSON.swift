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
        return Response(status: .ok, headers: headers, body: .init(string: text(list)))
    }

    static func text(_ list: EvaluationListDTO) -> String {
        var out = "{\"items\":["
        out.reserveCapacity(64 + list.items.count * 420)
        for (i, row) in list.items.enumerated() {
            if i > 0 { out += "," }
            write(row, into: &out)
        }
        out += "],\"page\":" + String(list.page) + ",\"per\":" + String(list.per) + ",\"total\":" + String(list.total) + "}"
        return out
    }

    private static func write(_ row: EvaluationSummary, into out: inout String) {
        out += "{\"fiscalYear\":" + String(row.fiscalYear) + ",\"frameworkID\":"
        string(row.frameworkID, into: &out)
        out += ",\"id\":"
        string(row.id, into: &out)
        out += ",\"kind\":"
        string(row.kind.rawValue, into: &out)
        out += ",\"metrics\":{\"errorCount\":" + String(row.metrics.errorCount)
        if let grade = row.metrics.grade {
            out += ",\"grade\":"
            string(grade.rawValue, into: &out)
        }
        if let total = row.metrics.total {
            out += ",\"total\":"
            string(total.description, into: &out)
        }
        out += ",\"warningCount\":" + String(row.metrics.warningCount) + "},\"status\":"
        string(row.status.rawValue, into: &out)
        out += ",\"title\":"
        string(row.title, into: &out)
        out += ",\"unitCode\":"
        string(row.unitCode, into: &out)
        out += ",\"unitName\":"
        string(row.unitName, into: &out)
        out += ",\"updatedAt\":\"" + iso8601(row.updatedAt) + "\",\"version\":" + String(row.version) + "}"
    }

    /// A JSON string literal, escaped as `JSONEncoder` escapes it (including `/`).
    static func string(_ text: String, into out: inout String) {
        out += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case let s where s.value < 0x20: out += "\\u00" + (s.value < 0x10 ? "0" : "") + String(s.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// `2024-03-25T06:05:09Z`: whole seconds in UTC, as `.iso8601` writes.
    static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - day * 86400
        let (y, m, d) = DateText.civil(fromDays: day)
        return DateText.pad(y, 4) + "-" + DateText.pad(m, 2) + "-" + DateText.pad(d, 2) + "T"
            + DateText.pad(rest / 3600, 2) + ":" + DateText.pad(rest % 3600 / 60, 2) + ":" + DateText.pad(rest % 60, 2) + "Z"
    }
}
