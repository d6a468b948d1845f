import JixiaoCore
import Vapor

/// An attachment as a download: always `Content-Disposition: attachment` (never shown in the
/// app's origin), the sniffed type, `nosniff`, a sandboxing policy, and the name as an RFC 5987
/// `filename*` with a plain-ASCII `filename` fallback.
enum AttachmentResponse {
    static func make(_ bytes: [UInt8], _ attachment: Attachment) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: attachment.type.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: disposition(attachment.name, type: attachment.type))
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; sandbox")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: bytes)))
    }

    /// `attachment; filename="…"; filename*=UTF-8''…`.
    static func disposition(_ name: String, type: AttachmentType) -> String {
        "attachment; filename=\"\(asciiFallback(name, type: type))\"; filename*=UTF-8''\(rfc5987(name))"
    }

    /// RFC 5987 `value-chars`: attr-chars as they are, every other UTF-8 byte as %XX.
    static func rfc5987(_ value: String) -> String {
        let attrChars = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        var out = ""
        for byte in value.utf8 {
            if attrChars.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// The name when it is printable ASCII without quote, backslash, `%` or `;`, else
    /// `attachment.<ext>` (old clients read only this part).
    static func asciiFallback(_ name: String, type: AttachmentType) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" && $0 != "%" && $0 != ";"
        }
        return plain ? name : "attachment.\(type.fileExtension)"
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String { count >= length ? self : String(repeating: "0", count: length - count) + self }
}
