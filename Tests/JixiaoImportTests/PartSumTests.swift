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

extension PartSumTests {
    static func table(_ amounts: [String], cue: String = "明细详见下表：") -> String {
        var lines = ["本年用于专项业务支出 120.50 万元，用于各类专项工作。\(cue)", "", "单位(万元)", "", "序号", "", "项目名称", "", "金额"]
        for (index, amount) in amounts.enumerated() {
            lines += ["", "\(index + 1)", "", "某类专项业务工作经费之" + ["甲", "乙", "丙"][index % 3], "", amount]
        }
        return (lines + ["", "二、绩效情况"]).joined(separator: "\n")
    }

    @Test func tableRowsBelowTheAmountBeforeTheTableAreReported() {
        let messages = ReportAnalysis(text: Self.table(["40.50", "30", "20.00"])).findings.map(\.message)
            .filter { $0.contains("表前所述金额") }
        #expect(messages.count == 1)
        #expect(messages.first?.contains("= 90.50 万元，与表前所述金额 120.50 万元不符（相差 30.00 万元）") == true)
    }

    @Test func tableRowsThatAddUpOrListOnlyTheMainItemsAreSilent() {
        let adding = ReportAnalysis(text: Self.table(["40.50", "60", "20.00"])).findings.map(\.rule)
        #expect(!adding.contains("sum.expenditure"))
        let main = ReportAnalysis(text: Self.table(["40.50", "30", "20.00"], cue: "主要项目见下表：")).findings.map(\.rule)
        #expect(!main.contains("sum.expenditure"))
    }
}
