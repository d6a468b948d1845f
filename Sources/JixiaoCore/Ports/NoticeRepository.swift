import Foundation

/// Where in-app messages live (one row per recipient, in the database so every process
/// agrees on what is unread).
public protocol NoticeRepository: Sendable {
    /// Sends `message` about evaluation `evaluationID` to every enabled user of unit `unitCode`
    /// but `sender` (who took the step); returns how many received it.
    @discardableResult
    func send(_ message: String, about evaluationID: String, toUnit unitCode: String, except sender: UUID?,
              at date: Date) async throws -> Int
    /// The user's messages, newest first, at most `limit`.
    func notices(of userID: UUID, limit: Int) async throws -> [Notice]
    /// How many of the user's messages are unread.
    func unreadCount(of userID: UUID) async throws -> Int
    /// Marks one message of the user read; false when the user has no such message.
    func markRead(_ id: UUID, of userID: UUID, at date: Date) async throws -> Bool
    /// Marks every message of the user read.
    func markAllRead(of userID: UUID, at date: Date) async throws
}
