import Foundation
import JixiaoCore
import NIOConcurrencyHelpers
import Testing
import Vapor

@testable import JixiaoWeb

/// One structured line per request (method, route pattern, status, milliseconds, user id) at
/// `info`, and nothing of the request's content.
@Suite("Request log", .timeLimit(.minutes(10)))
struct RequestLogTests {
    @Test("a request's line carries method, route pattern, status, duration and user id, and no query or secret")
    func fields() {
        // given
        let user = UUID()
        // when
        let metadata = RequestLogMiddleware.metadata(
            method: .PUT, route: ["api", "v1", "evaluations", ":id"], status: .conflict, nanoseconds: 1_540_000, user: user)
        // then
        #expect(metadata["method"] == .string("PUT"))
        #expect(metadata["route"] == .string("/api/v1/evaluations/:id"))
        #expect(metadata["status"]?.description == "409")
        #expect(metadata["ms"] == .string("1.5"))
        #expect(metadata["user"] == .string(user.uuidString.lowercased()))
        #expect(Set(metadata.keys) == ["method", "route", "status", "ms", "user"])
    }

    @Test("the middleware writes one line at info with the response's status, and none below info")
    func oneLinePerRequest() async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given
            let lines = CapturedLogLines()
            let user = UserAccount(id: UUID(), username: "filer", displayName: "填报人", role: .filer, unitCode: "U1")
            func request(_ level: Logger.Level) -> Request {
                var logger = Logger(label: "test") { _ in CapturingRequestLogHandler(lines: lines) }
                logger.logLevel = level
                let request = Request(application: app, url: "/evaluations?secret=1", logger: logger, on: app.eventLoopGroup.any())
                request.currentUser = user
                return request
            }
            let responder = StatusResponder(status: .created)
            // when
            _ = try await RequestLogMiddleware().respond(to: request(.info), chainingTo: responder).get()
            _ = try await RequestLogMiddleware().respond(to: request(.notice), chainingTo: responder).get()
            // then
            let written = lines.all
            #expect(written.count == 1)
            #expect(written.first?.message == "request")
            #expect(written.first?.metadata["status"]?.description == "201")
            #expect(written.first?.metadata["user"] == .string(user.id.uuidString.lowercased()))
            #expect(written.first?.metadata.values.contains { $0.description.contains("secret") } == false)
        }
    }
}

private struct StatusResponder: Responder {
    var status: HTTPResponseStatus
    func respond(to request: Request) -> EventLoopFuture<Response> {
        request.eventLoop.makeSucceededFuture(Response(status: status))
    }
}

private final class CapturedLogLines: Sendable {
    private let box = NIOLockedValueBox<[(message: String, metadata: Logger.Metadata)]>([])
    func append(_ message: String, _ metadata: Logger.Metadata) { box.withLockedValue { $0.append((message, metadata)) } }
    var all: [(message: String, metadata: Logger.Metadata)] { box.withLockedValue { $0 } }
}

private struct CapturingRequestLogHandler: LogHandler {
    let lines: CapturedLogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append(event.message.description, metadata.merging(event.metadata ?? [:]) { $1 })
    }
}
