import Foundation
import JixiaoCore

/// One rectification as the API answers it.
struct RectificationDTO: Encodable {
    struct Event: Encodable {
        var action: RectificationAction
        var by: String
        var at: Date
        var text: String?
    }

    var id: String
    var version: Int
    var updatedAt: Date
    var kind: RectificationSubject.Kind
    var subject: String
    var target: Int?
    var targetName: String?
    var subjectTitle: String
    var unitCode: String
    var unitName: String
    var fiscalYear: Int
    var requirement: String
    var deadline: String
    var status: RectificationStatus
    var statusLabel: String
    var overdue: Bool
    var raisedBy: String
    var raisedAt: Date
    var answer: String?
    var answeredBy: String?
    var answeredAt: Date?
    var comment: String?
    var log: [Event]

    init(_ s: StoredRectification, today: CalendarDate) {
        let r = s.item
        id = s.id
        version = s.version
        updatedAt = s.updatedAt
        kind = r.subject.kind
        subject = r.subject.id
        target = r.subject.target
        targetName = r.subject.targetName
        subjectTitle = r.subject.title
        unitCode = r.unitCode
        unitName = r.unitName
        fiscalYear = r.fiscalYear
        requirement = r.requirement
        deadline = r.deadline.iso
        status = r.status
        statusLabel = r.status.label
        overdue = r.isOverdue(on: today)
        raisedBy = r.raisedBy
        raisedAt = r.raisedAt
        answer = r.answer
        answeredBy = r.answeredBy
        answeredAt = r.answeredAt
        comment = r.comment
        log = r.log.map { Event(action: $0.action, by: $0.by, at: $0.at, text: $0.text) }
    }
}
