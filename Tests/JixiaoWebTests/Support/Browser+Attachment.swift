import Foundation
import NIOCore
import Vapor
import VaporTesting

extension Browser {
    /// Posts a multipart body with `file` (and `fields`) as a browser or an API client does: with the
    /// session cookie and CSRF token, or the bearer token; `contentType` is the client's claim.
    mutating func attach(
        _ path: String, bytes: [UInt8], filename: String, fields: [(String, String)] = [],
        contentType: String = "application/octet-stream"
    ) async throws -> TestingHTTPResponse {
        let boundary = "jixiao-attachment-\(UUID().uuidString)"
        var body = ByteBuffer()
        let all = (bearer == nil ? [("_csrf", csrf ?? "")] : []) + fields
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: \(contentType)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        if let cookie { headers.replaceOrAdd(name: .cookie, value: "jixiao-session=\(cookie)") }
        if let bearer { headers.bearerAuthorization = BearerAuthorization(token: bearer) }
        headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: body)
        if let token = Self.csrf(in: response.body.string) { csrf = token }
        return response
    }

    mutating func delete(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.DELETE, path, body: nil, contentType: nil)
    }
}

/// Small files of each kind for the attachment tests.
enum AttachmentBytes {
    static let pdf = Array("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 40)
    static let exe: [UInt8] = Array("MZ".utf8) + [0x90, 0, 3, 0] + [UInt8](repeating: 0, count: 60)
    static let html = Array("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".utf8)

    /// A PDF of exactly `count` bytes.
    static func pdf(count: Int) -> [UInt8] { pdf + [UInt8](repeating: 0x20, count: count - pdf.count) }
}
