import Foundation
import PropertyBased
import Testing

@testable import JixiaoImport

/// Any text, however broken, is analysed without trapping, and every finding points
/// at a line of the input.
@Suite struct RobustnessTests {
    static let fragments =
        NormaliserTests.fragments + [
            "本年收入", "支出合计", "1,174.", "46万元", "基本支出", "人员经费", "编制", "9名", "实有", "人",
            "综合得分为", "98分", "等级为", "优", "自评得", "分值", "办结率", "92.64%", "受理", "办结", "件",
            "≤", "=", "/", "÷", "指标2:", "填报日期:", "2024年2月30日", "联系电话:", "0751-69", "县", "局",
            "| 三级指标 | 分值 | 得分 |", "| 总分 | 100 | 9 |", "\t", "年度", "2023", "(三)", "。(二)", "一是", "六是", "五是",
        ]

    static let documents = Gen.element(of: fragments).map { $0 ?? "" }.array(of: 0...8).array(of: 1...30)
        .map { lines in lines.map { $0.joined() } }

    @Test func analysisNeverTrapsAndFindingsPointIntoTheInput() async {
        await propertyCheck(input: Self.documents) { lines in
            let analysis = ReportAnalysis(text: lines.joined(separator: "\n"))
            for finding in analysis.findings {
                #expect((1...max(1, lines.count)).contains(finding.location.line ?? 1), "\(finding)")
            }
            _ = CheckOutput.json([.init(file: "x", result: .success(analysis))])
        }
    }

    @Test func invalidUTF8TextIsReportedNotGuessed() {
        // 填报 in GB18030, a truncated sequence, a surrogate, an overlong slash.
        for bytes: [UInt8] in [[0xCC, 0xEE, 0xB1, 0xA8], [0x41, 0xE5, 0xA1], [0xED, 0xA0, 0x80], [0xC0, 0xAF]] {
            #expect(throws: ImportError.notUTF8(path: "x.txt")) {
                try ReportReader.lines(data: Data(bytes), ext: "txt", path: "x.txt")
            }
        }
        #expect(throws: Never.self) {
            try ReportReader.lines(data: Data([0xEF, 0xBB, 0xBF] + Array("填报人：王".utf8)), ext: "txt", path: "x.txt")
        }
    }
}
