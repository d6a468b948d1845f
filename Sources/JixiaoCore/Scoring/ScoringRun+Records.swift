extension ScoringRun {
    /// Appends a leaf's record.
    mutating func append(_ record: consuming ScoredRecord) {
        record.end = Int32(records.count + 1)
        records.append(record)
    }

    /// Appends a heading's record, to be completed by `closeHeading` once its
    /// children follow it; returns its index.
    mutating func open(_ record: consuming ScoredRecord) -> Int {
        records.append(record)
        return records.count - 1
    }

    /// Completes the heading at `start` with the records appended since: its
    /// score is the sum of its children's scores.
    mutating func closeHeading(_ start: Int) {
        let end = records.count
        var sum = ExactDecimal.zero
        var uncomputed: Int32 = 0
        var excluded: Int32 = 0
        var children = 0
        // Through the buffer: reading a field of `records[index]` copied the whole record.
        records.withUnsafeBufferPointer { records in
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
        records[start].end = Int32(end)
        records[start].score = allExcluded ? nil : sum
        records[start].notApplicable = allExcluded
        records[start].explanation = allExcluded ? ScoringMessages.notApplicable
            : Explanation(storage: .heading(sum: sum, max: records[start].facts.max, uncomputed: uncomputed,
                                            excluded: excluded))
    }
}
