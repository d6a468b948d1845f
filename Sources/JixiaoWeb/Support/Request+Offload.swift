import Vapor

extension Request {
    /// Runs CPU-heavy `work` (parsing an uploaded YAML or report, rendering a .docx/.xlsx)
    /// on the application's thread pool, so the event loop keeps serving other requests
    /// meanwhile. `work` returns its failure as a value: its errors keep their type.
    func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        try await application.threadPool.runIfActive(work)
    }
}
