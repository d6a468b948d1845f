import JixiaoCore
import Testing

@testable import JixiaoImport

/// A stated amount and its 其中 parts (`sum.expenditure`): parts above the total are an
/// error; bracketed sub-parts and a partial list are not.
@Suite struct PartSumTests {
    static func sums(_ text: String) -> [String] {
        ReportAnalysis(text: text).findings.filter { $0.rule == "sum.expenditure" }.map(\.message)
            .filter { $0.contains("「其中」前所述总额") }
    }

    @Test func partsAboveTheTotalAreReported() {
        let text = "本年安排奖补资金共计12个，金额500.00万元。其中：甲类8个300.00万元；乙类4个250.00万元(含试点2个40.00万元)。"
        let messages = Self.sums(text)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("甲类8个 300.00 万元 + 乙类4个 250.00 万元 = 550.00 万元") == true)
        #expect(messages.first?.contains("500.00 万元不符（相差 50.00 万元）") == true)
    }

    @Test func partsThatAddUpOrFallShortAreSilent() {
        let adding = "本年安排奖补资金共计12个，金额550.00万元。其中：甲类8个300.00万元；乙类4个250.00万元(含试点2个40.00万元)。"
        #expect(Self.sums(adding) == [])
        let partial = "本年安排奖补资金共计12个，金额600.00万元。其中：甲类8个300.00万元；乙类4个250.00万元。"
        #expect(Self.sums(partial) == [])
    }
}

extension PartSumTests {
    @Test func aFurtherLevelOfPartsIsNotAdded() {
        let nested = "本年支出 500.00 万元，其中基本支出 300.00 万元，项目支出 180.00 万元；基本支出中人员经费 250.00 万元，公用经费 50.00 万元。"
        #expect(Self.sums(nested) == [])
        let prefix = "本年支出 480.00 万元，其中基本支出 300.00 万元，项目支出 180.00 万元；人员经费 250.00 万元，公用经费 50.00 万元。"
        #expect(Self.sums(prefix) == [])
    }
}
