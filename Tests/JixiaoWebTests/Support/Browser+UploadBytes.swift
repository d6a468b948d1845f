import Foundation
import Vapor
import VaporTesting

extension Browser {
    /// Posts a multipart form with a binary file (a .docx), adding the CSRF token.
    mutating func upload(
        _ path: String, fields: [(String, String)] = [], fileField: String, filename: String,
        bytes: [UInt8]
    ) async throws -> TestingHTTPResponse {
        let boundary = "jixiao-boundary-\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in [("_csrf", csrf ?? "")] + fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        if let cookie { headers.replaceOrAdd(name: .cookie, value: "jixiao-session=\(cookie)") }
        headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: body)
        if let token = Self.csrf(in: response.body.string) { csrf = token }
        return response
    }
}
