/// One page of a PDF as lines of text, its tables as rows of tab-separated cells, read from the
/// words' positions (pdftotext `-bbox`), so that cells are never glued to their neighbours.
///
/// Words whose heights overlap form a band; a band whose words fall into two or more columns
/// (separated by more than a gap between words) is part of a table, unless it is one line of prose
/// (`withProseAsLines`: its gaps line up with no neighbouring row's). A cell wrapped over several
/// lines may stick out of its row's band: a run of one-column bands right against a table band
/// joins it (above only when its first line continues a full line there, and then not below),
/// and the rows of a joined band are told apart by the column with the most separate blocks (the
/// numbers), each other cell's lines going to the row they are centred on or start at.
struct PdfPageLayout {
    struct Band {
        var y0: Double
        var y1: Double
        var words: [PdfWord]
        /// The band's columns: x ranges, and for each word the index of its range.
        var columns: [(x0: Double, x1: Double)] = []
        var columnOf: [Int] = []
    }

    let words: [PdfWord]
    /// The usual height of a word, the measure of every gap.
    let height: Double

    init(words: [PdfWord]) {
        self.words = words.sorted { $0.y0 < $1.y0 }
        let heights = words.map { $0.y1 - $0.y0 }.sorted()
        let median = heights.isEmpty ? 10 : heights[heights.count / 2]
        height = median > 0 ? median : 10
    }

    /// The page's lines: text lines as they stand, table rows as cells joined by tabs.
    func lines() -> [String] {
        var bands = merged(withProseAsLines(bands()))
        var out: [String] = []
        var i = 0
        while i < bands.count {
            guard bands[i].columns.count > 1 else {
                out += Self.physicalLines(bands[i].words).map { Self.lineText($0) }
                i += 1
                continue
            }
            var j = i
            while j < bands.count, bands[j].columns.count > 1 { j += 1 }
            out += rows(of: bands[i..<j])
            i = j
        }
        bands.removeAll()
        return out
    }

    /// Words chained by overlapping heights.
    func bands() -> [Band] {
        var bands: [Band] = []
        for word in words {
            if let last = bands.last, word.y0 < last.y1 - 1 {
                bands[bands.count - 1].words.append(word)
                bands[bands.count - 1].y1 = max(last.y1, word.y1)
            } else {
                bands.append(Band(y0: word.y0, y1: word.y1, words: [word]))
            }
        }
        return bands.map(withColumns)
    }

    func withColumns(_ band: Band) -> Band {
        var band = band
        let order = band.words.indices.sorted { band.words[$0].x0 < band.words[$1].x0 }
        band.columns = []
        band.columnOf = Array(repeating: 0, count: band.words.count)
        for k in order {
            let word = band.words[k]
            if let last = band.columns.last, word.x0 <= last.x1 + 0.4 * height {
                band.columns[band.columns.count - 1].x1 = max(last.x1, word.x1)
            } else {
                band.columns.append((word.x0, word.x1))
            }
            band.columnOf[k] = band.columns.count - 1
        }
        return band
    }

    /// Runs of one-column bands right against a table band joined to it (`PdfPageLayout` above).
    func merged(_ input: [Band]) -> [Band] {
        var bands = input
        var i = 0
        while i < bands.count {
            guard bands[i].columns.count == 1 else { i += 1; continue }
            var j = i
            while j + 1 < bands.count, bands[j + 1].columns.count == 1, bands[j + 1].y0 - bands[j].y1 <= 0.3 * height { j += 1 }
            let run = bands[i...j]
            let above =
                i > 0 && bands[i - 1].columns.count > 1 && bands[i].y0 - bands[i - 1].y1 <= 0.3 * height
                && continues(bands[i], bands[i - 1]) && fits(run, in: bands[i - 1])
            // A run that carries on a cell above ends that row: the row below starts its own.
            let below =
                !above && j + 1 < bands.count && bands[j + 1].columns.count > 1 && bands[j + 1].y0 - bands[j].y1 <= 0.3 * height
                && fits(run, in: bands[j + 1])
            guard above || below else { i = j + 1; continue }
            let first = above ? i - 1 : i, last = below ? j + 1 : j
            let joined = Band(
                y0: bands[first].y0, y1: bands[first...last].map(\.y1).max() ?? bands[first].y1,
                words: bands[first...last].flatMap(\.words))
            bands.replaceSubrange(first...last, with: [withColumns(joined)])
            i = first + 1
        }
        return bands
    }

    /// Each band of the run lies within one column of `band` (a caption between columns does not).
    func fits(_ run: ArraySlice<Band>, in band: Band) -> Bool {
        run.allSatisfy { spill in
            let range = spill.columns[0]
            return band.columns.filter { $0.x0 < range.x1 && range.x0 < $0.x1 }.count == 1
        }
    }

    /// The first line of `spill` carries on a cell of `above`: the last line above in the same
    /// column had no room left for the first word (or character) of the line below.
    func continues(_ spill: Band, _ above: Band) -> Bool {
        guard let first = Self.physicalLines(spill.words).first, let lead = first.min(by: { $0.x0 < $1.x0 }) else { return false }
        let x0 = lead.x0, x1 = first.map(\.x1).max() ?? lead.x1
        let column = above.words.filter { $0.x0 < x1 && x0 < $0.x1 }
        guard let last = Self.physicalLines(column).last else { return false }
        let right = max(column.map(\.x1).max() ?? x1, x1)
        return (last.map(\.x1).max() ?? 0) + lead.unbreakableWidth > right
    }

    /// Words in lines: a word joins the line its middle falls in; each line left to right.
    static func physicalLines(_ words: [PdfWord]) -> [[PdfWord]] {
        var lines: [(y0: Double, y1: Double, words: [PdfWord])] = []
        for word in words.sorted(by: { $0.y0 < $1.y0 }) {
            if let last = lines.last, last.y0 <= word.centreY, word.centreY <= last.y1 {
                lines[lines.count - 1].words.append(word)
                lines[lines.count - 1].y1 = max(last.y1, word.y1)
            } else {
                lines.append((word.y0, word.y1, [word]))
            }
        }
        return lines.map { $0.words.sorted { $0.x0 < $1.x0 } }
    }

    static func lineText(_ line: [PdfWord]) -> String { line.map(\.text).joined(separator: " ") }

    /// A cell's text: its lines joined, without a space where a wrapped line of ideographs goes on.
    static func cellText(_ words: [PdfWord]) -> String {
        var text = ""
        for line in physicalLines(words) {
            guard let first = line.first else { continue }
            if !text.isEmpty, !(text.unicodeScalars.last.map(PdfWord.isWide) == true && first.startsWide) { text += " " }
            text += lineText(line)
        }
        return text
    }
}
