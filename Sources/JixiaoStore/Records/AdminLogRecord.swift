import FluentKit
import Foundation

/// A row of `admin_log`: one change an administrator made (units, users, years,
/// frameworks), with who and when. Evaluation changes have their own history.
public final class AdminLogRecord: Model, @unchecked Sendable {
    public static let schema = "admin_log"

    @ID(key: .id) public var id: UUID?
    @Field(key: "changed_at") public var changedAt: Date
    @Field(key: "changed_by") public var changedBy: String
    /// What changed, in Chinese (新增单位, 停用用户 …).
    @Field(key: "action") public var action: String
    /// The object and the new values, in Chinese.
    @Field(key: "detail") public var detail: String

    public init() {}

    public init(at date: Date, by user: String, action: String, detail: String) {
        changedAt = date
        changedBy = user
        self.action = action
        self.detail = detail
    }
}
