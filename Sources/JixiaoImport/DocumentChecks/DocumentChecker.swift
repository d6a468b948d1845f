import JixiaoCore

/// Applies the checks of checks.md to a report read from a document. Each check
/// speaks only when its figures are all known: a missing figure means silence.
struct DocumentChecker {
    let structure: DocumentStructure
    let kind: EvaluationKind?
    let facts: ReportFacts

    func run() -> [Finding] {
        var findings: [Finding] = []
        let parts = partSumChecks() + tablePartChecks()
        let choices = figureChoices()
        // A figure rule over figures stated more than once (a budget sentence gives 基本支出 too)
        // gives way to the parts one sentence or table gives for the same total.
        let figures = figureChecks().filter { figure in
            !(figure.check.terms.contains { term in choices.values.contains { $0.contains(term.amount) } }
                && parts.contains { $0.finding.rule == figure.finding.rule && $0.check.total.value == figure.check.total.value })
        }
        findings += figures.map(\.finding)
        // A split the figures already showed wrong (the same total and sum) is one defect, said once.
        findings += parts.filter { part in
            !figures.contains {
                $0.finding.rule == part.finding.rule && $0.check.total.value == part.check.total.value
                    && $0.check.computed == part.check.computed
            }
        }.map(\.finding)
        findings += conflictFindings()
        findings += rateFindings()
        findings += scoreFindings()
        findings += itemFindings()
        findings += templateFindings()
        findings += sectionFindings()
        findings += metaFindings()
        findings += targetFindings()
        findings += numberingFindings()
        return findings.sorted { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
    }

    func figureChecks() -> [(finding: Finding, check: SumCheck)] {
        var amounts: [String: StatedAmount] = [:]
        var lines: [String: Int] = [:]
        for (id, candidates) in facts.amounts {
            guard let first = candidates.first else { continue }
            amounts[id] = first.value
            lines[id] = first.line
        }
        let choices = figureChoices()
        // The total is rounded too (1,274.15 万元 over parts in 元): its last digit is slack as well.
        // Income has kinds besides 财政拨款 and 其他收入 (事业收入, 经营收入…) that a report may
        // leave out: only the two adding up to more than the total is provable.
        return FigureRule.builtIn.compactMap { rule in
            guard let check = rule.check(amounts), check.difference.magnitude > check.tolerance + check.total.precision,
                rule.rule != "sum.income" || check.difference > 0,
                !Self.holdsForSome(rule, amounts, choices)
            else { return nil }
            let line = ([rule.total] + rule.terms.map(\.figure)).compactMap { lines[$0] }.max()
            return (CheckCatalog.finding(rule.rule, CheckMessages.sum(check), line: line), check)
        }
    }

    /// Each figure's different stated values (a budget sentence may give 基本支出 too), at most four.
    func figureChoices() -> [String: [StatedAmount]] {
        facts.amounts.compactMapValues { candidates in
            var values: [StatedAmount] = []
            for candidate in candidates where !values.contains(where: { $0.value == candidate.value.value }) {
                values.append(candidate.value)
            }
            return values.count > 1 && values.count <= 4 ? values : nil
        }
    }

    /// True when some choice among a figure's stated values makes the rule hold: only a sum no
    /// reading of the text makes add up is a provable defect.
    static func holdsForSome(_ rule: FigureRule, _ amounts: [String: StatedAmount], _ choices: [String: [StatedAmount]]) -> Bool {
        let ids = ([rule.total] + rule.terms.map(\.figure)).filter { choices[$0] != nil }
        guard !ids.isEmpty else { return false }
        var picked = amounts
        func search(_ k: Int) -> Bool {
            if k == ids.count {
                return rule.check(picked).map { $0.difference.magnitude <= $0.tolerance + $0.total.precision } ?? false
            }
            for value in choices[ids[k]] ?? [] {
                picked[ids[k]] = value
                if search(k + 1) { return true }
            }
            return false
        }
        return search(0)
    }

    /// A figure stated twice with different values.
    func conflictFindings() -> [Finding] {
        facts.amounts.keys.sorted().flatMap { id -> [Finding] in
            guard let candidates = facts.amounts[id], let trusted = candidates.first else { return [] }
            return candidates.dropFirst().compactMap { other in
                let tolerance = trusted.value.precision + other.value.precision
                guard (other.value.value - trusted.value.value).magnitude >= tolerance else { return nil }
                return CheckCatalog.finding(
                    "figure.conflict",
                    DocumentMessages.conflict(
                        label: trusted.value.label, trusted: trusted, other: other.value.value), line: other.line)
            }
        }
    }

    func rateFindings() -> [Finding] {
        facts.rates.compactMap { rate in
            guard let numerator = rate.numerator, let denominator = rate.denominator else { return nil }
            let check = StatedRateCheck(
                statedPercent: rate.percent, statedPlaces: rate.places,
                numerator: numerator, denominator: denominator)
            guard check.matches == false else { return nil }
            return CheckCatalog.finding(
                "rate.mismatch",
                CheckMessages.rate(
                    name: rate.name, check: check, numeratorText: rate.numeratorText ?? numerator.description,
                    denominatorText: rate.denominatorText ?? denominator.description), line: rate.line)
        }
    }

    func numberingFindings() -> [Finding] {
        structure.numberingBreaks.map {
            CheckCatalog.finding(
                "numbering.sequence", CheckMessages.numbering(found: $0.found, expected: $0.expected, previous: $0.previous), line: $0.line)
        }
    }
}
