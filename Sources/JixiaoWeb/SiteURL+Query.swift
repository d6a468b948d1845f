import Foundation

extension SiteURL {
    /// The path with a query, e.g. `/evaluations?year=2024&status=draft`: items without a
    /// value are left out, values are percent-encoded, and no `?` is written when none is left;
    /// `fragment` (`#attachments`) is put after it. Links and redirects with a query are built
    /// here, never by appending text to `path`.
    func withQuery(_ items: KeyValuePairs<String, String?>, fragment: String? = nil) -> String {
        var query = ""
        for case (let name, let value?) in items {
            query += (query.isEmpty ? "?" : "&") + name + "=" + Self.queryValue(value)
        }
        return path + query + (fragment.map { "#" + $0 } ?? "")
    }

    private static func queryValue(_ value: String) -> String {
        // Most values (years, statuses, ids) need no encoding: checked byte by byte, which costs far
        // less than Foundation's encoding (two thirds of the list page's table of years did).
        if value.utf8.allSatisfy(isUnreserved) { return value }
        return value.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? value
    }

    /// RFC 3986's unreserved characters, as bytes.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): return true
        default: return false
        }
    }

    // RFC 3986's unreserved characters (ASCII only: `alphanumerics` would keep ideographs).
    private static let queryAllowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
