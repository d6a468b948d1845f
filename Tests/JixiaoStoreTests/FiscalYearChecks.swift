import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentFiscalYearRepository` and `FluentAdminLog`.
enum FiscalYearChecks {
    static let all = [
        StoreCheck(name: "fiscal years: saved with defaults and deadline, listed newest first, replaced by year") { db in
            // given
            let years = FluentFiscalYearRepository(database: db)
            let deadline = CalendarDate(year: 2024, month: 5, day: 31)
            // when
            try await years.save(FiscalYear(year: 2023, isOpen: false, defaults: [.project: "p"]), by: "甲")
            try await years.save(
                FiscalYear(year: 2024, defaults: [.departmentWide: "d", .project: "p"], deadline: deadline),
                by: "甲", log: AdminLogEntry(by: "甲", action: "新增年度", detail: "2024"))
            try await years.save(FiscalYear(year: 2023, isOpen: true), by: "乙")
            // then
            #expect(try await years.all().map(\.year) == [2024, 2023])
            #expect(
                try await years.find(2024)
                    == FiscalYear(
                        year: 2024, defaults: [.departmentWide: "d", .project: "p"],
                        deadline: deadline))
            #expect(try await years.find(2023) == FiscalYear(year: 2023, isOpen: true))
            #expect(try await years.find(2025) == nil)
            #expect(try await years.years(defaulting: "p") == [2024])
            #expect(try await FluentAdminLog(database: db).recent().map(\.action) == ["新增年度"])
        }
    ]
}

enum AdminLogChecks {
    static let all = [
        StoreCheck(name: "admin log: newest first, limited") { db in
            // given
            let log = FluentAdminLog(database: db)
            let start = Date(timeIntervalSince1970: 1_700_000_000)
            // when
            for n in 0..<5 {
                try await log.record(
                    AdminLogEntry(
                        at: start.addingTimeInterval(Double(n)), by: "甲", action: "动作\(n)",
                        detail: "内容 \(n)"))
            }
            // then
            #expect(try await log.recent(limit: 3).map(\.action) == ["动作4", "动作3", "动作2"])
            #expect(
                try await log.recent().first
                    == AdminLogEntry(
                        at: start.addingTimeInterval(4), by: "甲", action: "动作4",
                        detail: "内容 4"))
        }
    ]
}
