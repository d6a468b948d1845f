import Testing

@testable import JixiaoCore

@Suite struct ExpressionTests {
    private func value(_ text: String, _ figures: [String: ExactDecimal] = [:]) throws -> Computation {
        try Expression(text).evaluate(Figures(figures))
    }

    private func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    @Test func respectsPrecedenceAndParentheses() throws {
        #expect(try value("1 + 2 * 3") == .value(7))
        #expect(try value("(1 + 2) * 3") == .value(9))
        #expect(try value("10 - 4 - 3") == .value(3))
        #expect(try value("12 / 2 / 3") == .value(2))
        #expect(try value("-2 * -3") == .value(6))
        #expect(try value("- (1 + 2)") == .value(-3))
        #expect(try value("1 + 2 > 2 and not 1 = 2") == .bool(true))
        #expect(try value("1 > 2 or 2 > 1 and 1 > 2") == .bool(false))
    }

    @Test func computesExactDecimals() throws {
        #expect(try value("0.1 + 0.2") == .value(d("0.3")))
        #expect(try value("3460 / 3735") == .value(d("0.926372155")))
        #expect(try value("1174.46 * 2") == .value(d("2348.92")))
    }

    @Test func readsPercentAndFullWidthLiterals() throws {
        #expect(try value("10%") == .value(d("0.1")))
        #expect(try value("92.64％") == .value(d("0.9264")))
        #expect(try value("１２３ ＋ １") == .value(124))
        #expect(try value("（１ ＋ ２）× ３ ÷ ９") == .value(1))
        #expect(try value("5 ＞ 3") == .bool(true))
        #expect(try value("5 ＝ 5") == .bool(true))
        #expect(try value("5 ＜ 3") == .bool(false))
    }

    @Test func comparesWithEveryOperator() throws {
        let cases: [(String, Bool)] = [
            ("1 < 2", true), ("2 <= 2", true), ("3 > 2", true), ("2 >= 3", false),
            ("2 = 2", true), ("2 == 3", false), ("2 != 3", true), ("2 ≥ 2", true),
            ("3 ≤ 2", false), ("2 ≠ 2", false), ("2 <> 3", true),
            ("1 < 2 && 2 < 3", true), ("1 > 2 || 2 > 3", false), ("!(1 > 2)", true),
        ]
        for (text, expected) in cases {
            #expect(try value(text) == .bool(expected), "\(text)")
        }
    }

    @Test func appliesFunctions() throws {
        #expect(try value("min(3, 1, 2)") == .value(1))
        #expect(try value("max(3, 1, 2)") == .value(3))
        #expect(try value("min(5)") == .value(5))
        #expect(try value("abs(-2.5)") == .value(d("2.5")))
        #expect(try value("abs(2.5)") == .value(d("2.5")))
        #expect(try value("if(1 > 2, 10, 20)") == .value(20))
        #expect(try value("if(1 < 2, 10, 20)") == .value(10))
        #expect(try value("MAX(1, 2)") == .value(2))
        #expect(try value("if(1 < 2, 1 > 0, 1 < 0)") == .bool(true))
    }

    @Test func resolvesIdsAndChineseLabels() throws {
        let figures = ["staffActual": ExactDecimal(15), "staffAuthorized": ExactDecimal(19)]
        let rate = try Expression("在职人数 / 编制数")
        #expect(rate.evaluate(Figures(figures)).decimal?.percentText == "78.95%")
        #expect(rate.figureNames == ["在职人数", "编制数"])
        #expect(rate.figureIDs == ["staffActual", "staffAuthorized"])
        #expect(try value("staffActual / staffAuthorized", figures) == rate.evaluate(Figures(figures)))
        // A figure used twice is listed once.
        #expect(try Expression("在职人数 + staffActual").figureNames == ["在职人数"])
    }

    @Test func readsQuotedNames() throws {
        let figures = ["threePublicBudget": ExactDecimal(20), "threePublicActual": ExactDecimal(18)]
        let expression = try Expression("“三公”经费实际支出 / “三公”经费预算数")
        #expect(expression.figureIDs == ["threePublicActual", "threePublicBudget"])
        #expect(expression.evaluate(Figures(figures)) == .value(d("0.9")))
        #expect(try value("「三公经费预算数」 + `threePublicActual`", figures) == .value(38))
        #expect(try value("\"三公\"经费预算数", figures) == .value(20))
        #expect(try value("`budget-2023` * 2", ["budget-2023": 4]) == .value(8))
    }

    @Test func looksUpUnknownNamesAsWritten() throws {
        let expression = try Expression("办件量 / 2")
        #expect(expression.evaluate { $0 == "办件量" ? 10 : nil } == .value(5))
        #expect(expression.figureIDs == ["办件量"])
    }

    @Test func reportsMissingFigures() throws {
        #expect(try value("在职人数 / 编制数", ["staffActual": 15]) == .notComputable("缺少数据“编制数”"))
        #expect(try value("staffAuthorized + 1") == .notComputable("缺少数据“编制数”"))
        #expect(try value("min(1, 办件量)") == .notComputable("缺少数据“办件量”"))
        #expect(try value("办件量 > 1 or 1 > 0") == .notComputable("缺少数据“办件量”"))
    }

    @Test func reportsDivisionByZero() throws {
        #expect(
            try value("在职人数 / 编制数", ["staffActual": 15, "staffAuthorized": 0])
                == .notComputable("除数“编制数”为零"))
        #expect(try value("1 / (2 - 2)") == .notComputable("除数“(2 - 2)”为零"))
        #expect(try value("1 / 0") == .notComputable("除数“0”为零"))
    }

    @Test func shortCircuitsIfAndLogic() throws {
        // The branch not taken may divide by zero or miss figures.
        #expect(try value("if(编制数 = 0, 0, 在职人数 / 编制数)", ["staffAuthorized": 0]) == .value(0))
        #expect(try value("if(1 > 0, 1, if(2 > 1, 1 / 0, 缺失))") == .value(1))
        #expect(try value("if(1 < 0, 缺失, if(2 < 1, 1 / 0, 7))") == .value(7))
        #expect(try value("if(缺失 > 0, 1, 2)") == .notComputable("缺少数据“缺失”"))
        #expect(try value("1 > 2 and 缺失 > 0") == .bool(false))
        #expect(try value("1 < 2 or 1 / 0 > 0") == .bool(true))
    }

    @Test func reportsOverflowAsNotComputable() throws {
        let huge = "99999999999999999999999999"
        #expect(try value("\(huge) * \(huge) * \(huge)") == .notComputable("数值超出范围"))
    }

    @Test func explainsWithInputs() throws {
        let figures = Figures(["staffActual": 15, "staffAuthorized": 19])
        let explained = try Expression("在职人数 / 编制数").explain(figures, name: "在职人员控制率")
        #expect(explained.name == "在职人员控制率")
        #expect(explained.inputs == ["staffActual": 15, "staffAuthorized": 19])
        #expect(explained.value?.percentText == "78.95%")
        let missing = try Expression("在职人数 / 编制数").explain(Figures(["staffActual": 15]))
        #expect(missing.value == nil)
        #expect(missing.reason == "缺少数据“编制数”")
        #expect(missing.inputs == ["staffActual": 15])
    }

    @Test func equalityFollowsText() throws {
        #expect(try Expression("a + b") == Expression("a + b"))
        #expect(try Expression("a + b") != Expression("a+b"))
        #expect(try Expression("1 > 0").isCondition)
    }
}
