/// Decides an attachment's type from its first bytes (magic numbers) and, for the Office
/// formats, from the names inside the zip: a .docx is a zip with `[Content_Types].xml` and
/// `word/` parts, a .xlsx one with `xl/` parts. Anything else (an .exe, an HTML page, a
/// plain zip, a macro-enabled Office file) is nil, whatever its name says.
public enum AttachmentSniffer {
    static let pdf: [UInt8] = Array("%PDF-".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF]
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The type of `bytes`, or nil when it is none of the accepted ones.
    public static func sniff(_ bytes: [UInt8]) -> AttachmentType? {
        if bytes.starts(with: pdf) { return .pdf }
        if bytes.starts(with: png) { return .png }
        if bytes.starts(with: jpeg) { return .jpeg }
        guard bytes.starts(with: zip), let names = ZipEntryNames.read(bytes) else { return nil }
        return office(names)
    }

    /// The Office type a package with these part names is.
    static func office(_ names: [String]) -> AttachmentType? {
        guard names.contains("[Content_Types].xml") else { return nil }
        // Macros are code: a .docm/.xlsm renamed to .docx is refused.
        guard !names.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) else { return nil }
        let word = names.contains { $0.hasPrefix("word/") }, excel = names.contains { $0.hasPrefix("xl/") }
        switch (word, excel) {
        case (true, false): return .docx
        case (false, true): return .xlsx
        default: return nil
        }
    }
}
