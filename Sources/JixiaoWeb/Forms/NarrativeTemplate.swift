import JixiaoCore

/// The narrative sections a new evaluation starts with: the report sections of its
/// kind (Core's `ReportSection` catalogue), empty.
enum NarrativeTemplate {
    static func sections(for kind: EvaluationKind) -> [NarrativeSection] {
        ReportSection.sections(for: kind).map { NarrativeSection(key: $0.key, title: $0.title, text: "") }
    }

    /// The sections of the evaluation's kind it does not have (files may omit some).
    static func missing(in evaluation: Evaluation) -> [NarrativeSection] {
        let present = Set(evaluation.narrative.map(\.key))
        return sections(for: evaluation.kind).filter { !present.contains($0.key) }
    }
}
