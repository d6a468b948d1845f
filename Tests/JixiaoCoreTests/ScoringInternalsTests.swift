import Foundation
import Testing

@testable import JixiaoCore

@Suite struct ScoringInternalsTests {
    typealias F = ScoringFixtures

    @Test func explanationsRenderTheirPartsAndCompareByText() {
        let parts = Explanation(
            "得分 ", .points(F.d("3.750")), " 分，执行率 ", .percent(F.d("0.9264")), "，",
            .figure(F.d("12.5"), unit: "件"), "，超出 ", .percentagePoints(F.d("0.025")), " 个百分点")
        #expect(parts.text == "得分 3.75 分，执行率 92.64%，12.5件，超出 2.5 个百分点")
        #expect(parts == Explanation(parts.text))
        #expect(parts.appending("。").text == parts.text + "。")
        #expect(Explanation(storage: .entered(5)).text == "自评 5 分（人工评分）")
        #expect(
            Explanation(storage: .heading(sum: F.d("18.5"), max: 20, uncomputed: 1, excluded: 2)).text
                == "下级指标得分合计 18.5 分（分值 20 分），其中 1 项无法计算，未计入，2 项不适用")
    }

    @Test func numberDigitsRoundHalfUpAndHandleSigns() {
        #expect(NumberFormat.points(F.d("4.125")) == "4.13")
        #expect(NumberFormat.points(F.d("-4.125")) == "-4.13")
        #expect(NumberFormat.points(F.d("-0.001")) == "0")
        #expect(NumberFormat.points(10) == "10")
        #expect(NumberFormat.percent(F.d("1")) == "100.00%")
        #expect(NumberFormat.decimal(F.d("1234567.00005"), minPlaces: 0, maxPlaces: 4) == "1234567.0001")
        // Beyond the fast path it falls back to the general formatter.
        #expect(NumberFormat.points(F.d("123456789012345678901")) == "123456789012345678901")
    }

    @Test func scoreResultsRoundTripThroughJSONWithPlainExplanations() throws {
        let leaf = Indicator(
            name: "在职人员控制率", max: 5, value: "在职人数 / 编制数",
            rule: .thresholdStep(
                standard: 1, side: .atMost, deduct: F.d("0.5"), per: F.d("0.01"),
                partialSteps: false))
        let result = F.scoreLeaf(leaf, figures: ["staffActual": 41, "staffAuthorized": 40]).result
        let data = try JSONEncoder().encode(result)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"explanation\":\"在职人员控制率 = 在职人数 ÷ 编制数 = 41 ÷ 40 = 102.50%"))
        let decoded = try JSONDecoder().decode(ScoreResult.self, from: data)
        #expect(decoded == result)
        #expect(decoded.nodes[0].explanation == result.nodes[0].explanation)
        #expect(decoded.explanation == result.explanation)
    }

    @Test func explanationsCanBeReplacedAsText() {
        var node = ScoredNode(id: "a", name: "甲", level: 1, max: 5, score: 5, explanation: "原说明")
        node.explanation = "复核后改为 4 分"
        #expect(node.explanationParts.text == "复核后改为 4 分")
    }

    @Test func inputIndexPrefersIdsAndFindsOtherNormalForms() {
        let index = InputIndex(leaves: [(id: "café", name: "咖啡"), (id: "b", name: "乙")])
        let byName = index.inputs(of: ["咖啡": IndicatorInput(selfScore: 1)])
        #expect(byName.entries.map(\.selfScore) == [1, nil])
        let both = index.inputs(of: ["咖啡": IndicatorInput(selfScore: 1), "café": IndicatorInput(selfScore: 2)])
        #expect(both.entries[0].selfScore == 2)
        // "cafe" + combining acute accent: other bytes, same text.
        let decomposed = index.inputs(of: ["cafe\u{301}": IndicatorInput(selfScore: 3), "乙": IndicatorInput(selfScore: 4)])
        #expect(decomposed.entries.map(\.selfScore) == [3, 4])
        #expect(index.inputs(of: ["无关": IndicatorInput(selfScore: 9)]).entries.allSatisfy { !$0.given })
        let noted = index.inputs(of: ["b": IndicatorInput(checked: ["甲"], note: "说明")])
        #expect(noted.entries[1].note >= 0 && noted.notes[Int(noted.entries[1].note)] == "说明")
        #expect(noted.checked(noted.entries[1]) == ["甲"])
        #expect(noted.entries[0].note == -1)
    }
}
