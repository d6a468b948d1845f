import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentYearSettingsRepository` (migration 027).
enum YearSettingsChecks {
    static let all = [
        StoreCheck(name: "year settings: defaults until saved, one row per year replaced, logged, in the backup") { db in
            // given
            let settings = FluentYearSettingsRepository(database: db)
            var changed = YearSettings.defaults(year: 2025)
            changed.thresholds.budget = LightBands(yellowFrom: ExactDecimal("55.5")!, greenFrom: 75)
            changed.resultRules = ResultUseRules([.fair: "压减 10%"])
            // when
            let before = try await settings.thresholds(for: 2025)
            try await settings.save(changed, by: "甲", log: AdminLogEntry(by: "甲", action: "修改", detail: changed.summary))
            var again = changed
            again.resultRules = ResultUseRules([.fair: "压减 20%", .poor: "暂停"])
            try await settings.save(again, by: "乙", log: nil)
            let backup = try await DatabaseBackup.export(from: db)
            // then
            #expect(before == .defaults(fiscalYear: 2025))
            #expect(try await settings.stored(2024) == nil)
            #expect(try await settings.settings(for: 2024) == .defaults(year: 2024))
            #expect(try await settings.stored(2025) == again)
            #expect(try await settings.thresholds(for: 2025).budget.yellowFrom == ExactDecimal("55.5")!)
            #expect(try await settings.resultRules(for: 2025).treatment(for: .poor) == "暂停")
            #expect(try await settings.all().map(\.year) == [2025])
            #expect(try await FluentAdminLog(database: db).recent().map(\.detail) == [changed.summary])
            #expect(backup.yearSettings.count == 1)
            #expect(backup.yearSettings.first?.updatedBy == "乙")
            let decoded = try DatabaseBackup.read(try backup.json())
            #expect(decoded.yearSettings == backup.yearSettings)
        }
    ]
}
