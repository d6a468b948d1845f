import JixiaoCore

/// The editor's form as flat name → text fields, built from an evaluation or
/// from a submitted form, and parsed back onto an evaluation.
///
/// Field names: `filing.filedBy`, `figure.<id>`, `target.<i>.<part>`,
/// `section.<key>`, `indicator.<id>.selfScore` (and `.note`, the rule inputs of `EvaluationForm+Indicator`), `statedTotal`, `version`.
struct EvaluationForm: Sendable {
    var fields: [String: String]
    /// Number of target rows the form shows (filled ones plus empty ones to add).
    var targetRows: Int

    static let emptyTargetRows = 2
    /// Target rows a form may carry: a larger index in a field name is ignored, so a
    /// hostile `target.9000000000.name` costs nothing.
    static let targetIndex = BoundedInt(field: "target", label: "目标行", range: 0...499)
    static let targetParts = ["levels", "name", "direction", "value", "unit", "actual", "max", "note"]

    subscript(name: String) -> String { fields[name] ?? "" }

    init(fields: [String: String]) {
        self.fields = fields
        let used = fields.keys.compactMap { key -> Int? in
            let parts = key.split(separator: ".")
            guard parts.count == 3, parts[0] == "target", let i = Self.targetIndex.value(String(parts[1])) else {
                return nil
            }
            return i
        }
        targetRows = (used.max().map { $0 + 1 } ?? 0)
    }

    /// The form showing `evaluation` at `version`.
    init(evaluation e: Evaluation, version: Int) {
        var f: [String: String] = ["version": String(version)]
        f["filing.filedBy"] = e.filing.filedBy
        f["filing.phone"] = e.filing.phone
        f["filing.filedOn"] = e.filing.filedOn
        f["project.name"] = e.project?.name
        f["statedTotal"] = e.statedTotal?.description
        for (id, value) in e.figures.values { f["figure.\(id)"] = Self.text(value, figure: id) }
        for (i, t) in e.targets.enumerated() {
            f["target.\(i).levels"] = t.levels.joined(separator: "/")
            f["target.\(i).name"] = t.name
            f["target.\(i).direction"] = t.direction.rawValue
            f["target.\(i).value"] = t.targetValue?.description ?? t.targetText
            f["target.\(i).unit"] = t.unit
            f["target.\(i).actual"] = t.actualValue?.description ?? t.actualText
            f["target.\(i).max"] = t.maxScore?.description
            f["target.\(i).note"] = t.deviationNote
        }
        for section in e.narrative { f["section.\(section.key)"] = section.text }
        for (id, input) in e.indicators {
            f["indicator.\(id).selfScore"] = input.selfScore?.description
            f["indicator.\(id).note"] = input.note
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
