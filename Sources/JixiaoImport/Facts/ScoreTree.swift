import JixiaoCore

/// The scores of a report as levels: each heading with the maximum its title states and
/// its own score (a subtotal), the items and headings under it. Sums are compared within
/// a level, so a subtotal is never added to its own items.
struct ScoreTree {
    struct Node {
        /// Index into `DocumentStructure.headings`; nil for the root (the whole report).
        var heading: Int?
        var max: ExactDecimal?
        /// The heading's own score (a subtotal): the one score its own paragraph states
        /// (（一）投入（20分），得18分), when scores under it follow.
        var score: ScoreItem?
        /// Scores directly under the heading that are items, not its own score.
        var items: [ScoreItem] = []
        /// Node indices of the headings directly under it.
        var children: [Int] = []
    }

    /// A table row heading the rows merged under it, with its parts (their own groups count by their score).
    struct Group {
        var item: ScoreItem
        var parts: [ScoreItem]
    }

    /// `nodes[0]` is the root; node `h + 1` is heading `h`.
    private(set) var nodes: [Node]
    /// The group rows of score tables; a node's items keep only the rows no group holds.
    private(set) var groups: [Group] = []
    /// Each node's contribution and first paragraph, worked out once from the leaves up
    /// (a heading's node comes after its parent's, so in reverse order children come first).
    private var contributions: [ExactDecimal?] = []
    private var firstParagraphs: [Int] = []

    init(structure: DocumentStructure, scores: [ScoreItem]) {
        let headings = structure.headings
        // Built in place: joining two arrays of nodes copied every node once more.
        nodes = [Node(heading: nil)]
        nodes.reserveCapacity(headings.count + 1)
        for h in headings.indices { nodes.append(Node(heading: h, max: DocumentChecker.statedMax(structure.titleScalars[h]))) }
        var open: [Int] = []
        var parents = [Int](repeating: 0, count: headings.count + 1)
        for h in headings.indices {
            let paragraph = headings[h].paragraph
            while let top = open.last, paragraph >= headings[top].subtreeEnd { open.removeLast() }
            parents[h + 1] = (open.last ?? -1) + 1
            nodes[parents[h + 1]].children.append(h + 1)
            open.append(h)
        }
        for item in scores {
            let n = (item.heading ?? -1) + 1
            // 小计得18分 after a heading's last item is the heading's own score, not an item of that last one.
            if !item.fromTable, n > 0, Self.isSubtotal(item) {
                let owner = nodes[n].children.isEmpty && parents[n] > 0 ? parents[n] : n
                if nodes[owner].score == nil, headings[nodes[owner].heading ?? 0].paragraph != item.paragraph {
                    nodes[owner].score = item
                    continue
                }
            }
            nodes[n].items.append(item)
        }
        if scores.contains(where: { $0.tablePath != nil }) {
            for n in nodes.indices where nodes[n].items.contains(where: { $0.tablePath != nil }) {
                nodes[n].items = Self.fold(nodes[n].items, into: &groups)
            }
        }
        for n in nodes.indices {
            guard let h = nodes[n].heading, !nodes[n].items.isEmpty, nodes[n].score == nil else { continue }
            let own = nodes[n].items.indices.filter { nodes[n].items[$0].paragraph == headings[h].paragraph }
            guard own.count == 1, !nodes[n].children.isEmpty || nodes[n].items.count >= 2 else { continue }
            nodes[n].score = nodes[n].items.remove(at: own[0])
        }
        contributions = Array(repeating: nil, count: nodes.count)
        firstParagraphs = Array(repeating: 0, count: nodes.count)
        // Fields read in place: copying a node copies its scores (names, context texts).
        for n in nodes.indices.reversed() {
            firstParagraphs[n] =
                nodes[n].score?.paragraph ?? nodes[n].items.first?.paragraph
                ?? nodes[n].children.first.map { firstParagraphs[$0] } ?? 0
            if let score = nodes[n].score?.score { contributions[n] = score; continue }
            // No parts (most headings): no contribution, and no arrays built to find that out.
            if nodes[n].items.isEmpty, nodes[n].children.allSatisfy({ contributions[$0] == nil }) { continue }
            let parts = self.parts(n)
            contributions[n] = parts.isEmpty ? nil : parts.reduce(ExactDecimal.zero, +)
        }
    }

    static let subtotalWords = ["小计", "合计"]

    /// A score stated in a short paragraph of its own whose opening names a 小计 or 合计
    /// (小计得18分, 决策类指标合计得18分).
    static func isSubtotal(_ item: ScoreItem) -> Bool {
        let text = item.context.trimmedSpaces
        guard text.count <= 40 else { return false }
        let opening = String(text.prefix(12))
        return subtotalWords.contains { opening.contains($0) }
    }

    /// Table rows as levels: a row whose next rows name nothing at its level or left of it
    /// (merged cells) or repeat its cells there, and whose maxima add up to its own, holds
    /// them as its parts; other rows are items.
    /// Returns the rows of the top level, and adds each row that holds parts to `groups`.
    static func fold(_ items: [ScoreItem], into groups: inout [Group]) -> [ScoreItem] {
        var top: [ScoreItem] = []
        var open: [Group] = []
        // A row heads the rows under it only when their maxima make its own (决策 20 = 10 + 10):
        // a leaf set higher in the tree (预算执行率 | | | 10) with the next group's rows below it,
        // their first cells blank as a PDF leaves merged cells, stays a leaf beside them.
        func close() {
            let last = open.removeLast()
            let maxima = last.parts.compactMap(\.max)
            let isGroup =
                !last.parts.isEmpty && maxima.count == last.parts.count && last.item.max == maxima.reduce(ExactDecimal.zero, +)
            if isGroup { groups.append(last) }
            let members = isGroup ? [last.item] : [last.item] + last.parts
            if open.isEmpty { top += members } else { open[open.count - 1].parts += members }
        }
        for item in items {
            guard let path = item.tablePath else {
                while !open.isEmpty { close() }
                top.append(item)
                continue
            }
            while let last = open.last, !holds(last.item, path, after: item.paragraph) { close() }
            open.append(Group(item: item, parts: []))
        }
        while !open.isEmpty { close() }
        return top
    }

    /// True when the row of `path` (at paragraph `p`) sits under `group`'s row: deeper, in the
    /// same table run, and blank or the same as the group's row in the group's cells.
    static func holds(_ group: ScoreItem, _ path: [String], after p: Int) -> Bool {
        guard let own = group.tablePath, path.count > own.count, p > group.paragraph else { return false }
        return own.indices.allSatisfy { path[$0].isEmpty || path[$0] == own[$0] }
    }

    /// The level compared with the total: the first below the root that has more than
    /// one part (a score section under one heading, 三、自评得分情况, is passed through).
    var topLevel: Int {
        var n = 0
        while nodes[n].score == nil, nodes[n].items.isEmpty {
            let scored = nodes[n].children.filter { contribution($0) != nil }
            guard scored.count == 1, nodes[scored[0]].score == nil else { break }
            n = scored[0]
        }
        return n
    }

    /// What a node adds to the level above: its own score when stated, else the sum of its parts.
    func contribution(_ n: Int) -> ExactDecimal? { contributions[n] }

    /// The scores one level below a node: its headings' contributions and its items, in order.
    func parts(_ n: Int) -> [ExactDecimal] {
        var parts: [(paragraph: Int, value: ExactDecimal)] = nodes[n].items.map { ($0.paragraph, $0.score) }
        for child in nodes[n].children {
            guard let value = contributions[child] else { continue }
            parts.append((firstParagraphs[child], value))
        }
        return parts.sorted { $0.paragraph < $1.paragraph }.map(\.value)
    }
}
