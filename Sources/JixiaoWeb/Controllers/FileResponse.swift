import Foundation
import Vapor

/// A generated file as a response: its content type and a Content-Disposition that
/// carries the Chinese file name (RFC 6266 `filename*`) with an ASCII fallback.
enum FileResponse {
    static func make(_ data: Data, filename: String, contentType: String, inline: Bool = false) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        let encoded = filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        // The plain `filename` only for printable ASCII without quote or backslash: a name is
        // user text, and a quote or line break in it would end the header value.
        let plain = filename.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" }
        let ascii = plain ? filename : "download" + (filename.split(separator: ".").last.map { ".\($0)" } ?? "")
        let disposition = inline ? "inline" : "attachment"
        headers.replaceOrAdd(
            name: .contentDisposition,
            value: "\(disposition); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// Content type of a file extension the app serves.
    static func contentType(_ ext: String) -> String {
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "md": return "text/markdown; charset=utf-8"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "csv": return "text/csv; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
