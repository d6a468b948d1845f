/// The history lines of a change to the finance bureau's review.
public enum ReviewDiff {
    /// Changes from `old` to `new` review, in a stable order.
    public static func changes(from old: Review?, to new: Review?) -> [FieldChange] {
        var out: [FieldChange] = []
        func put(_ field: String, _ label: String, _ a: String?, _ b: String?) {
            let a = a.flatMap { $0.isEmpty ? nil : $0 }, b = b.flatMap { $0.isEmpty ? nil : $0 }
            if a != b { out.append(FieldChange(field: field, label: label, old: a, new: b)) }
        }
        put("review.returnReason", "退回理由", old?.returnReason, new?.returnReason)
        let noteKeys = Set((old?.fieldNotes ?? [:]).keys).union((new?.fieldNotes ?? [:]).keys).sorted()
        for key in noteKeys {
            put("review.fieldNotes.\(key)", "退回意见（\(key)）", old?.fieldNotes[key], new?.fieldNotes[key])
        }
        let scoreKeys = Set((old?.scores ?? [:]).keys).union((new?.scores ?? [:]).keys).sorted()
        for key in scoreKeys {
            let a = old?.scores[key], b = new?.scores[key]
            put("review.scores.\(key).score", "\(key) 财政复核得分", a?.score?.description, b?.score?.description)
            put("review.scores.\(key).comment", "\(key) 复核意见", a?.comment, b?.comment)
        }
        return out
    }

    /// The history line of a workflow step: action and reason.
    public static func step(_ action: WorkflowAction, reason: String?) -> FieldChange {
        FieldChange(
            field: "workflow", label: "流程操作", old: nil,
            new: reason.map { "\(action.label)：\($0)" } ?? action.label)
    }
}
