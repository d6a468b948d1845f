import Vapor

/// The messages a document's service refuses with: a duplicate, a stale version, values that
/// could not be used.
protocol DocumentFailureText: Sendable {
    static func duplicate(_ id: String) -> String
    static func conflict(_ current: Int) -> String
    /// The values that could not be used, by field, as one message.
    static func invalid(_ messages: [String: String]) -> String
}

/// What the services of the versioned documents (declarations, monitoring rounds) refuse with,
/// said in their own words (`Text`), with the status the pages and the API answer.
enum DocumentFailure<Text: DocumentFailureText>: Error {
    case refused(String, HTTPStatus)
    /// Values that could not be used, by field (`asOf`, `targets.0.actual` …).
    case invalid([String: String])
    case duplicate(String)
    case conflict(Int)

    var message: String {
        switch self {
        case .refused(let message, _): return message
        case .invalid(let messages): return Text.invalid(messages)
        case .duplicate(let id): return Text.duplicate(id)
        case .conflict(let current): return Text.conflict(current)
        }
    }

    var status: HTTPStatus {
        switch self {
        case .refused(_, let status): return status
        case .invalid: return .unprocessableEntity
        case .duplicate, .conflict: return .conflict
        }
    }

    /// The API's answer: the status and message, with the current version of a conflict and the
    /// existing document's id of a duplicate.
    func apiResponse(for req: Request) async throws -> Response {
        var existing: String?
        var current: Int?
        if case .duplicate(let id) = self { existing = id }
        if case .conflict(let version) = self { current = version }
        let error = APIErrorDTO(
            error: .init(status: Int(status.code), message: message, currentVersion: current, existingId: existing))
        return try await error.encodeResponse(status: status, for: req)
    }
}
