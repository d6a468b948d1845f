import JixiaoCore
import Testing

@testable import JixiaoImport

/// `numbering.sequence` on nested lists: a mark that continues an outer list is right;
/// only a mark that continues no open list is a slip.
@Suite struct NumberingTests {
    static func numberingLines(_ text: String) -> [Int?] {
        ReportAnalysis(text: text).findings.filter { $0.rule == "numbering.sequence" }.map(\.location.line)
    }

    /// A 1. 2. list nested in item 1. of an outer list, then 2. of the outer list; a
    /// （一）…（三） list nested under （二）, then （三） of the outer list.
    static let nested = """
        一、单位概况

        （一）主要职能

        负责全县档案的收集和保管。

        （二）年度工作

        1.全年工作

        （一）馆藏建设。新接收档案两千卷。

        （二）数字化。完成扫描十万页。

        （三）利用服务。接待查档八百人次。

        1.做好查档预约。开通线上预约。

        2.做好档案修复。修复破损档案五十卷。

        2.重点工作：

        （1）推进数字档案馆建设。

        （2）开展档案安全检查。

        （三）绩效目标：完成年度接收和利用任务。

        二、自评情况

        （一）预算执行情况良好。

        （二）目标全部完成。
        """

    @Test func continuationOfAnOuterListIsNotASlip() {
        #expect(Self.numberingLines(Self.nested) == [])
    }

    @Test func slipsInNestedListsStillFire() {
        // （二） under 二、 with no （一）: the （一）（二） lists of 一、 are closed by 二、.
        let noFirst = Self.nested.replacing(once: "（一）预算执行情况良好。", with: "预算执行情况良好。")
        #expect(Self.numberingLines(noFirst) == [33])
        // A repeat of the outer 2. is a slip (it continues neither the inner nor the outer list).
        let repeated = Self.nested.replacing(once: "（三）绩效目标", with: "3.其他工作\n\n（三）绩效目标")
            .replacing(once: "3.其他工作", with: "2.其他工作")
        #expect(Self.numberingLines(repeated) == [27])
        // A skip in the inner list.
        let skipped = Self.nested.replacing(once: "2.做好档案修复", with: "3.做好档案修复")
        #expect(Self.numberingLines(skipped) == [19])
        let message = ReportAnalysis(text: skipped).findings.first { $0.rule == "numbering.sequence" }?.message
        #expect(message == "序号「3.」接在「1.」之后，应为「2.」")
    }

    @Test(.enabled(if: Support.samplesFolder != nil || Support.isCI, "需要 ../shared/samples（或 JIXIAO_SAMPLES）"))
    func samplesKeepOnlyTheRealSlips() throws {
        var lines: [String: [Int?]] = [:]
        for name in ["wuhua-2023-data-bureau.txt", "xinfeng-2023-service-centre.txt"] {
            let sample = try #require(try Support.sample(name))
            lines[name] = ReportAnalysis(text: sample.text).findings.filter { $0.rule == "numbering.sequence" }.map(\.location.line)
        }
        // wuhua: 87 (2.) and 97 （三） continue outer lists; 219 （二） after 三、 has no （一）.
        #expect(lines["wuhua-2023-data-bureau.txt"] == [219])
        // xinfeng-2023: 五是 after 六是 (37); （二） after 二、 with no （一） (49).
        #expect(lines["xinfeng-2023-service-centre.txt"] == [37, 49])
    }
}
