import JixiaoCore

/// Generates varied evaluations for a framework: figures around plausible county values and
/// self-scores spread over each leaf's range, deterministically from a seed (SplitMix64).
struct BenchEvaluationGenerator {
    let framework: Framework
    let leaves: [Indicator]
    private var state: UInt64
    private var serial = 0

    init(framework: Framework, seed: UInt64) {
        self.framework = framework
        leaves = framework.indicators.flatMap(\.leaves)
        state = seed
    }

    private mutating func random(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    /// An amount in 万元 with two decimals between `low` and `low + span`.
    private mutating func amount(_ low: Int, _ span: Int) -> ExactDecimal {
        ExactDecimal(significand: Int128(low * 100 + random(span * 100)), decimalPlaces: 2)
    }

    mutating func next() -> Evaluation {
        serial += 1
        let budget = amount(200, 2000)
        let carryover = random(3) == 0 ? amount(0, 200) : .zero
        let authorized = 8 + random(30)
        var figures = Figures()
        figures["budgetAdjusted"] = budget
        figures["fiscalIncomeBudget"] = budget
        figures["fiscalIncome"] = budget - (random(4) == 0 ? amount(0, 20) : .zero)
        figures["carryoverEnd"] = carryover
        figures["staffAuthorized"] = ExactDecimal(authorized)
        figures["staffActual"] = ExactDecimal(authorized - 3 + random(5))
        figures["fixedAssetsTotal"] = amount(50, 500)
        figures["fixedAssetsInUse"] = (figures["fixedAssetsTotal"] ?? .zero) - amount(0, 40)
        figures["publicExpenditureBudget"] = amount(20, 80)
        figures["publicExpenditure"] = (figures["publicExpenditureBudget"] ?? .zero) - amount(0, 10) + amount(0, 5)
        figures["keyTasksAssigned"] = ExactDecimal(1 + random(6))
        figures["keyTasksDone"] = ExactDecimal(random(7))
        var inputs: [String: IndicatorInput] = [:]
        for leaf in leaves {
            // Half the self-scores are full marks, the others quarter points from half the maximum up.
            let quarters = Int(leaf.max.units / (ExactDecimal.unit / 4))
            let steps = random(2) == 0 ? quarters : quarters / 2 + random(quarters / 2 + 1)
            let selfScore = ExactDecimal(significand: Int128(steps) * 25, decimalPlaces: 2)
            var input = IndicatorInput(selfScore: selfScore)
            if case .qualitative? = leaf.rule { input.outcome = selfScore * 10 >= leaf.max * 8 ? .achieved : .partlyAchieved }
            if selfScore < leaf.max && random(2) == 0 { input.note = "年度内部分工作未完成，下一年度改进。" }
            inputs[leaf.id] = input
        }
        return Evaluation(
            id: "bench-\(serial)", kind: framework.kind, unit: Unit(name: "基准单位\(serial)"),
            fiscalYear: 2023, frameworkID: framework.id, figures: figures, indicators: inputs)
    }
}
