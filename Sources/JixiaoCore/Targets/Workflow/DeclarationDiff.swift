/// The history lines of a declaration change: one `FieldChange` per field whose text changed
/// (rows compared by their place), plus the status and the review.
public enum DeclarationDiff {
    public static func changes(from old: DeclarationState, to new: DeclarationState) -> [FieldChange] {
        let before = DeclarationFields.texts(old.declaration), after = DeclarationFields.texts(new.declaration)
        var keys = Array(Set(before.keys).union(after.keys))
        keys.sort { order($0).lexicographicallyPrecedes(order($1)) }
        var out = keys.compactMap { key -> FieldChange? in
            before[key] == after[key]
                ? nil
                : FieldChange(field: key, label: DeclarationFields.label(key), old: before[key], new: after[key])
        }
        if old.status != new.status {
            out.append(FieldChange(field: "status", label: "状态", old: old.status.label, new: new.status.label))
        }
        for row in Set(old.review.rows.keys).union(new.review.rows.keys).sorted() {
            let a = old.review.rows[row].map(text), b = new.review.rows[row].map(text)
            if a != b { out.append(FieldChange(field: "review.targets.\(row)", label: "第\(row)行 审核意见", old: a, new: b)) }
        }
        if old.review.returnReason != new.review.returnReason {
            out.append(
                FieldChange(
                    field: "review.returnReason", label: "退回理由", old: old.review.returnReason,
                    new: new.review.returnReason))
        }
        if old.review.adjustmentReason != new.review.adjustmentReason, let reason = new.review.adjustmentReason {
            out.append(FieldChange(field: "review.adjustmentReason", label: "调整理由", old: nil, new: reason))
        }
        return out
    }

    static func text(_ review: RowReview) -> String {
        review.verdict.label + ((review.comment ?? "").isEmpty ? "" : "：\(review.comment ?? "")")
    }

    /// Head fields first, then rows by number and part.
    static func order(_ key: String) -> [Int] {
        if let head = DeclarationFields.headParts.firstIndex(where: { $0.key == key }) { return [0, head] }
        let parts = key.split(separator: ".")
        let row = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let part = parts.count > 2 ? DeclarationFields.rowParts.firstIndex { $0.key == parts[2] } ?? 0 : 0
        return [1, row, part]
    }
}
