import JixiaoCore

extension DocumentChecker {
    /// target.direction, target.unquantified, and targets exceeded by 30 % or more
    /// without a reason (deviation.missing).
    func targetFindings() -> [Finding] {
        var findings: [Finding] = []
        for target in facts.targets {
            if let direction = target.direction, let word = DirectionLexicon.conflict(name: target.name, direction: direction) {
                findings.append(
                    CheckCatalog.finding(
                        "target.direction",
                        CheckMessages.direction(
                            name: target.name, direction: direction, word: word, lowerBetter: direction.isHigherBetter), line: target.line))
            }
            if target.direction != .qualitative {
                var missing: [String] = []
                if target.value == nil { missing.append("指标值") }
                if target.unit == nil { missing.append("度量单位") }
                if !missing.isEmpty {
                    findings.append(
                        CheckCatalog.finding(
                            "target.unquantified",
                            CheckMessages.unquantified(
                                name: target.name, missing: missing.joined(separator: "和")), line: target.line))
                }
            }
            if target.direction?.isHigherBetter == true, let goal = target.value, !goal.isZero, let actual = target.actual,
                (target.note ?? "").trimmedSpaces.isEmpty, let percent = (actual * .hundred).divided(by: goal), percent >= 130
            {
                findings.append(
                    CheckCatalog.finding(
                        "deviation.missing",
                        CheckMessages.deviationExceeded(
                            name: target.name, actual: actual, target: goal, percent: percent), line: target.line))
            }
        }
        return findings
    }
}
