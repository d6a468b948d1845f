/// `target.changed`: a self-evaluation's targets must be the accepted declaration's (cycle.md §4):
/// name, 指标性质, 指标值, 计量单位 and 分值 copied, never retyped; changing one takes a 调整
/// (adjustment) of the declaration, accepted by the finance bureau. The accepted declaration in
/// force is the reference (`DeclarationState.inForce`).
public enum DeclaredTargetCheck {
    /// The rule id in `CheckCatalog`.
    public static let rule = "target.changed"

    /// One finding per field that differs (at the evaluation's `targets.<row>.<part>`, rows from 0),
    /// one per evaluation target the declaration lacks and one per declared target left out.
    /// Rows are paired by name, then a renamed row by its place.
    public static func findings(_ evaluation: Evaluation, declared: [Target]) -> [Finding] {
        let pairs = pairing(evaluation.targets, declared)
        var findings: [Finding] = []
        for (row, target) in evaluation.targets.enumerated() {
            guard let index = pairs[row] else {
                findings.append(finding(DeclarationMessages.undeclared(target.name), row: row, part: .name))
                continue
            }
            for change in differences(declared[index], target) {
                findings.append(
                    finding(
                        DeclarationMessages.changedInEvaluation(
                            declared[index].name, field: change.label, declared: change.declared, evaluation: change.evaluation),
                        row: row, part: change.part))
            }
        }
        let used = Set(pairs.values)
        for (index, target) in declared.enumerated() where !used.contains(index) {
            findings.append(finding(DeclarationMessages.leftOut(target.name), row: evaluation.targets.count, part: .name))
        }
        return findings
    }

    /// Evaluation row → declared row: the same name first, then a row left over at the same place.
    static func pairing(_ rows: [Target], _ declared: [Target]) -> [Int: Int] {
        var free: [String: [Int]] = [:]
        for (index, target) in declared.enumerated() { free[target.name.trimmedSpaces, default: []].append(index) }
        var pairs: [Int: Int] = [:], used: Set<Int> = []
        for (row, target) in rows.enumerated() {
            let name = target.name.trimmedSpaces
            guard let index = free[name]?.first else { continue }
            free[name]?.removeFirst()
            pairs[row] = index
            used.insert(index)
        }
        for row in rows.indices where pairs[row] == nil && declared.indices.contains(row) && !used.contains(row) {
            pairs[row] = row
            used.insert(row)
        }
        return pairs
    }

    struct Change {
        var part: FieldPath.TargetPart
        var label: String
        var declared: String
        var evaluation: String
    }

    /// The fields that differ, in the table's order: name, then what `monitor.target-changed`
    /// compares (指标性质, 指标值 as numbers when both are, 计量单位), then 分值 when declared.
    static func differences(_ declared: Target, _ target: Target) -> [Change] {
        var out: [Change] = []
        if declared.name.trimmedSpaces != target.name.trimmedSpaces {
            out.append(Change(part: .name, label: "指标名称", declared: declared.name, evaluation: target.name))
        }
        for change in DeclarationComparison.differences(declared, target) {
            let part: FieldPath.TargetPart =
                change.field == "指标性质" ? .direction : change.field == "计量单位" ? .unit : .target
            out.append(Change(part: part, label: change.field, declared: change.declared, evaluation: change.monitored))
        }
        if let weight = declared.maxScore, target.maxScore != weight {
            out.append(
                Change(part: .maxScore, label: "分值", declared: weight.description, evaluation: target.maxScore?.description ?? ""))
        }
        return out
    }

    static func finding(_ message: String, row: Int, part: FieldPath.TargetPart) -> Finding {
        CheckCatalog.finding(rule, message, path: .target(row, part))
    }
}
