import JixiaoCore

/// Applies the checks of checks.md to a report read from a document. Each check
/// speaks only when its figures are all known: a missing figure means silence.
struct DocumentChecker {
    let structure: DocumentStructure
    let kind: EvaluationKind?
    let facts: ReportFacts

    func run() -> [Finding] {
        var findings: [Finding] = []
        let figures = figureChecks()
        findings += figures.map(\.finding)
        // A split the figures already showed wrong (the same total and sum) is one defect, said once.
        findings += (partSumChecks() + tablePartChecks()).filter { part in
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
        // The total is rounded too (1,274.15 万元 over parts in 元): its last digit is slack as well.
        // Income has kinds besides 财政拨款 and 其他收入 (事业收入, 经营收入…) that a report may
        // leave out: only the two adding up to more than the total is provable.
        return FigureRule.builtIn.compactMap { rule in
            guard let check = rule.check(amounts), check.difference.magnitude > check.tolerance + check.total.precision,
                rule.rule != "sum.income" || check.difference > 0
            else { return nil }
            let line = ([rule.total] + rule.terms.map(\.figure)).compactMap { lines[$0] }.max()
            return (CheckCatalog.finding(rule.rule, CheckMessages.sum(check), line: line), check)
        }
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
