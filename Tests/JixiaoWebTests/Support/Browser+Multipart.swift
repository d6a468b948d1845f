import NIOCore
import Vapor
import VaporTesting

extension Browser {
    /// Posts a multipart form with one file, adding the CSRF token.
    mutating func upload(
        _ path: String, fields: [(String, String)] = [], fileField: String, filename: String,
        content: String, contentType: String = "text/plain"
    ) async throws -> TestingHTTPResponse {
        let boundary = "jixiao-boundary"
        let parts = [("_csrf", csrf ?? "")] + fields
        var body = parts.map { "--\(boundary)\r\nContent-Disposition: form-data; name=\"\($0.0)\"\r\n\r\n\($0.1)\r\n" }.joined()
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(filename)\"\r\n"
            + "Content-Type: \(contentType)\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        return try await send(
            .POST, path, body: body,
            contentType: HTTPMediaType(
                type: "multipart", subType: "form-data",
                parameters: ["boundary": boundary]))
    }
}
