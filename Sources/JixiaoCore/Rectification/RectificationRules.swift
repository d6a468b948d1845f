import Foundation

/// A refused rectification input or step: the field it names (`requirement`, `deadline`,
/// `answer`, `comment`, `status`, `target`) and a Chinese message.
public struct RectificationRefusal: Error, Sendable, Equatable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// Who may take which step, the bounds of the texts and dates (data, read by the web page,
/// the API and the store's callers alike).
public enum RectificationRules {
    /// Longest 整改要求, 整改情况 and reviewer's comment, in characters.
    public static let maxRequirement = 2000
    public static let maxAnswer = 4000
    public static let maxComment = 1000
    /// A deadline lies at most this many calendar years after today's (and never before the fiscal year).
    public static let deadlineYearsAfter = 2
    /// The finance bureau's roles: they raise, close and reopen.
    public static let bureauRoles: Set<Role> = [.reviewer, .admin]
    /// The unit's roles that answer for their own unit.
    public static let unitRoles: Set<Role> = [.filer, .approver]

    public static func mayRaise(_ user: UserAccount) -> Bool { bureauRoles.contains(user.role) }

    public static func mayAnswer(_ user: UserAccount, unitCode: String) -> Bool {
        unitRoles.contains(user.role) && user.unitCode == unitCode
    }

    /// Whether `user` may attach evidence to `item` now: whoever may answer it (its unit, not closed).
    public static func mayAttach(_ user: UserAccount, to item: Rectification) -> Bool {
        actions(for: user, on: item).contains(.answer)
    }

    /// The steps `user` may take on `item` now (the buttons a page shows).
    public static func actions(for user: UserAccount, on item: Rectification) -> [RectificationAction] {
        var actions: [RectificationAction] = []
        if mayAnswer(user, unitCode: item.unitCode), item.status != .closed { actions.append(.answer) }
        if mayRaise(user) {
            if item.status != .closed { actions.append(.close) }
            if item.status != .open { actions.append(.reopen) }
        }
        return actions
    }

    /// The requirement as it will be stored (trimmed), or a refusal naming `requirement`.
    public static func requirement(_ text: String) throws(RectificationRefusal) -> String {
        try bounded(text, field: "requirement", label: "整改要求", max: maxRequirement, required: true) ?? ""
    }

    /// The deadline typed as `2025-09-30` (or 2025年9月30日), checked against the fiscal year and
    /// `today`: a real date, not past, not before the fiscal year, by the end of today's year + `deadlineYearsAfter`.
    public static func deadline(_ text: String, fiscalYear: Int, today: CalendarDate) throws(RectificationRefusal) -> CalendarDate {
        let trimmed = text.trimmedSpaces
        guard !trimmed.isEmpty else { throw RectificationRefusal(field: "deadline", message: RectificationMessages.deadlineMissing) }
        guard trimmed.count <= 20, let date = CalendarDate(trimmed), date.isValid else {
            throw RectificationRefusal(field: "deadline", message: RectificationMessages.deadlineInvalid(String(trimmed.prefix(20))))
        }
        let last = today.year + deadlineYearsAfter
        guard date.year >= fiscalYear, date.year <= last else {
            throw RectificationRefusal(field: "deadline", message: RectificationMessages.deadlineOutside(fiscalYear, last))
        }
        guard date >= today else {
            throw RectificationRefusal(field: "deadline", message: RectificationMessages.deadlinePast(today))
        }
        return date
    }

    /// A trimmed text of at most `max` characters; nil when empty and not required.
    static func bounded(_ text: String?, field: String, label: String, max: Int, required: Bool) throws(RectificationRefusal) -> String? {
        let trimmed = (text ?? "").trimmedSpaces
        if trimmed.isEmpty {
            if required { throw RectificationRefusal(field: field, message: RectificationMessages.missing(label)) }
            return nil
        }
        guard trimmed.count <= max else {
            throw RectificationRefusal(field: field, message: RectificationMessages.tooLong(label, max: max, count: trimmed.count))
        }
        return trimmed
    }
}
