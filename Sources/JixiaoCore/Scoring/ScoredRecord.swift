/// What stays the same about a scored node from one evaluation to the next:
/// id, name, level, maximum and rule kind. Built once per framework node (per
/// target for `fromTargets` headings), so a record retains one reference.
final class NodeFacts: Sendable {
    let id: String
    let name: String
    let level: Int
    let max: ExactDecimal
    /// `proportional`, `bands` … for leaves; nil for headings.
    let ruleKind: String?

    init(id: String, name: String, level: Int, max: ExactDecimal, ruleKind: String?) {
        self.id = id
        self.name = name
        self.level = level
        self.max = max
        self.ruleKind = ruleKind
    }
}

/// One scored node in a flat, depth-first list, in plain values only: its
/// facts, explanation and note sit beside it in `ScoredRecords`, so records
/// are appended, copied and freed without touching a reference count. (A record
/// holding them was copied whole, with every retain, on its way into the array.)
struct ScoredRecord: Sendable {
    /// Index of the node's facts in `ScoredRecords.facts`.
    var facts: Int32
    var score: ExactDecimal?
    var selfScore: ExactDecimal?
    /// Index of the leaf's value in `ScoreResult.computed`; -1 when it has none.
    var valueIndex: Int32 = -1
    var notApplicable = false
    /// Index of the first record after this node's subtree.
    var end: Int32 = 0
    /// The explanation, when it is one of the common ones made of the record's own numbers.
    var explanation = RecordExplanation.listed
    /// Index of the 偏差原因 in `ScoredRecords.noteTexts`; -1 when there is none.
    var note: Int32 = -1
}

/// The explanation of a record in plain values: most records (entered scores,
/// headings) need nothing else, and an array of `Explanation`s was freed element by
/// element through the runtime's value witnesses.
enum RecordExplanation: Sendable {
    /// In `ScoredRecords.listed`.
    case listed
    /// `自评 N 分（人工评分）`, N being the record's self-score.
    case entered
    /// The sum of the children: the record's score out of its maximum.
    case heading(uncomputed: Int32, excluded: Int32)
    case notApplicable
    case empty
}

/// A scored leaf not yet placed (the targets of a heading are scored, then placed).
struct PendingRecord {
    let facts: NodeFacts
    var record: ScoredRecord
    let explanation: Explanation
}
