/// A budget execution export as its rows of cell texts, before any meaning is read into
/// them: what `JixiaoFiles` makes of a CSV and `JixiaoImport` of a workbook's first sheet.
public struct ExecutionSheet: Sendable, Hashable {
    /// One row: its number as the user sees it (the CSV line, the sheet's row) and its cells.
    public struct Row: Sendable, Hashable {
        public var number: Int
        public var cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell at `index` without surrounding spaces, "" past the end.
        public subscript(_ index: Int?) -> String {
            guard let index, cells.indices.contains(index) else { return "" }
            return cells[index].trimmedSpaces
        }

        var isBlank: Bool { cells.allSatisfy { $0.trimmedSpaces.isEmpty } }
    }

    /// The file's name as uploaded, for messages.
    public var file: String
    public var rows: [Row]

    public init(file: String, rows: [Row]) {
        self.file = file
        self.rows = rows
    }
}
