import Foundation

/// One 整改 (rectification) item: the finance bureau asks a unit to put something right by a
/// deadline (a monitoring round or one of its targets, a self-evaluation, a declaration); the unit
/// answers with what it did (整改情况); the bureau closes it or reopens it with a comment.
public struct Rectification: Codable, Sendable, Hashable {
    /// What the item is about; its unit and year come from it.
    public var subject: RectificationSubject
    public var unitCode: String
    public var unitName: String
    public var fiscalYear: Int
    /// 整改要求, at most `RectificationRules.maxRequirement` characters.
    public var requirement: String
    /// 整改期限 (the last day).
    public var deadline: CalendarDate
    public var status: RectificationStatus
    /// Display name of the reviewer who raised it, and when.
    public var raisedBy: String
    public var raisedAt: Date
    /// 整改情况: the unit's latest answer, who gave it and when.
    public var answer: String?
    public var answeredBy: String?
    public var answeredAt: Date?
    /// The reviewer's comment of the latest close or reopen.
    public var comment: String?
    /// Every step, oldest first.
    public var log: [RectificationEvent]

    public init(
        subject: RectificationSubject, unitCode: String, unitName: String, fiscalYear: Int, requirement: String,
        deadline: CalendarDate, raisedBy: String, raisedAt: Date
    ) {
        self.subject = subject
        self.unitCode = unitCode
        self.unitName = unitName
        self.fiscalYear = fiscalYear
        self.requirement = requirement
        self.deadline = deadline
        self.status = .open
        self.raisedBy = raisedBy
        self.raisedAt = raisedAt
        self.log = [RectificationEvent(action: .raise, by: raisedBy, at: raisedAt, text: requirement)]
    }

    /// 逾期: still waiting for the unit's answer after the deadline.
    public func isOverdue(on today: CalendarDate) -> Bool { status == .open && today > deadline }

    /// Not closed yet: on the to-do lists of both sides.
    public var isPending: Bool { status != .closed }
}

/// What a rectification is about.
public struct RectificationSubject: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case evaluation
        case monitoring
        case declaration

        /// 自评, 运行监控, 目标申报.
        public var label: String {
            switch self {
            case .evaluation: return "绩效自评"
            case .monitoring: return "运行监控"
            case .declaration: return "目标申报"
            }
        }
    }

    public var kind: Kind
    /// The evaluation's, round's or declaration's id.
    public var id: String
    /// A round's target row (from 1), when the item is about one target only.
    public var target: Int?
    /// That target's name, kept so the item still reads when the round changes.
    public var targetName: String?
    /// The subject as people name it (「2025年7月31日监控」, the project's name …).
    public var title: String

    public init(kind: Kind, id: String, target: Int? = nil, targetName: String? = nil, title: String) {
        self.kind = kind
        self.id = id
        self.target = target
        self.targetName = targetName
        self.title = title
    }

    /// 「运行监控 · 2025年7月31日监控 · 指标「热线接通率」」.
    public var text: String {
        var parts = [kind.label, title]
        if let targetName { parts.append("指标「\(targetName)」") } else if kind == .monitoring { parts.append("整轮") }
        return parts.joined(separator: " · ")
    }
}

/// 待整改 → 已答复 → 已完成 (or back to 待整改 when reopened).
public enum RectificationStatus: String, Codable, Sendable, CaseIterable {
    case open
    case answered
    case closed

    public var label: String {
        switch self {
        case .open: return "待整改"
        case .answered: return "已答复"
        case .closed: return "已完成"
        }
    }
}

/// One step in a rectification's life.
public struct RectificationEvent: Codable, Sendable, Hashable {
    public var action: RectificationAction
    public var by: String
    public var at: Date
    /// The requirement, answer or comment given with the step.
    public var text: String?

    public init(action: RectificationAction, by: String, at: Date, text: String?) {
        self.action = action
        self.by = by
        self.at = at
        self.text = text
    }
}

/// The steps: raise (the bureau), answer (the unit), close and reopen (the bureau).
public enum RectificationAction: String, Codable, Sendable, CaseIterable {
    case raise
    case answer
    case close
    case reopen

    public var label: String {
        switch self {
        case .raise: return "提出整改要求"
        case .answer: return "答复整改情况"
        case .close: return "整改完成"
        case .reopen: return "重新整改"
        }
    }
}
