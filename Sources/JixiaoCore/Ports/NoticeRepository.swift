import Foundation

/// Where in-app messages live (one row per recipient, in the database so every process
/// agrees on what is unread).
public protocol NoticeRepository: Sendable {
    /// Sends `message` about evaluation `evaluationID` to every enabled user of unit `unitCode`
    /// but `sender` (who took the step); returns how many received it.
    @discardableResult
    func send(
        _ message: String, about evaluationID: String, toUnit unitCode: String, except sender: UUID?,
        at date: Date
    ) async throws -> Int
    /// Sends `message` once: each enabled user of unit `unitCode` with one of `roles` gets a row whose id is made from
    /// `key` and the user (`StableUUID`), so the same key sent again — by a later run or another
    /// process at the same time — writes nothing (the primary key refuses it). Returns how many
    /// rows this call wrote.
    @discardableResult
    func sendOnce(
        _ message: String, about evaluationID: String, toUnit unitCode: String, roles: Set<Role>,
        key: String, at date: Date
    ) async throws -> Int
    /// The user's messages, newest first, at most `limit`.
    func notices(of userID: UUID, limit: Int) async throws -> [Notice]
    /// How many of the user's messages are unread.
    func unreadCount(of userID: UUID) async throws -> Int
    /// Marks one message of the user read; false when the user has no such message.
    func markRead(_ id: UUID, of userID: UUID, at date: Date) async throws -> Bool
    /// Marks every message of the user read.
    func markAllRead(of userID: UUID, at date: Date) async throws
}
