/// The name an attachment is stored and downloaded under, made from the name the client
/// sent: only its last path part (`/` or `\`), without control or format characters (line
/// breaks, bidi overrides), characters Windows refuses replaced by `_`, spaces and dots
/// trimmed at both ends, at most `maxLength` characters, and ending in an extension of
/// the sniffed type (added when the name says another).
public enum AttachmentName {
    public static let maxLength = 100
    /// The name used when nothing is left of the given one.
    public static let fallback = "附件"
    static let replaced: Set<Character> = ["<", ">", ":", "\"", "|", "?", "*"]

    public static func sanitise(_ raw: String, type: AttachmentType) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = ""
        for scalar in last.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                continue
            default:
                cleaned.unicodeScalars.append(scalar)
            }
        }
        cleaned = trim(String(cleaned.map { replaced.contains($0) ? "_" : $0 }), leading: false)
        var (stem, ext) = split(cleaned)
        if !type.knownExtensions.contains(ext.lowercased()) {
            stem = cleaned
            ext = type.fileExtension
        }
        stem = trim(stem)
        let room = maxLength - ext.count - 1
        if stem.count > room { stem = trim(String(stem.prefix(room))) }
        if stem.isEmpty { stem = fallback }
        return "\(stem).\(ext)"
    }

    /// The name before its last dot and the extension after it ("" when there is none).
    static func split(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.lastIndex(of: ".") else { return (name, "") }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }

    static func trim(_ s: String, leading: Bool = true) -> String {
        let ends: Set<Character> = [" ", ".", "\u{3000}"]
        var chars = Substring(s)
        while leading, let first = chars.first, ends.contains(first) { chars.removeFirst() }
        while let last = chars.last, ends.contains(last) { chars.removeLast() }
        return String(chars)
    }
}
