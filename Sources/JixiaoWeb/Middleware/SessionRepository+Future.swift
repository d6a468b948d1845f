import JixiaoCore
import Vapor

extension SessionRepository {
    /// `read(key:then:)` as a future on `eventLoop`: already complete when the read was (the
    /// direct SQLite reader), so the session middleware starts no task for it.
    func read(key: String, on eventLoop: any EventLoop) -> EventLoopFuture<StoredSession?> {
        let promise = eventLoop.makePromise(of: StoredSession?.self)
        read(key: key) { promise.completeWith($0) }
        return promise.futureResult
    }
}
