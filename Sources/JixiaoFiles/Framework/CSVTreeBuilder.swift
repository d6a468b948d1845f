import JixiaoCore

/// Builds the indicator tree row by row; a blank name cell continues the indicator above it.
struct CSVTreeBuilder {
    let file: String
    let columns: CSVColumns
    private(set) var problems: [FileProblem] = []
    private(set) var lines: [[Int]: Int] = [:]
    private var roots: [Indicator] = []
    /// Index path of the indicator opened last at each depth.
    private var current: [Int] = []
    private var maxMissing: Set<[Int]> = []

    init(file: String, columns: CSVColumns) {
        self.file = file
        self.columns = columns
    }

    mutating func add(_ record: CSVTable.Record) {
        var deepest: [Int]? = nil
        for level in 0..<3 {
            let name = record[columns.names[level]]
            let maxText = record[columns.maxima[level]]
            guard !name.isEmpty else {
                if !maxText.isEmpty { problem(record.line, CSVMessages.maxWithoutName(level: level)) }
                continue
            }
            if level > 0 && current.isEmpty {
                problem(record.line, CSVMessages.orphan(name, level: level))
                return
            }
            var max = ExactDecimal.zero
            if maxText.isEmpty {
                // Filled from the children, or reported for a leaf, when the table is complete.
            } else if let parsed = NumberText.parse(maxText, percent: false) {
                max = parsed
            } else {
                problem(record.line, CSVMessages.badMax(maxText, level: level))
            }
            let parent = Array(current.prefix(level))
            let path = insert(Indicator(name: name, max: max), under: parent)
            if maxText.isEmpty { maxMissing.insert(path) }
            lines[path] = record.line
            current = path
            deepest = path
        }
        let criteria = record[columns.criteria], note = record[columns.note], formula = record[columns.formula]
        guard let target = deepest ?? (current.isEmpty ? nil : current) else {
            if !criteria.isEmpty { problem(record.line, CSVMessages.rowWithoutIndicator) }
            return
        }
        modify(target, in: &roots) { indicator in
            if !criteria.isEmpty {
                indicator.criteria = [indicator.criteria, criteria].compactMap { $0 }.joined(separator: "\n")
            }
            if !note.isEmpty { indicator.note = [indicator.note, note].compactMap { $0 }.joined(separator: "\n") }
            if !formula.isEmpty { indicator.value = formula }
        }
    }

    /// The finished tree: leaves scored `manual` (or by a recognised threshold rule), headings
    /// without a 分值 given the sum of their children.
    var indicators: [Indicator] { roots.enumerated().map { finish($1, path: [$0]) } }

    private func finish(_ indicator: Indicator, path: [Int]) -> Indicator {
        var result = indicator
        result.children = indicator.children.enumerated().map { finish($1, path: path + [$0]) }
        if result.children.isEmpty {
            result.rule = .manual
            // A recognised 评分标准 with a known value becomes a real rule; anything else stays manual.
            if let value = result.value ?? CommonIndicatorFormulas.formula(for: result.name),
                let rule = result.criteria.flatMap(CriteriaPattern.rule(from:))
            {
                result.value = value
                result.rule = rule
            }
        } else if maxMissing.contains(path) {
            result.max = result.children.reduce(ExactDecimal.zero) { $0 + $1.max }
        }
        return result
    }

    var leafMaxProblems: [FileProblem] {
        maxMissing.filter { !$0.isEmpty }.compactMap { path -> FileProblem? in
            guard let node = node(at: path), node.children.isEmpty else { return nil }
            return FileProblem(file: file, line: lines[path], message: CSVMessages.missingMax(node.name, level: path.count - 1))
        }.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(FileProblem(file: file, line: line, message: message))
    }

    private mutating func insert(_ indicator: Indicator, under parent: [Int]) -> [Int] {
        if parent.isEmpty {
            roots.append(indicator)
            return [roots.count - 1]
        }
        var index = 0
        modify(parent, in: &roots) { node in
            node.children.append(indicator)
            index = node.children.count - 1
        }
        return parent + [index]
    }

    private func node(at path: [Int]) -> Indicator? {
        guard let first = path.first, roots.indices.contains(first) else { return nil }
        var node = roots[first]
        for index in path.dropFirst() {
            guard node.children.indices.contains(index) else { return nil }
            node = node.children[index]
        }
        return node
    }

    private func modify(_ path: [Int], in list: inout [Indicator], _ body: (inout Indicator) -> Void) {
        guard let first = path.first, list.indices.contains(first) else { return }
        if path.count == 1 { body(&list[first]) } else { modify(Array(path.dropFirst()), in: &list[first].children, body) }
    }
}
