import JixiaoCore

/// Matching the item names a report writes to a framework's leaves.
enum ScoreNames {
    /// A name as compared: without spaces, 的 and punctuation (预算编制的及时性 → 预算编制及时性).
    static func key(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.filter { s in
                    !(s == "的" || s == " " || s == "\u{3000}" || "①②③④⑤⑥⑦⑧⑨⑩：:，,。.、“”\"（）()".unicodeScalars.contains(s))
                }))
    }

    /// The leaf an item names: the same name, else the longest leaf name its paragraph holds.
    static func match(_ item: ScoreItem, names: [String]) -> Int? {
        let name = key(item.name)
        if let exact = names.firstIndex(of: name) { return exact }
        if name.count >= 4, let within = longest(in: name, names: names) { return within }
        if item.fromTable { return nil }
        return longest(in: key(item.context), names: names)
    }

    private static func longest(in text: String, names: [String]) -> Int? {
        names.indices.filter { !names[$0].isEmpty && text.contains(names[$0]) }.max { names[$0].count < names[$1].count }
    }

    /// 偏差原因 by leaf from a score table whose header row has 三级指标 (or 指标) and 偏差原因.
    static func deviationNotes(_ document: NormalisedDocument, lines: [[Unicode.Scalar]]?, names: [String]) -> [(Int, String)] {
        var columns: TableColumns?, notes: [(Int, String)] = []
        for paragraph in document.paragraphs {
            guard let row = TableRow(paragraph) else { columns = nil; continue }
            if row.cells.contains(where: { $0.contains("偏差原因") }) && row.cells.contains(where: { $0.contains("指标") })
                && !row.cells.contains(where: { $0.contains("指标值") })
            {
                columns = TableColumns(header: row)
                continue
            }
            guard let columns, let noteColumn = columns.column(["偏差原因"]), let nameColumn = columns.column(["三级指标", "指标"]) else { continue }
            let cells = columns.cells(row, paragraph: paragraph, lines: lines)
            guard let name = cells[nameColumn], let leaf = names.firstIndex(of: key(name)),
                let note = DraftMapper.note(cells[noteColumn])
            else { continue }
            notes.append((leaf, note))
        }
        return notes
    }
}
