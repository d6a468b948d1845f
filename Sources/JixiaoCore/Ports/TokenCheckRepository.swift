import Foundation

/// The check of an API token on every API call (implemented in plain SQL in JixiaoStore, on the
/// hot-read database: the direct SQLite reader or PostgreSQL's prepared statements).
public protocol TokenCheckRepository: Sendable {
    /// Reads the token whose SHA-256 is `hash` with its enabled user (nil when there is none) and
    /// hands it to `done`, exactly once; before returning when the read is complete on return, so
    /// the caller starts no task.
    func tokenUse(tokenHash hash: String, then done: @escaping @Sendable (Result<TokenUse?, any Error>) -> Void)
    /// Records that token `id` was used at `date`.
    func touchToken(id: UUID, at date: Date) async throws
}
