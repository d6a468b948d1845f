import Vapor

extension Request {
    /// `query[T.self, at: key]`, decoding nothing when the URL has no query string: each
    /// `query[…]` decodes the whole query again, and most list requests have none.
    func queryValue<T: Decodable>(_ type: T.Type, at key: String) -> T? {
        guard let text = url.query, !text.isEmpty else { return nil }
        return query[T.self, at: key]
    }
}
