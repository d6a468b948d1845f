import Foundation
import JixiaoCore
import NIOConcurrencyHelpers
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Clients saving their own evaluation through the API again and again (read, change, `PUT` with
/// the version read), each reporting every answer, stamped with the phase of the test it was
/// asked in, until the phase is `SaveLoad.done`.
enum SaveLoad {
    static let done = Int.max

    /// One client's evaluation and the token it saves with.
    struct Target: Sendable {
        let id: String
        let token: String
    }

    enum Outcome: Sendable {
        case read
        /// A save answered 200: the evaluation has `value` as `otherIncome` at `version`.
        case saved(version: Int, value: Int)
        /// 503; proper when it says when to ask again (`Retry-After`) and why, in Chinese.
        case unavailable(proper: Bool)
        /// Anything else (a 500, a conflict no other writer could cause, an error thrown).
        case other(String)
    }

    struct Event: Sendable {
        let client: Int
        let phase: Int
        let outcome: Outcome
    }

    /// Runs client `index` until the phase is `done`.
    static func client(
        _ index: Int, _ target: Target, app: Application, phase: NIOLockedValueBox<Int>,
        events: AsyncStream<Event>.Continuation
    ) async {
        var api = Browser(app: app)
        api.bearer = target.token
        let path = "/api/v1/evaluations/\(target.id)"
        var current: EvaluationDTO?
        var value = 0
        while true {
            let asked = phase.withLockedValue { $0 }
            if asked == done { return }
            let outcome: Outcome
            do {
                let response: TestingHTTPResponse
                if let read = current {
                    value += 1
                    var changed = read.evaluation
                    changed.figures["otherIncome"] = ExactDecimal(value)
                    let body = try JSONEncoder().encode(EvaluationUpdateDTO(version: read.version, evaluation: changed))
                    response = try await api.json(.PUT, path, String(decoding: body, as: UTF8.self))
                } else {
                    response = try await api.get(path)
                }
                let wasSave = current != nil
                current = nil  // after anything but a 200 the client reads again: a 503 may have committed
                switch response.status {
                case .ok:
                    let dto = try response.content.decode(EvaluationDTO.self)
                    current = dto
                    outcome = wasSave ? .saved(version: dto.version, value: value) : .read
                case .serviceUnavailable:
                    outcome = .unavailable(
                        proper: response.headers.first(name: .retryAfter) == String(ErrorPageMiddleware.retrySeconds)
                            && response.body.string.contains(WebText.databaseUnavailable))
                default:
                    outcome = .other("\(response.status.code) \(response.body.string.prefix(300))")
                }
            } catch {
                current = nil
                outcome = .other("\(error)")
            }
            events.yield(Event(client: index, phase: asked, outcome: outcome))
        }
    }

    /// What the clients reported so far.
    struct Tally {
        var acknowledged: [(client: Int, version: Int, value: Int)] = []
        var saved: [Int: Set<Int>] = [:]
        var unavailable: [Int: Set<Int>] = [:]
        var improper = 0
        var other: [String] = []

        mutating func add(_ event: Event) {
            switch event.outcome {
            case .read: break
            case .saved(let version, let value):
                acknowledged.append((event.client, version, value))
                saved[event.phase, default: []].insert(event.client)
            case .unavailable(let proper):
                unavailable[event.phase, default: []].insert(event.client)
                if !proper { improper += 1 }
            case .other(let text): other.append(text)
            }
        }

        var summary: String {
            "saves \(acknowledged.count), saved by phase \(saved), 503 by phase \(unavailable), other \(other.prefix(3))"
        }
    }

    /// Reads the clients' reports until a condition holds, for at most `seconds`.
    struct Watch {
        var events: AsyncStream<Event>.AsyncIterator
        var tally = Tally()

        mutating func until(_ what: String, seconds: Int = 60, _ done: (Tally) -> Bool) async throws {
            let deadline = ContinuousClock.now + .seconds(seconds)
            while !done(tally) {
                guard ContinuousClock.now < deadline, let event = await events.next() else {
                    throw PrivatePostgres.Failure(message: "not within \(seconds) s: \(what); \(tally.summary)")
                }
                tally.add(event)
            }
        }

        /// Every report left, once the clients have ended.
        mutating func drain() async {
            while let event = await events.next() { tally.add(event) }
        }
    }
}
