import JixiaoCore

/// Deterministic generator of varied evaluations for the scoring benchmark
/// (SplitMix64, so runs are comparable).
struct BenchEvaluations {
    private var state: UInt64
    private let leaves: [Indicator]
    /// Per cent of leaves self-scored at their maximum (real reports: most).
    private let fullShare: UInt64

    init(seed: UInt64, framework: Framework, fullShare: Int) {
        state = seed
        self.fullShare = UInt64(Swift.max(0, Swift.min(100, fullShare)))
        func flatten(_ nodes: [Indicator]) -> [Indicator] { nodes.flatMap { $0.children.isEmpty ? [$0] : flatten($0.children) } }
        leaves = flatten(framework.indicators)
    }

    private mutating func random(_ bound: UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) % bound
    }

    /// An amount in 万元 around `base` (±20%), two decimals.
    private mutating func amount(_ base: Int) -> ExactDecimal {
        let cents = Int128(base) * 100 * Int128(80 + random(41)) / 100
        return ExactDecimal(units: cents * 10_000_000)
    }

    mutating func next() -> Evaluation {
        var figures = Figures()
        figures.values = [
            "fiscalIncome": amount(1000), "fiscalIncomeBudget": amount(1000),
            "carryoverEnd": amount(60), "expenditureTotal": amount(1100),
            "specialFundsSpent": amount(300), "specialFundsReceived": amount(310),
            "procurementActual": amount(50), "procurementBudget": amount(52),
            "fixedAssetsInUse": amount(900), "fixedAssetsTotal": amount(1000),
            "staffActual": ExactDecimal(Int(30 + random(10))), "staffAuthorized": 36,
            "publicExpenditure": amount(100), "publicExpenditureBudget": amount(105),
        ]
        if random(20) == 0 { figures.values["staffAuthorized"] = nil }
        var inputs: [String: IndicatorInput] = [:]
        for leaf in leaves {
            var input = IndicatorInput()
            if random(100) < fullShare {
                input.selfScore = leaf.max
            } else {
                // Half points from 0 to half a point above the maximum (an over-max now and then).
                let halfPoints = Int128(random(UInt64(leaf.max.units / 500_000_000) + 2))
                input.selfScore = ExactDecimal(units: halfPoints * 500_000_000)
                if random(4) != 0 { input.note = "部分工作未按计划完成，已制定整改措施" }
            }
            switch leaf.rule {
            case .checklist(let items)?: input.checked = items.filter { _ in random(4) != 0 }.map(\.name)
            case .deductions?: input.breaches = Int(random(3))
            case .qualitative?: input.outcome = [.achieved, .partlyAchieved, .notAchieved][Int(random(3))]
            default: break
            }
            if random(50) == 0 { input.notApplicable = true }
            inputs[leaf.id] = input
        }
        return Evaluation(kind: .departmentWide, unit: Unit(name: "基准单位"), fiscalYear: 2023,
                          frameworkID: "bench-county-department", figures: figures, indicators: inputs)
    }
}
