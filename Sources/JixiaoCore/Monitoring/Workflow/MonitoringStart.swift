/// How a monitoring round comes about (cycle.md §4): from the declaration in force of a unit and
/// year (or project) at one of the year's monitoring dates. Names, levels, directions, values
/// and units are copied from the declaration, never typed again; the annual budget starts as the
/// declared 资金总额 (else 财政资金).
public enum MonitoringStart {
    /// A new round of `declaration` (stored as `declarationID`) at `asOf`, or why not. `dates` are
    /// the year's monitoring dates set by an administrator; `earlier` the unit's previous round of
    /// the same declaration, whose 累计 choices are kept.
    public static func round(
        from declaration: DeclarationState, declarationID: String, asOf: CalendarDate,
        dates: [CalendarDate], earlier: MonitoringRound? = nil
    ) -> Result<MonitoringRoundState, MonitoringStartRefusal> {
        guard let accepted = declaration.inForce else { return .failure(.notAccepted) }
        if let problem = dateProblem(asOf, fiscalYear: accepted.fiscalYear) { return .failure(.date(problem)) }
        guard dates.contains(asOf) else { return .failure(.date(MonitoringStartText.notScheduled(asOf, dates: dates))) }
        let cumulative = Dictionary(
            (earlier?.targets ?? []).map { ($0.name, $0.cumulative) }, uniquingKeysWith: { first, _ in first })
        let targets = accepted.targets.map { declared in
            MonitoredTarget(
                target: Target(
                    id: declared.id, levels: declared.levels, name: declared.name, direction: declared.direction,
                    targetValue: declared.targetValue, targetText: declared.targetText, unit: declared.unit,
                    maxScore: declared.maxScore),
                cumulative: cumulative[declared.name] ?? false)
        }
        let annual = accepted.funds?.total?.value ?? accepted.funds?.fiscal?.value ?? .zero
        let round = MonitoringRound(
            unit: accepted.unit, fiscalYear: accepted.fiscalYear,
            project: accepted.scope == .project ? accepted.project : nil, asOf: asOf,
            budget: MonitoredBudget(annual: annual, executed: .zero), targets: targets)
        return .success(MonitoringRoundState(unitCode: declaration.unitCode, declarationID: declarationID, round: round))
    }

    /// Why `date` cannot be a monitoring date of `fiscalYear`: not a real day, or outside the year.
    public static func dateProblem(_ date: CalendarDate, fiscalYear: Int) -> String? {
        guard date.isValid else { return MonitoringStartText.invalidDate(date.iso) }
        guard date.year == fiscalYear else { return MonitoringStartText.outsideYear(date, fiscalYear: fiscalYear) }
        return nil
    }

    /// The date `text` (2025-07-31, 2025年7月31日) of `fiscalYear`, or why it cannot be one.
    public static func date(_ text: String, fiscalYear: Int) -> Result<CalendarDate, MonitoringStartRefusal> {
        guard let date = CalendarDate(text.trimmedSpaces) else { return .failure(.date(MonitoringStartText.invalidDate(text))) }
        if let problem = dateProblem(date, fiscalYear: fiscalYear) { return .failure(.date(problem)) }
        return .success(date)
    }

    /// The dates an administrator typed for `fiscalYear` (one a line or separated by commas or
    /// spaces), or the message for the first that cannot be one. At most 12.
    public static func dates(from text: String, fiscalYear: Int) -> Result<[CalendarDate], MonitoringStartRefusal> {
        // "\r\n" is one Character in Swift: a textarea posts its lines with it.
        let separators: Set<Character> = [",", "，", "、", ";", "；", "\n", "\r", "\r\n", " ", "\t"]
        let parts = text.split(whereSeparator: { separators.contains($0) }).map(String.init)
        var out: [CalendarDate] = []
        for part in parts {
            switch date(part, fiscalYear: fiscalYear) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let date): if !out.contains(date) { out.append(date) }
            }
        }
        guard out.count <= 12 else { return .failure(.date(MonitoringStartText.tooMany)) }
        return .success(out.sorted())
    }
}

/// Why a round cannot be started or a date set.
public enum MonitoringStartRefusal: Error, Sendable, Hashable {
    /// The declaration has not been accepted by the finance bureau.
    case notAccepted
    /// The date (the field `asOf` or `dates`) cannot be used.
    case date(String)

    public var message: String {
        switch self {
        case .notAccepted: return MonitoringStartText.notAccepted
        case .date(let message): return message
        }
    }
}
