import Vapor

extension EventLoop {
    /// A future completed by the callback `start` is given (a port's callback read, such as
    /// `SessionRepository.read` or `TokenCheckRepository.tokenUse`): already complete when the
    /// read called back before returning (the direct SQLite reader), so the middleware that reads
    /// it starts no task.
    func future<Value: Sendable>(
        _ start: (@escaping @Sendable (Result<Value, any Error>) -> Void) -> Void
    ) -> EventLoopFuture<Value> {
        let promise = makePromise(of: Value.self)
        start { promise.completeWith($0) }
        return promise.futureResult
    }
}
