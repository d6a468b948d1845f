extension FrameworkValidator {
    struct RuleProblem {
        var severity: FrameworkIssue.Severity
        var message: String
    }

    /// Problems with the parameters of one leaf's rule.
    func ruleProblems(_ rule: ScoringRule, max: ExactDecimal) -> [RuleProblem] {
        switch rule {
        case .proportional(let direction, _, _):
            return direction == .qualitative ? [RuleProblem(severity: .error, message: FrameworkMessages.qualitativeTarget)] : []
        case .thresholdStep(_, let side, let deduct, let per, _):
            var problems: [RuleProblem] = []
            if side == .qualitative { problems.append(.init(severity: .error, message: FrameworkMessages.qualitativeSide)) }
            if per <= .zero { problems.append(.init(severity: .error, message: FrameworkMessages.nonPositiveStep)) }
            if deduct.isNegative { problems.append(.init(severity: .error, message: FrameworkMessages.negativeDeduct)) }
            return problems
        case .bands(let bands):
            return bandProblems(bands, max: max)
        case .checklist(let items):
            if items.isEmpty { return [.init(severity: .error, message: FrameworkMessages.noChecklistItems)] }
            let sum = items.reduce(ExactDecimal.zero) { $0 + $1.points }
            return sum == max ? [] : [.init(severity: .error, message: FrameworkMessages.checklistSum(sum, max: max))]
        case .deductions(let perBreach):
            return perBreach > .zero ? [] : [.init(severity: .error, message: FrameworkMessages.nonPositiveBreach)]
        case .qualitative, .manual:
            return []
        }
    }
}
