extension Scorer {
    /// A `fromTargets` heading: its leaves are the evaluation's targets whose first
    /// level names it, grouped by their second level; maxima from `Target.maxScore`,
    /// the rest of the heading's maximum split evenly among targets without one.
    func scoreTargetHeading(_ node: CompiledIndicator, _ run: inout ScoringRun) {
        let level = node.facts.level
        // With their rows: findings point at the row's inputs (`targets.3.actual`).
        let rows = run.targets.indices.filter { Self.sameHeading(run.targets[$0].levels.first, node.name) }
        let targets = rows.map { run.targets[$0] }
        guard !targets.isEmpty else {
            // At the first empty row of the editor, where a target is added.
            run.findings.append(
                ScoringFinding.figureMissing(
                    ScoringMessages.noTargetsFinding(node.name),
                    field: FieldPath.target(run.targets.count, .name).text))
            run.tree.append(
                ScoredRecord(facts: node.factsIndex, end: Int32(run.tree.count + 1)),
                explanation: ScoringMessages.noTargets)
            return
        }
        let maxima = Self.split(node.max, among: targets)
        // Targets without a second level sit directly under the heading; the others
        // under a group heading placed where its first target appears. Scored in
        // their order (the findings follow it), then placed.
        var order: [String?] = []
        var direct: [PendingRecord] = []
        var groups: [String: [PendingRecord]] = [:]
        for ((row, target), max) in zip(zip(rows, targets), maxima) {
            let group = target.levels.count > 1 && !target.levels[1].isEmpty ? target.levels[1] : nil
            let leaf = scoreTarget(target, row: row, max: max, level: group == nil ? level + 1 : level + 2, &run)
            if let group {
                if groups[group] == nil { order.append(group) }
                groups[group, default: []].append(leaf)
            } else {
                order.append(nil)
                direct.append(leaf)
            }
        }
        let start = run.open(node.factsIndex)
        var nextDirect = direct.makeIterator()
        for entry in order {
            guard let group = entry, let leaves = groups[group] else {
                if let leaf = nextDirect.next() { run.append(leaf) }
                continue
            }
            let max = leaves.reduce(ExactDecimal.zero) { $0 + $1.facts.max }
            let facts = NodeFacts(id: node.id + "/" + group, name: group, level: level + 1, max: max, ruleKind: nil)
            let groupStart = run.open(run.tree.add(facts))
            for leaf in leaves { run.append(leaf) }
            run.closeHeading(groupStart)
        }
        run.closeHeading(start)
    }

    /// 产出指标 matches 产出指标 and 产出.
    static func sameHeading(_ level: String?, _ heading: String) -> Bool {
        guard let level else { return false }
        func core(_ text: String) -> Substring {
            let trimmed = Substring(text.trimmedSpaces)
            return trimmed.hasSuffix("指标") ? trimmed.dropLast(2) : trimmed
        }
        return level == heading || core(level) == core(heading)
    }

    /// Each target's maximum: its own, else an even share (to 0.01, the last one
    /// taking the remainder) of what the stated ones leave of `total`.
    static func split(_ total: ExactDecimal, among targets: [Target]) -> [ExactDecimal] {
        let stated = targets.reduce(ExactDecimal.zero) { $0 + ($1.maxScore ?? .zero) }
        let open = targets.filter { $0.maxScore == nil }.count
        guard open > 0 else { return targets.map { $0.maxScore ?? .zero } }
        let remaining = Swift.max(.zero, total - stated)
        let share = ExactDecimal(
            units: (remaining.divided(by: ExactDecimal(open)) ?? .zero).units
                / 10_000_000 * 10_000_000)
        var seen = 0
        return targets.map { target in
            if let max = target.maxScore { return max }
            seen += 1
            return seen == open ? remaining - share * ExactDecimal(open - 1) : share
        }
    }
}
