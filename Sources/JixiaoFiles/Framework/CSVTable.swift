/// A minimal RFC 4180 reader: commas, double-quoted cells with "" escapes and line breaks,
/// CRLF or LF. Each record keeps the 1-based line it starts on.
enum CSVTable {
    struct Record {
        var line: Int
        var cells: [String]

        /// The trimmed cell at `index`, or "" past the end.
        subscript(_ index: Int?) -> String {
            guard let index, cells.indices.contains(index) else { return "" }
            return cells[index].trimmedCell
        }

        var isBlank: Bool { cells.allSatisfy { $0.trimmedCell.isEmpty } }
    }

    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            cells.append(cell)
            records.append(Record(line: recordLine, cells: cells))
            cells = []
            cell = ""
        }
        while let ch = pending ?? characters.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    let next = characters.next()
                    if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                } else {
                    if ch == "\n" || ch == "\r\n" { line += 1 }
                    cell.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where cell.isEmpty: quoted = true
            case ",": cells.append(cell); cell = ""
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default: cell.append(ch)
            }
        }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        return records
    }
}

extension String {
    /// The cell without surrounding spaces (incl. full-width) and stray line breaks.
    var trimmedCell: String { trimmedSpaces.replacingOccurrences(of: "\r\n", with: "\n") }
}
