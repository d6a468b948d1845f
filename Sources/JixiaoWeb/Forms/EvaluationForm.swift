import JixiaoCore

/// The editor's form as flat name → text fields, built from an evaluation or
/// from a submitted form, and parsed back onto an evaluation.
///
/// Field names are `FieldPath` text (`filing.filedBy`, `figures.<id>`, `targets.<i>.<part>`,
/// `indicators.<id>.selfScore` …, `narrative.<key>`, `statedTotal`), so a finding, a field
/// error, a review note and the merge name the same input; besides them `version` and the
/// checklist marker `indicators.<id>.checklist`. A form posted with the older names
/// (`figure.<id>`, `target.0.max`, `section.<key>`) is read under the new ones.
struct EvaluationForm: Sendable {
    var fields: [String: String]
    /// Number of target rows the form shows (filled ones plus empty ones to add).
    var targetRows: Int

    static let emptyTargetRows = 2
    /// Target rows a form may carry: a larger index in a field name is ignored, so a
    /// hostile `targets.9000000000.name` costs nothing.
    static let targetIndex = BoundedInt(field: "target", label: "目标行", range: 0...499)
    static let targetParts = FieldPath.TargetPart.allCases

    subscript(name: String) -> String { fields[name] ?? "" }
    subscript(path path: FieldPath) -> String { fields[path.text] ?? "" }

    init(fields posted: [String: String]) {
        var fields: [String: String] = [:]
        var used = -1
        for (key, value) in posted {
            let path = FieldPath(key)
            if case .target(let row, _)? = path {
                guard Self.targetIndex.range.contains(row) else { continue }
                used = max(used, row)
            }
            let name = path?.text ?? Self.checklistMarker(key) ?? key
            // Both names of one field: the current one wins, whatever the dictionary's order.
            if name != key, posted[name] != nil { continue }
            fields[name] = value
        }
        self.fields = fields
        targetRows = used + 1
    }

    /// The form showing `evaluation` at `version`.
    init(evaluation e: Evaluation, version: Int) {
        var f: [String: String] = ["version": String(version)]
        f[FieldPath.filing(.filedBy).text] = e.filing.filedBy
        f[FieldPath.filing(.phone).text] = e.filing.phone
        f[FieldPath.filing(.filedOn).text] = e.filing.filedOn
        f[FieldPath.projectName.text] = e.project?.name
        f[FieldPath.statedTotal.text] = e.statedTotal?.description
        for (id, value) in e.figures.values { f[FieldPath.figure(id).text] = Self.text(value, figure: id) }
        for (i, t) in e.targets.enumerated() {
            f[FieldPath.target(i, .levels).text] = t.levels.joined(separator: "/")
            f[FieldPath.target(i, .name).text] = t.name
            f[FieldPath.target(i, .direction).text] = t.direction.rawValue
            f[FieldPath.target(i, .target).text] = t.targetValue?.description ?? t.targetText
            f[FieldPath.target(i, .unit).text] = t.unit
            f[FieldPath.target(i, .actual).text] = t.actualValue?.description ?? t.actualText
            f[FieldPath.target(i, .maxScore).text] = t.maxScore?.description
            f[FieldPath.target(i, .deviationNote).text] = t.deviationNote
        }
        for section in e.narrative { f[FieldPath.narrative(section.key).text] = section.text }
        for (id, input) in e.indicators {
            f[FieldPath.indicator(id, .selfScore).text] = input.selfScore?.description
            f[FieldPath.indicator(id, .note).text] = input.note
            Self.ruleFields(id, input, into: &f)
        }
        self.init(fields: f)
        targetRows = e.targets.count + Self.emptyTargetRows
    }

    /// The version the form was loaded at (0 when missing).
    var version: Int { BoundedInt.version.value(self["version"]) ?? 0 }

    /// A stored figure as its field shows it: rates in percent (0.96 → 96), money with two decimals.
    static func text(_ value: ExactDecimal, figure id: String) -> String {
        NumberFormat.inputText(value, FigureCatalog.kind(id))
    }
}
