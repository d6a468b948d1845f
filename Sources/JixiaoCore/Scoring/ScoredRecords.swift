/// The scored tree of one evaluation, depth first: the records, the
/// explanation and note of each, and the facts they point at (the scorer's
/// shared facts of the framework's nodes, then those made for targets).
struct ScoredRecords: Sendable {
    var records: [ScoredRecord] = []
    /// The explanations records do not hold themselves (`RecordExplanation.listed`), by record index.
    private(set) var listed: [RecordPart<Explanation>] = []
    /// The notes the unit gave, which records point at (`ScoredRecord.note`): the
    /// evaluation's list of notes itself, shared (`LeafInputs`), then the notes of
    /// targets. (Copied note by note, each was retained and released.)
    private(set) var noteTexts: [String]
    private(set) var facts: [NodeFacts]

    init(facts: [NodeFacts], notes: [String], capacity: Int) {
        self.facts = facts
        noteTexts = notes
        records.reserveCapacity(capacity)
        listed.reserveCapacity(capacity / 2)
    }

    var count: Int { records.count }

    /// Appends a record; returns its index.
    @discardableResult @inline(__always)
    mutating func append(_ record: ScoredRecord, explanation: consuming Explanation) -> Int {
        var record = record
        let index = Int32(records.count)
        if case .entered(let score) = explanation.storage, score == record.selfScore {
            record.explanation = .entered
        } else {
            record.explanation = .listed
            listed.append(RecordPart(record: index, value: explanation))
        }
        records.append(record)
        return Int(index)
    }

    /// Appends a record whose explanation it holds itself (not `.listed`); returns its index.
    @discardableResult @inline(__always)
    mutating func append(_ record: ScoredRecord) -> Int {
        records.append(record)
        return records.count - 1
    }

    /// The note at `index` in `noteTexts` if it says something, else -1.
    @inline(__always)
    func visibleNote(_ index: Int32) -> Int32 {
        index >= 0 && Scorer.hasText(noteTexts[Int(index)]) ? index : -1
    }

    /// Adds a note that is not the evaluation's (a target's); returns its index.
    mutating func addNote(_ text: String) -> Int32 {
        noteTexts.append(text)
        return Int32(noteTexts.count - 1)
    }

    /// The index of `facts` made for this evaluation (a target, a group of targets).
    mutating func add(_ facts: NodeFacts) -> Int32 {
        self.facts.append(facts)
        return Int32(self.facts.count - 1)
    }

    /// Removes and returns the last record.
    mutating func removeLast() -> PendingRecord {
        let explanation = self.explanation(of: records.count - 1)
        if listed.last?.record == Int32(records.count - 1) { listed.removeLast() }
        let record = records.removeLast()
        return PendingRecord(facts: facts[Int(record.facts)], record: record, explanation: explanation)
    }

    /// The explanation of record `index`.
    func explanation(of index: Int) -> Explanation {
        let record = records[index]
        switch record.explanation {
        case .listed:
            return listed.first { $0.record == Int32(index) }?.value ?? ""
        case .entered:
            return Explanation(storage: .entered(record.selfScore ?? .zero))
        case .heading(let uncomputed, let excluded):
            return Explanation(
                storage: .heading(
                    sum: record.score ?? .zero, max: facts[Int(record.facts)].max,
                    uncomputed: uncomputed, excluded: excluded))
        case .notApplicable:
            return ScoringMessages.notApplicable
        case .empty:
            return ""
        }
    }

    func facts(of index: Int) -> NodeFacts { facts[Int(records[index].facts)] }

    /// The note of record `index`, if it has one.
    func note(of index: Int) -> String? {
        let note = records[index].note
        return note < 0 ? nil : noteTexts[Int(note)]
    }
}

/// A part of a scored record kept beside the records (its explanation).
/// A struct rather than a tuple: an array of tuples is freed through the runtime's
/// generic tuple witness, element by element.
struct RecordPart<Value: Sendable>: Sendable {
    let record: Int32
    let value: Value
}
