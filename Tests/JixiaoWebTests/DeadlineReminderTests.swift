import FluentKit
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 15: filers hear of a near 填报截止日期 while their evaluation is not submitted, once
/// per evaluation and threshold, whoever runs the reminders and how often. The clock is fixed.
@Suite("填报截止提醒", .timeLimit(.minutes(10)))
struct DeadlineReminderTests {
    static let deadline = CalendarDate(year: 2025, month: 3, day: 31)

    @Test("the rule: the nearest threshold not yet passed is due; none far away or past the deadline")
    func rule() {
        #expect(DeadlineReminder.daysBefore == [7, 1])
        let due = [8, 7, 3, 2, 1, 0, -1].map { DeadlineReminder.threshold(daysLeft: $0) }
        #expect(due == [nil, 7, 7, 7, 1, 1, nil])
        #expect(DeadlineReminder.threshold(daysLeft: 10, thresholds: [14, 3]) == 14)
        #expect(
            DeadlineReminder.daysLeft(from: CalendarDate(year: 2024, month: 2, day: 28), to: CalendarDate(year: 2024, month: 3, day: 1))
                == 2)
        #expect(
            DeadlineReminder.daysLeft(from: CalendarDate(year: 2024, month: 12, day: 31), to: CalendarDate(year: 2025, month: 1, day: 1))
                == 1)
        #expect(DeadlineReminder.daysLeft(from: Self.deadline, to: Self.deadline) == 0)
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(StableUUID.make("a|b") == StableUUID.make("a|b") && StableUUID.make("a|b") != StableUUID.make("a|c"))
        #expect(
            DeadlineReminder.message(unitName: "某局", fiscalYear: 2024, title: "部门整体支出绩效自评", deadline: Self.deadline, daysLeft: 0)
                .contains("2025年3月31日（今天截止）"))
    }

    /// Gives 2024 the deadline and puts the 新丰 evaluation past its filer (submitted); 五华's is owed.
    static func prepare(_ app: Application) async throws -> (owed: String, submitted: String) {
        let years = FluentFiscalYearRepository(database: app.db)
        var year = try #require(try await years.find(2024))
        year.deadline = deadline
        try await years.save(year, by: "测试", log: nil)
        let owed = try await Fixtures.evaluationID(app), submitted = try await Fixtures.evaluationID(app, unit: Fixtures.otherUnit)
        try await ReviewFixtures.set(app, submitted, status: .submitted)
        return (owed, submitted)
    }

    static func reminders(_ app: Application, of username: String) async throws -> [Notice] {
        let user = try #require(try await UserRecord.query(on: app.db).filter(\.$username == username).first()?.id)
        return try await FluentNoticeRepository(database: app.db).notices(of: user, limit: 100)
            .filter { $0.message.contains("填报截止日期") }
    }

    @Test(
        "7 days and 1 day before: one message each to the filers of the unit still owing (not its department head); none again the same or a later day, none after the deadline",
        arguments: TestDatabase.all)
    func onceEach(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let (owed, submitted) = try await Self.prepare(app)
            let reminders = DeadlineReminders(app)
            func on(_ day: Int, month: Int = 3) async throws -> Int {
                try await reminders.run(
                    today: CalendarDate(year: 2025, month: month, day: day), at: Date(timeIntervalSince1970: 1_742_000_000))
            }
            // when
            let tooEarly = try await on(23)
            let first = try await on(24), again = try await on(24), later = try await on(27)
            let dayBefore = try await on(30), deadlineDay = try await on(31), after = try await on(1, month: 4)
            let wuhua = try await Self.reminders(app, of: "filer")
            let xinfeng = try await Self.reminders(app, of: "filer-xinfeng")
            let approver = try await Self.reminders(app, of: "approver")
            var browser = try await Browser.signedIn(app, as: "filer")
            let page = try await browser.get("/notices").body.string
            // then
            #expect(tooEarly == 0)
            #expect(first > 0 && again == 0 && later == 0)
            #expect(dayBefore == first && deadlineDay == 0 && after == 0)
            let messages: [String] = wuhua.filter { $0.evaluationID == owed }.map(\.message)
            #expect(messages.count == 2)
            #expect(messages.contains { $0.contains("还有 7 天") })
            #expect(messages.contains { $0.contains("还有 1 天") })
            #expect(!xinfeng.contains { $0.evaluationID == submitted })
            #expect(approver.isEmpty)  // the unit's department head is not reminded, only its filers
            #expect(page.contains("尚未提交：填报截止日期为 2025年3月31日（还有 7 天）"))
        }
    }

    @Test("two app processes sending at the same moment write each reminder once", arguments: TestDatabase.all)
    func twoProcesses(_ database: TestDatabase) async throws {
        try await TwoProcessTests.withTwoApps(database) { a, b in
            // given
            let (owed, _) = try await Self.prepare(a)
            let today = CalendarDate(year: 2025, month: 3, day: 25), now = Date(timeIntervalSince1970: 1_742_000_000)
            // when both run at once, twice
            async let viaA = DeadlineReminders(a).run(today: today, at: now)
            async let viaB = DeadlineReminders(b).run(today: today, at: now)
            let (first, second) = try await (viaA, viaB)
            let (third, fourth) = try await (
                DeadlineReminders(a).run(today: today, at: now), DeadlineReminders(b).run(today: today, at: now)
            )
            // then
            let wuhua = try await Self.reminders(a, of: "filer").filter { $0.evaluationID == owed }
            #expect(first + second > 0 && third == 0 && fourth == 0)
            #expect(wuhua.count == 1)
        }
    }
}
