extension PdfPageLayout {
    /// A stretch of a column: words chained with gaps under half a line.
    struct Block {
        var y0: Double
        var y1: Double
        var words: [PdfWord]
        var centre: Double { (y0 + y1) / 2 }
    }

    /// The rows of consecutive table bands that share one layout, each as its cells joined by
    /// tabs. The columns are those of the band with the most (the header, usually); every band's
    /// columns fall into them.
    func rows(inLayout region: ArraySlice<Band>) -> [String] {
        guard var reference = region.max(by: { $0.columns.count < $1.columns.count })?.columns else { return [] }
        // A header is often centred and narrower than its column: widen each column by the cells
        // that fall in it alone, so that a short cell off the header's middle still finds it.
        for band in region {
            for column in band.columns {
                let hits = reference.indices.filter { reference[$0].x0 < column.x1 && column.x0 < reference[$0].x1 }
                guard hits.count == 1 else { continue }
                reference[hits[0]] = (min(reference[hits[0]].x0, column.x0), max(reference[hits[0]].x1, column.x1))
            }
        }
        let bands = region.map { band in
            var cells = Array(repeating: [PdfWord](), count: reference.count)
            let target = band.columns.map { Self.referenceColumn($0, reference) }
            for (k, word) in band.words.enumerated() { cells[target[band.columnOf[k]]].append(word) }
            return cells
        }
        // Where each column's text reaches: a line that ends short of it did not wrap.
        var rights = Array(repeating: -Double.infinity, count: reference.count)
        for cells in bands {
            for (column, cell) in cells.enumerated() { rights[column] = max(rights[column], cell.map(\.x1).max() ?? rights[column]) }
        }
        var rows: [[[PdfWord]]] = []
        for cells in bands {
            for row in split(cells) where row.contains(where: { !$0.isEmpty }) {
                // A row cut by a page or a band edge: its cells go on where those above broke off.
                if let last = rows.last, continues(row, last, rights: rights) {
                    for column in row.indices { rows[rows.count - 1][column] += row[column] }
                } else {
                    rows.append(row)
                }
            }
        }
        return rows.map { $0.map(Self.cellText).joined(separator: "\t") }
    }

    /// Every cell of `row` that holds words carries on the cell above it, which wrapped there
    /// (no room left in the column for the first character or number of the cell below), and
    /// the row leaves empty some cell the row above fills; or the two are fragments of one row
    /// whose cells sit at different heights (numbers at the top, names centred below them):
    /// right below it, each fills only cells the other leaves empty, but for wrapped cells.
    func continues(_ row: [[PdfWord]], _ above: [[PdfWord]], rights: [Double]) -> Bool {
        var fillsEmpty = false
        for (column, cell) in row.enumerated() where !cell.isEmpty {
            if above[column].isEmpty { fillsEmpty = true; continue }
            guard let first = Self.physicalLines(cell).first?.first, let last = Self.physicalLines(above[column]).last?.last,
                first.startsWide || last.endsWide,
                first.y0 - last.y1 <= 0.3 * height,
                last.x1 + first.unbreakableWidth > rights[column]
            else { return false }
        }
        let leftEmpty = zip(row, above).contains { $0.isEmpty && !$1.isEmpty }
        guard fillsEmpty else {
            // Its own row would fill as many cells as the row above (labels of the same width, numbers).
            return row.filter({ !$0.isEmpty }).count < above.filter({ !$0.isEmpty }).count
        }
        let top = row.joined().map(\.y0).min() ?? 0, bottom = above.joined().map(\.y1).max() ?? 0
        return leftEmpty && top - bottom <= 0.3 * height
    }

    /// The reference column a band's column overlaps most, else the nearest.
    static func referenceColumn(_ column: (x0: Double, x1: Double), _ reference: [(x0: Double, x1: Double)]) -> Int {
        let overlaps = reference.map { max(0, min(column.x1, $0.x1) - max(column.x0, $0.x0)) }
        if let best = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), overlaps[best] > 0 { return best }
        let middle = (column.x0 + column.x1) / 2
        return reference.indices.min {
            abs((reference[$0].x0 + reference[$0].x1) / 2 - middle) < abs((reference[$1].x0 + reference[$1].x1) / 2 - middle)
        } ?? 0
    }

    /// One band's cells split into rows: one row per block of the column with the most blocks.
    func split(_ cells: [[PdfWord]]) -> [[[PdfWord]]] {
        let blocks = cells.map(blocks)
        guard let anchors = blocks.max(by: { $0.count < $1.count }), anchors.count > 1 else { return [cells] }
        var rows = Array(repeating: Array(repeating: [PdfWord](), count: cells.count), count: anchors.count)
        for (column, columnBlocks) in blocks.enumerated() {
            for block in columnBlocks {
                var cover = anchors.indices.filter { anchors[$0].y0 < block.y1 && block.y0 < anchors[$0].y1 }
                if cover.isEmpty {
                    cover = [anchors.indices.min { abs(anchors[$0].centre - block.centre) < abs(anchors[$1].centre - block.centre) } ?? 0]
                }
                if cover.count == 1 { rows[cover[0]][column] += block.words; continue }
                let lines = Self.physicalLines(block.words)
                // A page of thousands of tiny lines is shared line by line (the search is cubic).
                guard lines.count * lines.count * cover.count <= 1_000_000 else {
                    for line in lines {
                        let middle = ((line.first?.y0 ?? 0) + (line.first?.y1 ?? 0)) / 2
                        let nearest = cover.min { abs(anchors[$0].centre - middle) < abs(anchors[$1].centre - middle) } ?? cover[0]
                        rows[nearest][column] += line
                    }
                    continue
                }
                for (group, range) in zip(cover, share(lines, among: cover.map { anchors[$0] })) {
                    rows[group][column] += lines[range].flatMap { $0 }
                }
            }
        }
        return rows
    }

    func blocks(_ words: [PdfWord]) -> [Block] {
        var blocks: [Block] = []
        for word in words.sorted(by: { $0.y0 < $1.y0 }) {
            if let last = blocks.last, word.y0 <= last.y1 + 0.5 * height {
                blocks[blocks.count - 1].y1 = max(last.y1, word.y1)
                blocks[blocks.count - 1].words.append(word)
            } else {
                blocks.append(Block(y0: word.y0, y1: word.y1, words: [word]))
            }
        }
        return blocks
    }

    /// The lines of one block shared among the rows it spans, in order: each row's lines centred
    /// on its anchor or starting where it starts, whichever fits (cells are centred or top-aligned);
    /// a row left without lines costs three line heights.
    func share(_ lines: [[PdfWord]], among anchors: [Block]) -> [Range<Int>] {
        let n = lines.count, m = anchors.count
        let tops = lines.map { $0.map(\.y0).min() ?? 0 }, bottoms = lines.map { $0.map(\.y1).max() ?? 0 }
        func cost(_ start: Int, _ end: Int, _ anchor: Block) -> Double {
            guard start < end else { return 3 * height }
            return min(abs((tops[start] + bottoms[end - 1]) / 2 - anchor.centre), abs(tops[start] - anchor.y0))
        }
        var best = Array(repeating: Array(repeating: Double.infinity, count: n + 1), count: m + 1)
        var from = Array(repeating: Array(repeating: 0, count: n + 1), count: m + 1)
        best[0][0] = 0
        for a in 1...m {
            for end in 0...n {
                for start in 0...end where best[a - 1][start] < .infinity {
                    let value = best[a - 1][start] + cost(start, end, anchors[a - 1])
                    if value < best[a][end] { best[a][end] = value; from[a][end] = start }
                }
            }
        }
        var ranges = Array(repeating: 0..<0, count: m)
        var end = n
        for a in stride(from: m, to: 0, by: -1) {
            let start = from[a][end]
            ranges[a - 1] = start..<end
            end = start
        }
        return ranges
    }
}
