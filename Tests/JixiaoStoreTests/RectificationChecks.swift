import FluentKit
import Foundation
import JixiaoCore
import JixiaoStore
import Testing

/// `FluentRectificationRepository` (migration 026): steps saved at the version read, filters, order.
enum RectificationChecks {
    static let reviewer = UserAccount(id: UUID(), username: "r", displayName: "李审核", role: .reviewer, unitCode: "czj")
    static let filer = UserAccount(id: UUID(), username: "f", displayName: "王填报", role: .filer, unitCode: "fin")

    static func item(unit: String, year: Int = 2025, kind: RectificationSubject.Kind = .evaluation, deadline: Int = 30) -> Rectification {
        Rectification(
            subject: RectificationSubject(kind: kind, id: "subject-\(unit)", title: "部门整体"), unitCode: unit,
            unitName: "单位 \(unit)", fiscalYear: year, requirement: "补充偏差原因", deadline: CalendarDate(year: year, month: 9, day: deadline),
            raisedBy: "李审核", raisedAt: Date(timeIntervalSince1970: 1_750_000_000))
    }

    static let all = [
        StoreCheck(
            name:
                "rectifications: a step saved at the version read, a stale version is a conflict, filters by unit, year, status and subject"
        ) {
            db in
            // given
            let repository = FluentRectificationRepository(database: db)
            let first = try await repository.create(item(unit: "fin", deadline: 30))
            let earlier = try await repository.create(item(unit: "fin", kind: .monitoring, deadline: 10))
            _ = try await repository.create(item(unit: "edu", year: 2024))
            let answered = try first.item.applying(.answer, text: "已补充", by: filer, at: Date(timeIntervalSince1970: 1_750_100_000))
            // when
            let saved = try await repository.update(id: first.id, expectedVersion: 1, item: answered)
            // then
            #expect(saved.version == 2 && saved.item.status == .answered && saved.item.answeredBy == "王填报")
            #expect(try await repository.find(id: first.id)?.item.answer == "已补充")
            #expect(try await repository.find(id: first.id)?.item.log.map(\.action) == [.raise, .answer])
            await #expect(throws: RepositoryError.versionConflict(expected: 1, current: 2)) {
                try await repository.update(id: first.id, expectedVersion: 1, item: answered)
            }
            #expect(try await repository.list(RectificationFilter(unitCodes: ["fin"])).map(\.id) == [earlier.id, first.id])
            #expect(try await repository.list(RectificationFilter(statuses: [.open])).count == 2)
            #expect(try await repository.list(RectificationFilter(fiscalYear: 2024)).map(\.item.unitCode) == ["edu"])
            #expect(
                try await repository.list(RectificationFilter(subjectKind: .monitoring, subjectID: "subject-fin")).map(\.id) == [earlier.id]
            )
            #expect(try await repository.list(RectificationFilter(unitCodes: [])).isEmpty)
            #expect(try await repository.find(id: "not-a-uuid") == nil)
        }
    ]
}
