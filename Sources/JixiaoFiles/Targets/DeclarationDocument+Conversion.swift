import JixiaoCore

extension DeclarationDocument {
    /// The declaration this document describes; problems are appended to `issues`.
    func declaration(issues: inout [ConversionIssue]) -> TargetDeclaration {
        if let kind, kind.trimmedSpaces != "targets" {
            issues.append(.init(path: [.key("kind")], message: DeclarationFileMessages.wrongKind(kind)))
        }
        var scopeValue = DeclarationScope.department
        if let scope {
            if let parsed = DeclarationScope(rawValue: scope.trimmedSpaces)
                ?? DeclarationScope.allCases.first(where: { $0.label == scope.trimmedSpaces })
            {
                scopeValue = parsed
            } else {
                issues.append(
                    .init(
                        path: [.key("scope")],
                        message: FileMessages.unknownValue(
                            scope, allowed: DeclarationScope.allCases.map(\.rawValue))))
            }
        } else {
            issues.append(.init(path: [], message: FileMessages.missingKey("scope")))
        }
        if unit == nil { issues.append(.init(path: [], message: FileMessages.missingKey("unit"))) }
        if let fiscalYear, !(1900...2199).contains(fiscalYear) {
            issues.append(.init(path: [.key("fiscalYear")], message: DeclarationFileMessages.fiscalYear(fiscalYear)))
        } else if fiscalYear == nil {
            issues.append(.init(path: [], message: FileMessages.missingKey("fiscalYear")))
        }
        if scopeValue == .project, (project ?? "").trimmedSpaces.isEmpty {
            issues.append(.init(path: project == nil ? [] : [.key("project")], message: DeclarationFileMessages.projectMissing))
        }
        let rows = (targets ?? []).enumerated().map { index, row in
            row.row(at: [.key("targets"), .index(index)], issues: &issues)
        }
        var previousValues: [PreviousActual] = []
        for (name, text) in previous?.entries ?? [] {
            if let value = TargetDocument.number(text) {
                previousValues.append(PreviousActual(name: name, value: value))
            } else {
                issues.append(.init(path: [.key("previous"), .key(name)], message: DeclarationFileMessages.notPrevious(text)))
            }
        }
        return TargetDeclaration(
            scope: scopeValue, unit: unit?.unit.name ?? "", fiscalYear: fiscalYear ?? 0, project: project,
            projectAttribute: projectAttribute, sector: sector, period: period?.period(issues: &issues),
            funds: funds?.funds(issues: &issues), overallGoal: overallGoal, annualGoal: annualGoal,
            rows: rows, previous: previousValues)
    }
}

extension PeriodDocument {
    /// Both dates, or nil (with an issue for each that is not a date) unless both are given and valid.
    func period(issues: inout [ConversionIssue]) -> DeclarationPeriod? {
        func date(_ text: String?, _ key: String) -> CalendarDate? {
            guard let text else {
                issues.append(.init(path: [.key("period")], message: FileMessages.missingKey("period.\(key)")))
                return nil
            }
            guard let date = CalendarDate(text), date.isValid else {
                issues.append(.init(path: [.key("period"), .key(key)], message: DeclarationFileMessages.notDate(text)))
                return nil
            }
            return date
        }
        let startDate = date(start, "start"), endDate = date(end, "end")
        guard let startDate, let endDate else { return nil }
        return DeclarationPeriod(start: startDate, end: endDate)
    }
}

extension FundsDocument {
    func funds(issues: inout [ConversionIssue]) -> DeclaredFunds {
        func amount(_ text: String?, _ key: String) -> DeclaredAmount? {
            guard let text else { return nil }
            guard let parsed = MoneyParser.parse(text) else {
                issues.append(.init(path: [.key("funds"), .key(key)], message: DeclarationFileMessages.notAmount(text)))
                return nil
            }
            if parsed.wanYuan.isNegative {
                issues.append(.init(path: [.key("funds"), .key(key)], message: DeclarationFileMessages.negativeAmount(text)))
            }
            return DeclaredAmount(
                value: parsed.wanYuan,
                places: max(parsed.writtenPlaces, parsed.wanYuan.significantDecimalPlaces))
        }
        return DeclaredFunds(total: amount(total, "total"), fiscal: amount(fiscal, "fiscal"), other: amount(other, "other"))
    }
}
