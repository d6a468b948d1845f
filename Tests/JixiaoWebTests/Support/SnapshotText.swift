import Foundation
import ZIPFoundation

/// Pages and report parts as snapshot text: one tag per line, so a change shows as a short line
/// diff, and what differs from run to run (ids, form tokens, times, asset versions) replaced by
/// placeholders (ids numbered in order of first appearance, so links between them still show).
enum SnapshotText {
    /// Markup (HTML, XML) with a line break between adjacent tags, made stable.
    static func markup(_ text: String) -> String {
        stable(text.replacingOccurrences(of: "><", with: ">\n<"))
    }

    /// Every worksheet and the shared strings of an .xlsx, or the document of a .docx, as markup.
    static func parts(_ data: Data, matching wanted: (String) -> Bool) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var out = ""
        for entry in archive.sorted(by: { $0.path < $1.path }) where wanted(entry.path) {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            out += "=== " + entry.path + "\n" + markup(String(decoding: bytes, as: UTF8.self)) + "\n"
        }
        return out
    }

    /// `text` with run-dependent values replaced.
    static func stable(_ text: String) -> String {
        var out = numbered(text, pattern: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", name: "id")
        for (pattern, placeholder) in replacements {
            out = out.replacingOccurrences(of: pattern, with: placeholder, options: .regularExpression)
        }
        return out
    }

    private static let replacements: [(String, String)] = [
        // The CSRF token (hidden inputs, meta) and any other long hex token.
        ("[0-9a-f]{32,}", "<token>"),
        // Times written by the app: 2026-12-06 23:45 (UTC+8 on pages), ISO 8601 in JSON and XML.
        ("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z", "<time>"),
        ("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}", "<time>"),
        // Cache-busting versions of the assets (they change with app.css / app.js).
        ("\\?v=[0-9A-Za-z_-]+", "?v=<version>"),
    ]

    private static func numbered(_ text: String, pattern: String, name: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        let source = text as NSString
        var numbers: [String: Int] = [:]
        var out = ""
        var last = 0
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let value = source.substring(with: match.range).lowercased()
            let number = numbers[value] ?? (numbers.count + 1)
            numbers[value] = number
            out += source.substring(with: NSRange(location: last, length: match.range.location - last)) + "<\(name)-\(number)>"
            last = match.range.location + match.range.length
        }
        return out + source.substring(from: last)
    }
}
