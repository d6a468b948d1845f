import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// API tokens of `FluentAccountRepository`.
enum TokenChecks {
    static let all = [
        StoreCheck(name: "tokens: listed oldest first, found by hash, revoked only by their owner") { db in
            // given
            let accounts = FluentAccountRepository(database: db)
            let owner = UnitChecks.user("owner", unit: "fin"), stranger = UnitChecks.user("stranger", unit: "fin")
            try await accounts.create(owner, passwordHash: "h", log: nil)
            try await accounts.create(stranger, passwordHash: "h", log: nil)
            try await accounts.addToken(userID: owner.id, name: "一号", tokenHash: "aa")
            try await accounts.addToken(userID: owner.id, name: "二号", tokenHash: "bb")
            let first = try #require(try await accounts.tokens(userID: owner.id).first { $0.name == "一号" })
            // when
            let byStranger = try await accounts.revokeToken(id: first.id, userID: stranger.id, log: nil)
            let found = try await accounts.tokenUse(tokenHash: "aa").get()
            let byOwner = try await accounts.revokeToken(
                id: first.id, userID: owner.id,
                log: AdminLogEntry(by: "甲", action: "作废令牌", detail: "owner"))
            // then
            #expect(!byStranger && byOwner)
            #expect(found?.user == owner && found?.tokenID == first.id && found?.lastUsedAt == nil)
            #expect(try await accounts.tokens(userID: owner.id).map(\.name) == ["二号"])
            #expect(try await accounts.tokenUse(tokenHash: "aa").get() == nil)
            #expect(try await FluentAdminLog(database: db).recent().map(\.action) == ["作废令牌"])
        }
    ]
}
