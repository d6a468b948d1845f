import Foundation

/// Bytes of small files of each kind for the attachment tests: real magic numbers, and
/// zip archives written entry by entry (stored, no compression) with the names given.
enum AttachmentFiles {
    static let pdf = Array("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)
    static let png: [UInt8] =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [UInt8](repeating: 0, count: 17)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9]
    static let exe: [UInt8] = Array("MZ".utf8) + [0x90, 0, 3, 0, 0, 0, 4, 0] + [UInt8](repeating: 0, count: 50)
    static let html = Array("<!DOCTYPE html><html><script>alert(1)</script></html>".utf8)
    static var docx: [UInt8] { zip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]) }
    static var xlsx: [UInt8] { zip(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]) }

    /// A zip archive holding one small stored entry per name.
    static func zip(_ names: [String], comment: String = "") -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for name in names {
            let offset = out.count, data = Array("<x/>".utf8), nameBytes = Array(name.utf8)
            out +=
                le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + data
            central +=
                le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(UInt32(offset)) + nameBytes
        }
        let start = out.count, commentBytes = Array(comment.utf8)
        out += central
        out +=
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(names.count)) + le16(UInt16(names.count))
            + le32(UInt32(central.count)) + le32(UInt32(start)) + le16(UInt16(commentBytes.count)) + commentBytes
        return out
    }

    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
}
