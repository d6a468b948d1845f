/// One field of an evaluation, with one text form used everywhere a field is named: a
/// finding's location, the history, the editor's input names (so the form merge, a field's
/// error and a finding all name the same input), API validation messages and the review's
/// notes (涉及字段).
///
/// Text forms: `filing.filedBy`, `filing.phone`, `filing.filedOn`, `project.name`,
/// `statedTotal`, `figures.<id>`, `targets.<row>.<part>` (row from 0, parts as
/// `TargetPart`), `indicators.<id>.<part>` (`selfScore`, `note`, `outcome`, `breaches`,
/// `checked.<item>`), `narrative.<key>`. `FieldPath(_:)` also reads the older names
/// (`figure.<id>`, `target.0.max`, `section.<key>` …) that stored rows may hold.
public enum FieldPath: Hashable, Sendable {
    case filing(FilingPart)
    case projectName
    case statedTotal
    case figure(String)
    case target(Int, TargetPart)
    case indicator(String, IndicatorPart)
    case narrative(String)

    /// The parts of 填报信息.
    public enum FilingPart: String, CaseIterable, Sendable {
        case filedBy, phone, filedOn
    }

    /// The columns of a target row, in the editor's order.
    public enum TargetPart: String, CaseIterable, Sendable {
        case levels, name, direction, target, unit, actual, maxScore, deviationNote
    }

    /// The inputs of a framework leaf.
    public enum IndicatorPart: Hashable, Sendable {
        case selfScore, note, outcome, breaches
        /// One item of a checklist, ticked or not.
        case checked(String)

        /// The part as it ends a path (`selfScore`, `checked.<item>`).
        public var text: String {
            switch self {
            case .selfScore: return "selfScore"
            case .note: return "note"
            case .outcome: return "outcome"
            case .breaches: return "breaches"
            case .checked(let item): return "checked." + item
            }
        }
    }

    /// The one text form (`figures.incomeTotal`, `targets.3.actual`).
    public var text: String {
        switch self {
        case .filing(let part): return "filing." + part.rawValue
        case .projectName: return "project.name"
        case .statedTotal: return "statedTotal"
        case .figure(let id): return "figures." + id
        case .target(let row, let part): return "targets.\(row)." + part.rawValue
        case .indicator(let id, let part): return "indicators.\(id)." + part.text
        case .narrative(let key): return "narrative." + key
        }
    }
}

extension FieldPath: CustomStringConvertible {
    public var description: String { text }
}

extension FindingLocation {
    /// A location at `path` (and, for a document, `line`).
    public init(line: Int? = nil, path: FieldPath) {
        self.init(line: line, field: path.text)
    }

    /// The field as a `FieldPath`, when it names one of an evaluation.
    public var path: FieldPath? { field.flatMap(FieldPath.init) }
}
