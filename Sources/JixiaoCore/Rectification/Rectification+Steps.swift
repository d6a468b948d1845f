import Foundation

extension Rectification {
    /// The item after `user` takes `action` with `text` (the answer or the comment), or a
    /// refusal: the unit answers while it is not closed (again, to complete an answer); the bureau
    /// closes (an optional comment) what is not closed and reopens (a comment is required) what
    /// was answered or closed.
    public func applying(
        _ action: RectificationAction, text: String?, by user: UserAccount, at date: Date
    ) throws(RectificationRefusal) -> Rectification {
        guard RectificationRules.actions(for: user, on: self).contains(action) else {
            throw RectificationRefusal(field: "status", message: RectificationMessages.notAllowed(action, status: status))
        }
        var next = self
        switch action {
        case .raise:
            throw RectificationRefusal(field: "status", message: RectificationMessages.notAllowed(action, status: status))
        case .answer:
            let answer = try RectificationRules.bounded(
                text, field: "answer", label: "整改情况", max: RectificationRules.maxAnswer, required: true)
            next.answer = answer
            next.answeredBy = user.displayName
            next.answeredAt = date
            next.status = .answered
            next.log.append(RectificationEvent(action: .answer, by: user.displayName, at: date, text: answer))
        case .close, .reopen:
            let comment = try RectificationRules.bounded(
                text, field: "comment", label: "审核意见", max: RectificationRules.maxComment, required: action == .reopen)
            next.comment = comment
            next.status = action == .close ? .closed : .open
            next.log.append(RectificationEvent(action: action, by: user.displayName, at: date, text: comment))
        }
        return next
    }
}
