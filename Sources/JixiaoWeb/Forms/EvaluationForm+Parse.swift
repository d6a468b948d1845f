import JixiaoCore

extension EvaluationForm {
    /// The result of reading a form: the evaluation, and per-field messages for
    /// entries that are not numbers where numbers are needed.
    struct Parsed {
        var evaluation: Evaluation
        var errors: [String: String]
    }

    /// Applies the form onto `base` (which keeps what the form does not show).
    func parse(onto base: Evaluation) -> Parsed {
        var e = base
        var errors: [String: String] = [:]
        e.filing = Filing(
            filedBy: nonEmpty(.filing(.filedBy)), phone: nonEmpty(.filing(.phone)),
            filedOn: nonEmpty(.filing(.filedOn)))
        if let name = nonEmpty(.projectName) { e.project = ProjectInfo(name: name) }
        e.statedTotal = number(.statedTotal, &errors)
        var figures = Figures()
        for (key, _) in fields {
            guard case .figure(let id)? = FieldPath(key) else { continue }
            if let value = figure(id, key: key, &errors) { figures.values[id] = value }
        }
        e.figures = figures
        e.targets = (0..<targetRows).compactMap { target(at: $0, base: base.targets, &errors) }
        e.narrative = e.narrative.map { section in
            var s = section
            if let text = fields[FieldPath.narrative(section.key).text] { s.text = text.trimmedSpaces }
            return s
        }
        // Sections of the kind that the evaluation did not have yet, once written.
        for var section in NarrativeTemplate.missing(in: e) {
            guard let text = nonEmpty(.narrative(section.key)) else { continue }
            section.text = text
            e.narrative.append(section)
        }
        for (key, _) in fields {
            guard case .indicator(let id, .selfScore)? = FieldPath(key) else { continue }
            var input = e.indicators[id] ?? IndicatorInput()
            input.selfScore = number(.indicator(id, .selfScore), &errors)
            input.note = nonEmpty(.indicator(id, .note))
            readRuleInputs(id, into: &input, &errors)
            e.indicators[id] = input
        }
        return Parsed(evaluation: e, errors: errors)
    }

    private func nonEmpty(_ path: FieldPath) -> String? { nonEmpty(path.text) }

    private func nonEmpty(_ name: String) -> String? {
        let text = self[name].trimmedSpaces
        return text.isEmpty ? nil : text
    }

    private func number(_ path: FieldPath, _ errors: inout [String: String]) -> ExactDecimal? {
        guard let text = nonEmpty(path) else { return nil }
        guard let value = MoneyParser.parseNumber(text)?.value else {
            errors[path.text] = "“\(text)”\(WebText.numberInvalid)"
            return nil
        }
        return value
    }

    /// A figure as its kind reads it (`NumberFormat.parseInput`): money with 元/万元/亿元,
    /// a rate field labelled （%） in percent (96 and 96% are both 96%, stored as 0.96).
    private func figure(_ id: String, key: String, _ errors: inout [String: String]) -> ExactDecimal? {
        guard let text = nonEmpty(key) else { return nil }
        if let value = NumberFormat.parseInput(text, FigureCatalog.kind(id)) { return value }
        errors[key] = "“\(text)”\(WebText.numberInvalid)"
        return nil
    }

    /// A target's number as typed: `3000`, `1,280.5`, or `95%` (95, the unit being %).
    static func targetNumber(_ text: String) -> ExactDecimal? {
        let folded = HalfWidth.fold(text).trimmedSpaces
        return MoneyParser.parseNumber(isPercent(folded) ? String(folded.dropLast()) : folded)?.value
    }

    static func isPercent(_ text: String) -> Bool { HalfWidth.fold(text).trimmedSpaces.hasSuffix("%") }

    private func target(at i: Int, base: [Target], _ errors: inout [String: String]) -> Target? {
        guard let name = nonEmpty(.target(i, .name)) else { return nil }
        let direction = Direction(symbol: self[path: .target(i, .direction)]) ?? .atLeast
        let value = nonEmpty(.target(i, .target)), actual = nonEmpty(.target(i, .actual))
        // 95% typed as a target or an outcome is 95 in the unit %, as the 度量单位 column says.
        let targetNumber = value.flatMap(Self.targetNumber), actualNumber = actual.flatMap(Self.targetNumber)
        let percent = [value, actual].contains { $0.map(Self.isPercent) == true }
        let levels = self[path: .target(i, .levels)].split(whereSeparator: { $0 == "/" || $0 == "／" })
            .map { String($0).trimmedSpaces }.filter { !$0.isEmpty }
        let previous = base.indices.contains(i) && base[i].name == name ? base[i] : nil
        return Target(
            id: previous?.id ?? "t\(i + 1)", levels: levels, name: name, direction: direction,
            targetValue: direction == .qualitative ? nil : targetNumber,
            targetText: targetNumber == nil || direction == .qualitative ? value : nil,
            unit: nonEmpty(.target(i, .unit)) ?? (percent ? "%" : nil),
            actualValue: direction == .qualitative ? nil : actualNumber,
            actualText: actualNumber == nil || direction == .qualitative ? actual : nil,
            maxScore: number(.target(i, .maxScore), &errors), outcome: previous?.outcome,
            deviationNote: nonEmpty(.target(i, .deviationNote)))
    }
}
