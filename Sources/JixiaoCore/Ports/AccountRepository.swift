import Foundation

/// Where users, their API tokens and failed sign-ins live (implemented on Fluent in
/// JixiaoStore). Password and token hashing happen in the caller; the store keeps hashes.
/// Changes an administrator makes carry their administration log entry, written in the
/// same transaction.
public protocol AccountRepository: Sendable {
    func user(username: String) async throws -> StoredUser?
    func user(id: UUID) async throws -> StoredUser?
    /// Every user, by user name.
    func users() async throws -> [StoredUser]
    /// The user named `username` with its password hash (sign-in verifies against it).
    func credentials(username: String) async throws -> (user: StoredUser, passwordHash: String)?
    func passwordHash(userID: UUID) async throws -> String?
    /// Stores a new, enabled user.
    func create(_ account: UserAccount, passwordHash: String, log: AdminLogEntry?) async throws
    /// Saves the display name, role and unit of `account.id`.
    func update(_ account: UserAccount, log: AdminLogEntry?) async throws
    /// Disables or enables user `id`; disabling ends its sessions.
    func setDisabled(_ disabled: Bool, userID: UUID, log: AdminLogEntry?) async throws
    /// A new password: every session of the user but `keptSession` ends, every API token is revoked.
    func setPasswordHash(
        _ hash: String, userID: UUID, keepingSession keptSession: String?,
        log: AdminLogEntry?) async throws
    /// Enabled administrators.
    func activeAdmins() async throws -> Int

    /// The tokens of user `id`, oldest first.
    func tokens(userID id: UUID) async throws -> [ApiToken]
    func addToken(userID: UUID, name: String, tokenHash: String) async throws
    /// Deletes token `id` if it belongs to user `userID`; false when there is no such token of that user.
    func revokeToken(id: UUID, userID: UUID, log: AdminLogEntry?) async throws -> Bool

    /// How many sign-in failures the pair had since `date`, and the latest.
    func failedLogins(username: String, client: String, since date: Date) async throws -> (count: Int, last: Date?)
    /// Decides a try of the pair at `now` by `throttle` and, when it may go ahead, records it as a
    /// failure in the same atomic step (a success clears it), so tries at once are counted one by one.
    func admitLogin(username: String, client: String, at now: Date, throttle: LoginThrottle) async throws -> LoginThrottle.Decision
    /// Forgets the pair's failures (after it signed in).
    func clearFailedLogins(username: String, client: String) async throws
}
