/// The history lines of a monitoring round's change: one `FieldChange` per field whose text
/// changed (rows compared by their place), plus the status and the reviewers' words.
public enum MonitoringDiff {
    public static func changes(from old: MonitoringRoundState, to new: MonitoringRoundState) -> [FieldChange] {
        let before = MonitoringFields.texts(old.round), after = MonitoringFields.texts(new.round)
        var keys = Array(Set(before.keys).union(after.keys))
        keys.sort { order($0).lexicographicallyPrecedes(order($1)) }
        var out = keys.compactMap { key -> FieldChange? in
            before[key] == after[key]
                ? nil : FieldChange(field: key, label: MonitoringFields.label(key), old: before[key], new: after[key])
        }
        if old.status != new.status {
            out.append(FieldChange(field: "status", label: "状态", old: old.status.label, new: new.status.label))
        }
        if old.review.returnReason != new.review.returnReason {
            out.append(
                FieldChange(
                    field: "review.returnReason", label: "退回理由", old: old.review.returnReason, new: new.review.returnReason))
        }
        if old.review.comment != new.review.comment {
            out.append(FieldChange(field: "review.comment", label: "审核意见", old: old.review.comment, new: new.review.comment))
        }
        return out
    }

    /// The history of a new round: every field against an empty one.
    public static func creation(_ state: MonitoringRoundState) -> [FieldChange] {
        var empty = state
        empty.round.targets = []
        empty.round.budget = MonitoredBudget(annual: .zero, executed: .zero)
        return changes(from: empty, to: state).filter { $0.field != "asOf" }
    }

    /// Head fields first, then rows by number and part.
    static func order(_ key: String) -> [Int] {
        if let head = MonitoringFields.headParts.firstIndex(where: { $0.key == key }) { return [0, head] }
        let parts = key.split(separator: ".")
        let row = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let part = parts.count > 2 ? MonitoringFields.rowParts.firstIndex { $0.key == parts[2] } ?? 0 : 0
        return [1, row, part]
    }
}
