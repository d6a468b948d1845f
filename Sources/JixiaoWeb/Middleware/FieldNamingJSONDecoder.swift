import Foundation
import Vapor

/// The app's JSON body decoder: Foundation's `JSONDecoder`, except that a number an integer
/// field cannot hold (`1e30`, `1.5`, 2⁶⁴) is reported at its field. On Linux `JSONDecoder`
/// reports those as "not valid JSON" at the root, so `DecodingMessage` could not name the
/// field; this decoder then finds the number that is to blame and throws at its path.
struct FieldNamingJSONDecoder: ContentDecoder {
    /// Bodies larger than this keep the root message (the search decodes the body a few times).
    static let maxSearchBytes = 1 << 20
    /// Why the number is refused; `DecodingMessage` shows it after the field's name.
    static let reason = "不是整数或超出整数范围"

    var inner: JSONDecoder

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(
        _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
        userInfo: [CodingUserInfoKey: Sendable]
    ) throws -> D {
        do {
            return try inner.decode(D.self, from: body, headers: headers, userInfo: userInfo)
        } catch let error as DecodingError where Self.failsAtRoot(error) {
            guard body.readableBytes <= Self.maxSearchBytes,
                let data = body.getData(at: body.readerIndex, length: body.readableBytes),
                let path = blamedNumber(D.self, in: data)
            else { throw error }
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: Self.reason))
        }
    }

    static func failsAtRoot(_ error: DecodingError) -> Bool {
        if case .dataCorrupted(let context) = error { return context.codingPath.isEmpty }
        return false
    }

    /// The path of the number that makes `data` fail as `D`, when the document is JSON and one
    /// is to blame: numbers that are not plain integers are set to 0 one after another (binary
    /// search over how many), and the one that makes the root failure go away is named.
    private func blamedNumber<D: Decodable>(_: D.Type, in data: Data) -> [any CodingKey]? {
        guard let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var candidates: [[JSONPathKey]] = []
        JSONPathKey.fractionalNumbers(in: tree, at: [], into: &candidates)
        func passes(_ count: Int) -> Bool {
            let replaced = candidates.prefix(count).reduce(tree) { JSONPathKey.replacing($0, at: $1[...], with: 0) }
            guard let bytes = try? JSONSerialization.data(withJSONObject: replaced, options: [.fragmentsAllowed]) else {
                return false
            }
            do { _ = try inner.decode(D.self, from: bytes) } catch let error as DecodingError {
                return !Self.failsAtRoot(error)
            } catch { return true }
            return true
        }
        guard !candidates.isEmpty, passes(candidates.count) else { return nil }
        var low = 1, high = candidates.count  // passes(high); find the least such count
        while low < high {
            let middle = (low + high) / 2
            if passes(middle) { high = middle } else { low = middle + 1 }
        }
        return candidates[low - 1]
    }
}
