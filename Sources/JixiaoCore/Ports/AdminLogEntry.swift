import Foundation

/// One line of the administration log: a change to units, users, years or frameworks,
/// who made it and when. Evaluation changes have their own history.
public struct AdminLogEntry: Codable, Sendable, Hashable {
    public var at: Date
    /// Display name of the administrator (系统管理员).
    public var by: String
    /// What changed, in Chinese (新增单位, 停用用户 …).
    public var action: String
    /// The object and the new values, in Chinese.
    public var detail: String

    public init(at: Date = Date(), by: String, action: String, detail: String) {
        self.at = at
        self.by = by
        self.action = action
        self.detail = detail
    }
}

/// The administration log (implemented on Fluent in JixiaoStore).
public protocol AdminLogRepository: Sendable {
    func record(_ entry: AdminLogEntry) async throws
    /// The newest `limit` entries, newest first.
    func recent(limit: Int) async throws -> [AdminLogEntry]
}

extension AdminLogRepository {
    /// The newest 50 entries, newest first.
    public func recent() async throws -> [AdminLogEntry] { try await recent(limit: 50) }
}
