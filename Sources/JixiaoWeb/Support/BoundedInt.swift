import JixiaoCore
import Vapor

/// The one way an integer from outside (query, form, path) is read: optional sign and
/// digits, inside a range, else a 400 with a Chinese message naming the field. The ranges
/// keep every sum and product on a value far from overflow, so no input can trap.
struct BoundedInt: Sendable {
    /// The name in the request (`page`, `year` …).
    var field: String
    /// What the field is, for the message.
    var label: String
    var range: ClosedRange<Int>

    static let year = BoundedInt(field: "year", label: "年度", range: 2000...2100)
    static let page = BoundedInt(field: "page", label: "页码", range: 1...100_000)
    /// Rows per page asked for; `ListPage` then caps it at `ListPage.maxPer`.
    static let per = BoundedInt(field: "per", label: "每页条数", range: 1...1_000_000)
    static let version = BoundedInt(field: "version", label: "版本号", range: 0...1_000_000_000)

    /// Why `text` is refused, in Chinese, naming the field.
    var message: String {
        "参数 \(field)（\(label)）应为 \(range.lowerBound) 至 \(range.upperBound) 之间的整数。"
    }

    /// `text` as an integer in range; nil when it is not one.
    func value(_ text: String?) -> Int? {
        guard let text, let value = Int(text.trimmedSpaces), range.contains(value) else { return nil }
        return value
    }

    /// `text` as an integer in range; nil when absent or blank; 400 otherwise.
    func parse(_ text: String?) throws -> Int? {
        guard let text, !text.trimmedSpaces.isEmpty else { return nil }
        guard let value = value(text) else { throw Abort(.badRequest, reason: message) }
        return value
    }
}

extension Request {
    /// The query parameter `bound.field`, checked against its range (nil when absent or blank).
    func queryInt(_ bound: BoundedInt) throws -> Int? {
        try bound.parse(queryValue(String.self, at: bound.field))
    }
}
