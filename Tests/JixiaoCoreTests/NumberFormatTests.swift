import Foundation
import JixiaoCore
import Testing

/// One number formatter: the kind of a figure decides how it is written and read.
@Suite struct NumberFormatTests {
    static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    @Test func eachKindIsWrittenLikeAFinanceDocument() {
        #expect(NumberFormat.text(Self.d("1280.5"), .money) == "1,280.50")
        #expect(NumberFormat.text(14, .count) == "14")
        #expect(NumberFormat.text(3, .count) == "3")
        #expect(NumberFormat.text(Self.d("0.0702"), .rate) == "7.02%")
        #expect(NumberFormat.text(Self.d("98"), .score) == "98.00")
        #expect(NumberFormat.text(nil, .score) == "—")
    }

    @Test func aFigureIsWrittenByItsCatalogueKindWithItsUnitOnce() {
        #expect(NumberFormat.figure(Self.d("1280.5"), id: "fiscalIncome") == "1,280.50 万元")
        #expect(NumberFormat.figure(14, id: "staffAuthorized") == "14 人")
        #expect(NumberFormat.figure(14, id: "编制数") == "14 人")
        #expect(NumberFormat.figure(Self.d("0.96"), id: "satisfaction") == "96.00%")
        #expect(FigureCatalog.definition("satisfaction")?.labelWithUnit == "满意度（%）")
        #expect(FigureCatalog.definition("satisfaction")?.shownUnit == "")
    }

    @Test func aPercentageFieldTakesPercentWithOrWithoutTheSign() {
        for typed in ["96", "96%", "96 %", "９６％"] {
            #expect(NumberFormat.parseInput(typed, .rate) == Self.d("0.96"), "\(typed)")
        }
        #expect(NumberFormat.parseInput("0.96", .rate) == Self.d("0.0096"))
        #expect(NumberFormat.inputText(Self.d("0.96"), .rate) == "96")
        #expect(NumberFormat.parseInput(NumberFormat.inputText(Self.d("0.9612"), .rate), .rate) == Self.d("0.9612"))
        #expect(NumberFormat.parseInput("1,280.5", .money) == Self.d("1280.5"))
        #expect(NumberFormat.parseInput("12805000元", .money) == Self.d("1280.5"))
        #expect(NumberFormat.parseInput("九十六", .rate) == nil)
    }

    @Test func aDocumentMayWriteARateAsAPercentage() throws {
        let figures = try JSONDecoder().decode(Figures.self, from: Data(#"{"satisfaction": "96%", "staffActual": 14}"#.utf8))
        #expect(figures["satisfaction"] == Self.d("0.96"))
        #expect(figures["staffActual"] == 14)
    }

    @Test func formulasReadInWordsThenInNumbers() throws {
        let formula = "abs(fiscalIncome - fiscalIncomeBudget) / fiscalIncomeBudget"
        #expect(try Expression(formula).words == "财政拨款收入与财政拨款收入调整预算数之差的绝对值 ÷ 财政拨款收入调整预算数")
        let value = ComputedValue(
            name: "财政拨款收入预决算差异率", formula: formula,
            inputs: ["fiscalIncome": Self.d("575.32"), "fiscalIncomeBudget": Self.d("563.02")],
            value: Self.d("0.021846"))
        #expect(
            value.explanation == "财政拨款收入预决算差异率 = 财政拨款收入与财政拨款收入调整预算数之差的绝对值 ÷ "
                + "财政拨款收入调整预算数 = 12.30 ÷ 563.02 = 2.18%")
        #expect(
            try Expression("min(staffActual, 10) / max(staffAuthorized, 1)").words
                == "（在职人数、10中的较小者） ÷ （编制数、1中的较大者）")
        let missing = ComputedValue(
            name: "结转结余率", formula: "carryoverEnd / budgetAdjusted", inputs: [:], value: nil,
            reason: "缺少数据“年末结转结余”")
        #expect(missing.explanation == "结转结余率 = 年末结转结余 ÷ 全年预算数：无法计算（缺少数据“年末结转结余”）")
    }
}
