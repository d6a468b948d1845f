import Foundation
import JixiaoCore
import Testing

@Suite("Rectification (整改): steps, roles, bounds, deadlines, overdue")
struct RectificationTests {
    let reviewer = UserAccount(id: UUID(), username: "r", displayName: "李审核", role: .reviewer, unitCode: "czj")
    let filer = UserAccount(id: UUID(), username: "f", displayName: "王填报", role: .filer, unitCode: "fin")
    let otherFiler = UserAccount(id: UUID(), username: "o", displayName: "赵填报", role: .filer, unitCode: "edu")
    let at = Date(timeIntervalSince1970: 1_750_000_000)

    func item() -> Rectification {
        Rectification(
            subject: RectificationSubject(kind: .monitoring, id: "r1", target: 2, targetName: "热线接通率", title: "2025年7月31日监控"),
            unitCode: "fin", unitName: "财政局", fiscalYear: 2025, requirement: "说明偏差原因",
            deadline: CalendarDate(year: 2025, month: 9, day: 30), raisedBy: "李审核", raisedAt: at)
    }

    @Test("answer → close; reopen needs a comment and makes it open again")
    func steps() throws {
        let answered = try item().applying(.answer, text: "  已调整排班  ", by: filer, at: at)
        #expect(answered.status == .answered && answered.answer == "已调整排班" && answered.answeredBy == "王填报")
        let closed = try answered.applying(.close, text: "", by: reviewer, at: at)
        #expect(closed.status == .closed && closed.comment == nil && !closed.isPending)
        #expect(throws: RectificationRefusal(field: "comment", message: "请填写审核意见。")) {
            try closed.applying(.reopen, text: " ", by: reviewer, at: at)
        }
        let reopened = try closed.applying(.reopen, text: "佐证不足", by: reviewer, at: at)
        #expect(reopened.status == .open && reopened.comment == "佐证不足")
        #expect(reopened.log.map(\.action) == [.raise, .answer, .close, .reopen])
    }

    @Test("only the unit answers, only the bureau closes; nothing after 已完成 but reopen")
    func roles() throws {
        let open = item()
        #expect(throws: RectificationRefusal.self) { try open.applying(.answer, text: "x", by: otherFiler, at: at) }
        #expect(throws: RectificationRefusal.self) { try open.applying(.answer, text: "x", by: reviewer, at: at) }
        #expect(throws: RectificationRefusal.self) { try open.applying(.close, text: nil, by: filer, at: at) }
        #expect(throws: RectificationRefusal.self) { try open.applying(.reopen, text: "x", by: reviewer, at: at) }
        let closed = try open.applying(.close, text: "撤销", by: reviewer, at: at)
        #expect(throws: RectificationRefusal.self) { try closed.applying(.answer, text: "x", by: filer, at: at) }
        #expect(RectificationRules.actions(for: filer, on: open) == [.answer])
        #expect(RectificationRules.actions(for: reviewer, on: closed) == [.reopen])
    }

    @Test("texts are bounded and required, the message names the field")
    func bounds() throws {
        #expect(try RectificationRules.requirement(String(repeating: "改", count: RectificationRules.maxRequirement)).count == 2000)
        #expect(throws: RectificationRefusal(field: "requirement", message: "整改要求最多 2000 个字，现有 2001 个字。")) {
            try RectificationRules.requirement(String(repeating: "改", count: 2001))
        }
        #expect(throws: RectificationRefusal(field: "requirement", message: "请填写整改要求。")) { try RectificationRules.requirement("\n ") }
        #expect(throws: RectificationRefusal.self) {
            try item().applying(.answer, text: String(repeating: "答", count: RectificationRules.maxAnswer + 1), by: filer, at: at)
        }
    }

    @Test("deadlines: a real date, not past, not before the fiscal year, by the end of the year after next")
    func deadlines() throws {
        let today = CalendarDate(year: 2025, month: 8, day: 1)
        #expect(try RectificationRules.deadline("2025-08-01", fiscalYear: 2025, today: today) == today)
        #expect(try RectificationRules.deadline("2027年12月31日", fiscalYear: 2025, today: today).iso == "2027-12-31")
        #expect(try RectificationRules.deadline("2027-12-31", fiscalYear: 2023, today: today).iso == "2027-12-31")
        #expect(throws: RectificationRefusal(field: "deadline", message: "2026年度的整改期限应在2026年1月1日至2027年12月31日之间。")) {
            try RectificationRules.deadline("2025-12-31", fiscalYear: 2026, today: today)
        }
        #expect(throws: RectificationRefusal(field: "deadline", message: "整改期限不能早于今天（2025年8月1日）。")) {
            try RectificationRules.deadline("2025-07-31", fiscalYear: 2025, today: today)
        }
        #expect(throws: RectificationRefusal(field: "deadline", message: "2025年度的整改期限应在2025年1月1日至2027年12月31日之间。")) {
            try RectificationRules.deadline("2028-01-01", fiscalYear: 2025, today: today)
        }
        #expect(throws: RectificationRefusal(field: "deadline", message: "整改期限「2025-02-30」不是有效日期，请按 2025-09-30 的格式填写。")) {
            try RectificationRules.deadline("2025-02-30", fiscalYear: 2025, today: today)
        }
        #expect(throws: RectificationRefusal.self) { try RectificationRules.deadline("99999999999999-1-1", fiscalYear: 2025, today: today) }
        #expect(throws: RectificationRefusal.self) { try RectificationRules.deadline("", fiscalYear: 2025, today: today) }
    }

    @Test("overdue only while waiting for the unit, from the day after the deadline")
    func overdue() throws {
        let open = item()
        #expect(!open.isOverdue(on: CalendarDate(year: 2025, month: 9, day: 30)))
        #expect(open.isOverdue(on: CalendarDate(year: 2025, month: 10, day: 1)))
        let answered = try open.applying(.answer, text: "已整改", by: filer, at: at)
        #expect(!answered.isOverdue(on: CalendarDate(year: 2025, month: 10, day: 1)))
        #expect(open.subject.text == "运行监控 · 2025年7月31日监控 · 指标「热线接通率」")
    }
}
