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

    /// `nodes[0]` is the root; node `h + 1` is heading `h`.
    private(set) var nodes: [Node]
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
        for h in headings.indices {
            let paragraph = headings[h].paragraph
            while let top = open.last, paragraph >= headings[top].subtreeEnd { open.removeLast() }
            nodes[(open.last ?? -1) + 1].children.append(h + 1)
            open.append(h)
        }
        for item in scores { nodes[(item.heading ?? -1) + 1].items.append(item) }
        for n in nodes.indices {
            guard let h = nodes[n].heading, !nodes[n].items.isEmpty else { continue }
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
