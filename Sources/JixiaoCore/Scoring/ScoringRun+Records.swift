extension ScoringRun {
    /// Appends a leaf's record.
    mutating func append(_ leaf: PendingRecord) {
        var record = leaf.record
        record.end = Int32(tree.count + 1)
        tree.append(record, explanation: leaf.explanation)
    }

    /// Appends the record of the heading whose facts are at `facts`, to be
    /// completed by `closeHeading` once its children follow it; returns its index.
    mutating func open(_ facts: Int32) -> Int {
        tree.append(ScoredRecord(facts: facts, explanation: .empty))
    }

    /// Completes the heading at `start` with the records appended since: its
    /// score is the sum of its children's scores.
    mutating func closeHeading(_ start: Int) {
        let end = tree.count
        var sum = ExactDecimal.zero
        var uncomputed: Int32 = 0
        var excluded: Int32 = 0
        var children = 0
        tree.records.withUnsafeBufferPointer { records in
            var index = start + 1
            while index < end {
                children += 1
                if records[index].notApplicable {
                    excluded += 1
                } else if let score = records[index].score {
                    sum += score
                } else {
                    uncomputed += 1
                }
                index = Int(records[index].end)
            }
        }
        let allExcluded = children > 0 && Int(excluded) == children
        tree.records[start].end = Int32(end)
        tree.records[start].score = allExcluded ? nil : sum
        tree.records[start].notApplicable = allExcluded
        tree.records[start].explanation =
            allExcluded
            ? .notApplicable
            : .heading(uncomputed: uncomputed, excluded: excluded)
    }
}
