extension DeclarationChecker {
    /// The checks of one row: required parts, placeholder, direction, quantification, % range, regression.
    func rowFindings(_ row: DeclaredRow, index: Int, declaration: TargetDeclaration) -> [Finding] {
        let target = row.target
        var missing: [String] = []
        if target.levels.count < 1 || target.levels[0].trimmedSpaces.isEmpty { missing.append("一级指标") }
        if target.levels.count < 2 || target.levels[1].trimmedSpaces.isEmpty { missing.append("二级指标") }
        if target.name.trimmedSpaces.isEmpty { missing.append("三级指标名称") }
        if !row.directionStated { missing.append("指标性质") }
        let written = target.targetValue != nil || target.targetText != nil
        if !written { missing.append("指标值") }
        let placeholder = target.targetValue == nil && target.targetText.map(rules.isPlaceholder) == true
        let quantitative = row.directionStated && target.direction != .qualitative
        // A unit of `/` or `-` (as tables write "not applicable") is no unit.
        if quantitative, written, !placeholder, rules.isPlaceholder(target.unit ?? ""), dateTarget(row) == nil {
            missing.append("计量单位")
        }
        var findings: [Finding] = []
        if !missing.isEmpty {
            let key = missing == ["计量单位"] ? "unit" : missing == ["指标值"] ? "target" : nil
            findings.append(
                finding(
                    "targets.required",
                    DeclarationMessages.required(row: index, name: target.name, missing: missing),
                    field: Self.field(index, key)))
        }
        if placeholder {
            findings.append(
                finding(
                    "targets.placeholder",
                    DeclarationMessages.placeholder(row: index, name: target.name, text: target.targetText ?? ""),
                    field: Self.field(index, "target")))
        }
        if let direction = directionFinding(row, index: index) { findings.append(direction) }
        guard written, !placeholder else { return findings }
        if let unquantified = unquantifiedFinding(row, index: index) { findings.append(unquantified) }
        findings += rangeFindings(row, index: index)
        if let regression = regressionFinding(row, index: index, previous: declaration.previous) {
            findings.append(regression)
        }
        return findings
    }

    /// `target.direction`: the lexicon of reports, and a lower bound on a row of a cost level.
    func directionFinding(_ row: DeclaredRow, index: Int) -> Finding? {
        let target = row.target
        guard row.directionStated else { return nil }
        if let word = DirectionLexicon.conflict(name: target.name, direction: target.direction) {
            return finding(
                "target.direction",
                CheckMessages.direction(
                    name: target.name, direction: target.direction, word: word,
                    lowerBetter: target.direction.isHigherBetter),
                field: Self.field(index, "direction"))
        }
        if target.direction.isHigherBetter, let level = level(row, in: rules.costLevels) {
            return finding(
                "target.direction", DeclarationMessages.costLevel(name: target.name, level: level, direction: target.direction),
                field: Self.field(index, "direction"))
        }
        return nil
    }

    /// `target.unquantified`: a quantitative level set as 定性, or a bound without a number.
    func unquantifiedFinding(_ row: DeclaredRow, index: Int) -> Finding? {
        let target = row.target
        guard target.targetValue == nil, dateTarget(row) == nil else { return nil }
        let level = level(row, in: rules.quantitativeLevels)
        let missing: String
        if row.directionStated, target.direction == .qualitative {
            guard let level else { return nil }
            missing = DeclarationMessages.qualitativeLevel(level: level)
        } else if row.directionStated || level != nil {
            missing = DeclarationMessages.nonNumeric(text: target.targetText ?? "")
        } else {
            return nil
        }
        return finding(
            "target.unquantified", CheckMessages.unquantified(name: target.name, missing: missing),
            field: Self.field(index, "target"))
    }

    /// `targets.percent-range`: over 100 % in unit %, or a 率 below 0.
    func rangeFindings(_ row: DeclaredRow, index: Int) -> [Finding] {
        let target = row.target
        guard let value = target.targetValue else { return [] }
        var findings: [Finding] = []
        if HalfWidth.fold(target.unit ?? "").trimmedSpaces == "%", value > rules.percentCeiling {
            findings.append(
                finding(
                    "targets.percent-range",
                    DeclarationMessages.percentOver(row: index, name: target.name, value: value, ceiling: rules.percentCeiling),
                    field: Self.field(index, "target")))
        }
        if value.isNegative, target.name.hasScalars("率") {
            findings.append(
                finding(
                    "targets.percent-range", DeclarationMessages.rateNegative(row: index, name: target.name, value: value),
                    field: Self.field(index, "target")))
        }
        return findings
    }

    /// `targets.regression`: a target easier than last year's actual.
    func regressionFinding(_ row: DeclaredRow, index: Int, previous: [PreviousActual]) -> Finding? {
        let target = row.target
        guard let value = target.targetValue, row.directionStated,
            let last = previous.first(where: { LibraryIndicator.key($0.name) == LibraryIndicator.key(target.name) })
        else { return nil }
        let higher = target.direction.isHigherBetter
        guard higher ? value < last.value : (target.direction.isLowerBetter && value > last.value) else { return nil }
        return finding(
            "targets.regression",
            DeclarationMessages.regression(
                row: index, name: target.name, target: value, previous: last.value,
                unit: target.unit, higherBetter: higher),
            field: Self.field(index, "target"))
    }

    /// The date a row's target names (时效: 2025年10月31日前), when it names one.
    func dateTarget(_ row: DeclaredRow) -> CalendarDate? {
        row.target.targetText.flatMap(TargetDate.find)
    }
}
