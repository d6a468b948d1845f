import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentAccountRepository` as the `UnitRepository`.
enum UnitChecks {
    static let all = [
        StoreCheck(name: "units: a new code is carried to users and child units; usage; delete") { db in
            // given
            let units = FluentAccountRepository(database: db)
            #expect(try await units.isEmpty())
            try await units.create(Unit(name: "财政局", code: "fin"), code: "fin", log: nil)
            try await units.create(
                Unit(name: "数据局", code: "data", parentCode: "fin"), code: "data",
                log: AdminLogEntry(by: "甲", action: "新增单位", detail: "数据局"))
            try await units.create(Unit(name: "下级", code: "sub", parentCode: "data"), code: "sub", log: nil)
            try await units.create(Unit(name: "我的单位", code: "data"), code: "data-x", log: nil)
            try await units.create(Unit(name: "其他", code: "other"), code: "other", log: nil)
            try await units.create(user("u1", unit: "data"), passwordHash: "h", log: nil)
            let data = try #require(try await units.storedUnits().first { $0.code == "data" })
            // when
            try await units.update(
                id: data.id, to: Unit(name: "数据管理局", code: "data2", region: "五华", parentCode: "fin"),
                code: "data2", log: AdminLogEntry(by: "甲", action: "修改单位", detail: "数据管理局"))
            let other = try #require(try await units.storedUnits().first { $0.code == "other" })
            try await units.delete(id: other.id, log: AdminLogEntry(by: "甲", action: "删除单位", detail: "其他"))
            // then
            #expect(
                try await units.storedUnit(id: data.id)?.unit
                    == Unit(
                        name: "数据管理局", code: "data2", region: "五华",
                        parentCode: "fin"))
            #expect(try await units.unit(code: "sub")?.parentCode == "data2")
            #expect(try await units.user(username: "u1")?.account.unitCode == "data2")
            #expect(try await units.usage(ofUnit: "data2") == UnitUsage(evaluations: 0, users: 1, children: 1))
            #expect(try await units.usage(ofUnit: "fin") == UnitUsage(evaluations: 0, users: 0, children: 1))
            #expect(try await units.units().compactMap(\.code) == ["data-x", "data2", "fin", "sub"])
            #expect(try await units.unit(code: "other") == nil)
            #expect(Set(try await FluentAdminLog(database: db).recent().map(\.action)) == ["删除单位", "修改单位", "新增单位"])
            #expect(try await !units.isEmpty())
        }
    ]

    static func user(_ name: String, unit: String, role: Role = .filer) -> UserAccount {
        UserAccount(id: UUID(), username: name, displayName: "用户 \(name)", role: role, unitCode: unit)
    }
}
