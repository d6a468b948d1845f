import FluentSQL
import Foundation
import JixiaoCore

extension UserAccount {
    /// The columns `init?(row:)` reads, for a query joined with `users AS u`.
    static let joinedColumns = "u.id AS uid, u.username, u.display_name, u.role, u.unit_code, u.disabled"

    /// The user of a row selected with `joinedColumns`; nil when the join found no user, the
    /// user is disabled (its sessions and tokens are refused) or the stored role is unknown.
    init?(row: any SQLRow) throws {
        guard try !row.decodeNil(column: "uid"), try !row.decode(column: "disabled", as: Bool.self),
            let role = Role(rawValue: try row.decode(column: "role", as: String.self))
        else {
            return nil
        }
        self.init(
            id: try row.decode(column: "uid", as: UUID.self),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role, unitCode: try row.decode(column: "unit_code", as: String.self))
    }
}
