/// Applies the checks of `checks.md` to a structured `Evaluation` and returns
/// findings that point at fields (`FieldPath`: `figures.expenditureTotal`, `filing.phone`,
/// `targets.0.direction`, `narrative.problems`).
///
/// Framework-dependent checks (score.over-max, score.unsupported, deviation of
/// scored leaves) belong to the scoring engine; this checker covers what the
/// evaluation alone decides.
public enum EvaluationChecker {
    /// Every finding for `evaluation`, in a stable order.
    public static func check(_ evaluation: Evaluation) -> [Finding] {
        var findings = figureFindings(evaluation)
        findings += SignCheck.findings(evaluation)
        findings += metaFindings(evaluation)
        findings += targetFindings(evaluation)
        findings += sectionFindings(evaluation)
        findings += templateFindings(evaluation)
        return findings
    }

    /// Narrative sections that still hold the template's guidance.
    static func templateFindings(_ evaluation: Evaluation) -> [Finding] {
        evaluation.narrative.compactMap { section in
            guard TemplateGuidance.match(section.text) != nil else { return nil }
            return CheckCatalog.finding(
                "template.unfilled", CheckMessages.templateUnfilled(section: section.title),
                path: .narrative(section.key))
        }
    }

    static func figureFindings(_ evaluation: Evaluation) -> [Finding] {
        var amounts: [String: StatedAmount] = [:]
        for (id, value) in evaluation.figures {
            amounts[id] = StatedAmount(label: FigureCatalog.label(id), value: value)
        }
        return FigureRule.findings(amounts) { FindingLocation(path: .figure($0.total)) }
    }

    static func metaFindings(_ evaluation: Evaluation) -> [Finding] {
        var findings: [Finding] = []
        var missing: [String] = []
        // The finding points at the first empty input (the unit's name is not one the filer types).
        var first: FieldPath?
        if evaluation.unit.name.trimmedSpaces.isEmpty { missing.append("单位名称") }
        let parts: [(FieldPath.FilingPart, String?, String)] = [
            (.filedBy, evaluation.filing.filedBy, "填报人"), (.phone, evaluation.filing.phone, "联系电话"),
            (.filedOn, evaluation.filing.filedOn, "填报日期"),
        ]
        for (part, value, label) in parts where (value ?? "").trimmedSpaces.isEmpty {
            missing.append(label)
            if first == nil { first = .filing(part) }
        }
        if !missing.isEmpty {
            findings.append(
                CheckCatalog.finding(
                    "meta.missing", CheckMessages.metaMissing(missing),
                    path: first ?? .filing(.filedBy)))
        }
        if let phone = evaluation.filing.phone, !phone.trimmedSpaces.isEmpty, !PhoneNumber.isValid(phone) {
            findings.append(CheckCatalog.finding("meta.phone", CheckMessages.phone(phone), path: .filing(.phone)))
        }
        if let text = evaluation.filing.filedOn, !text.trimmedSpaces.isEmpty {
            if let date = CalendarDate(text), date.isValid {
                if !date.isAfterEnd(ofFiscalYear: evaluation.fiscalYear) {
                    findings.append(
                        CheckCatalog.finding(
                            "meta.date", CheckMessages.earlyFilingDate(date, fiscalYear: evaluation.fiscalYear),
                            path: .filing(.filedOn)))
                }
            } else {
                findings.append(CheckCatalog.finding("meta.date", CheckMessages.impossibleDate(text), path: .filing(.filedOn)))
            }
        }
        return findings
    }

    static func targetFindings(_ evaluation: Evaluation) -> [Finding] {
        var findings: [Finding] = []
        for (row, target) in evaluation.targets.enumerated() {
            if let word = DirectionLexicon.conflict(name: target.name, direction: target.direction) {
                findings.append(
                    CheckCatalog.finding(
                        "target.direction",
                        CheckMessages.direction(
                            name: target.name, direction: target.direction, word: word,
                            lowerBetter: target.direction.isHigherBetter),
                        path: .target(row, .direction)))
            }
            if target.direction != .qualitative {
                var missing: [String] = []
                if target.targetValue == nil { missing.append("年度指标值") }
                if (target.unit ?? "").trimmedSpaces.isEmpty { missing.append("度量单位") }
                if !missing.isEmpty {
                    findings.append(
                        CheckCatalog.finding(
                            "target.unquantified", CheckMessages.unquantified(name: target.name, missing: missing.joined(separator: "和")),
                            path: .target(row, target.targetValue == nil ? .target : .unit)))
                }
            }
            if let finding = exceededWithoutReason(target, row: row) { findings.append(finding) }
        }
        return findings
    }

    static func exceededWithoutReason(_ target: Target, row: Int) -> Finding? {
        guard target.direction.isHigherBetter, let goal = target.targetValue, !goal.isZero,
            let actual = target.actualValue, (target.deviationNote ?? "").trimmedSpaces.isEmpty,
            let percent = (actual * .hundred).divided(by: goal), percent >= 130
        else { return nil }
        return CheckCatalog.finding(
            "deviation.missing",
            CheckMessages.deviationExceeded(name: target.name, actual: actual, target: goal, percent: percent),
            path: .target(row, .deviationNote))
    }

    /// Required sections of the report catalogue (`ReportSection`) without text. A
    /// project's 年度总体目标 and 实际完成情况 may also be given in its header fields.
    static func sectionFindings(_ evaluation: Evaluation) -> [Finding] {
        ReportSection.required(for: evaluation.kind).compactMap { required in
            let sections = evaluation.narrative.filter(required.holds)
            if sections.contains(where: { !$0.text.trimmedSpaces.isEmpty }) { return nil }
            if evaluation.kind == .project, let project = evaluation.project {
                let header =
                    required.key == "overallGoal"
                    ? project.overallGoal
                    : required.key == "overallOutcome" ? project.overallOutcome : nil
                if let header, !header.trimmedSpaces.isEmpty { return nil }
            }
            let message =
                sections.isEmpty
                ? CheckMessages.sectionMissing(section: required.heading)
                : CheckMessages.sectionEmpty(section: required.heading)
            return CheckCatalog.finding("section.missing", message, path: .narrative(required.key))
        }
    }
}
