import Foundation
import PropertyBased
import Testing

@testable import JixiaoImport

@Suite struct NormaliserTests {
    @Test func foldsWidthsLatexSpacesAndMarkdown() {
        let doc = Normaliser.normalise(text: "## 一、基本情况\n\n填 报 人：张三\n\n完成率 $\\geq 99\\%$，３ \\times ４，2023 年 6 月 23 日，1, 174.46 万元。")
        #expect(doc.paragraphs.map(\.text) == ["一、基本情况", "填报人:张三", "完成率≥99%,3×4,2023年6月23日,1,174.46万元。"])
        #expect(doc.paragraphs.map(\.firstLine) == [1, 3, 5])
    }

    @Test func joinsHardWrappedLinesAndNumbersAndKeepsLines() {
        let doc = Normaliser.normalise(text: "本年支出合计为1,174.\n\n46万元，其中基本支\n\n- 2 -\n\n出300万元。\n（一）下一节")
        #expect(
            doc.paragraphs.map(\.text) == [
                "本年支出合计为1,174.46万元,其中基本支出300万元。",
                "（一）下一节".replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")"),
            ])
        let p = doc.paragraphs[0]
        #expect(p.line(at: 0) == 1)
        #expect(p.line(at: p.scalars.firstIndex(of: "6")!) == 3)
        #expect(p.line(at: p.scalars.count - 1) == 7)
    }

    @Test func splitsSectionHeadingRunIntoASentence() {
        let doc = Normaliser.normalise(text: "限流等工作。（三）部门整体支出绩效目标。分析绩效")
        #expect(doc.paragraphs.map(\.text) == ["限流等工作。", "(三)部门整体支出绩效目标。分析绩效"])
        #expect(doc.paragraphs.map(\.firstLine) == [1, 1])
    }

    @Test func dropsPageNumbersButNotFigures() {
        let doc = Normaliser.normalise(text: "第 3 页\n12\n- 4 -\n12345 热线\n")
        #expect(doc.paragraphs.map(\.text) == ["12345热线"])
    }

    static let fragments = [
        "一、", "（一）", "(2)", "1.", "①", "2023 年", "1,174.46万元", "１２３", "$\\geq 99\\%$", "\\times",
        "。", "，", "：", " ", "  ", "填 报 人", "报告", "附件3", "2024年3月25日", "## ", "**", "- 3 -",
        "12", "一是", "资金", "abc", "\t", "（公章）", "%", "≥", "{x}", "我局", "\u{3000}", "率",
        "|", "| --- |", "1、", "指标1：", "得 5 分", "—", "”", "单位名称：", "!", ";", "\r",
    ]

    static let documents = Gen.element(of: fragments).map { $0 ?? "" }.array(of: 0...6).array(of: 1...25)
        .map { lines in lines.map { $0.joined() } }

    @Test func normalisationIsIdempotent() async {
        await propertyCheck(input: Self.documents) { lines in
            let once = Normaliser.normalise(text: lines.joined(separator: "\n"))
            let twice = Normaliser.normalise(text: once.text)
            #expect(twice.paragraphs.map(\.text) == once.paragraphs.map(\.text), "\(lines)")
        }
    }

    @Test func everyPieceMapsToTheLineItCameFrom() async {
        await propertyCheck(input: Self.documents) { lines in
            let doc = Normaliser.normalise(text: lines.joined(separator: "\n"))
            var lastLine = 0
            for paragraph in doc.paragraphs {
                for (index, piece) in paragraph.pieces.enumerated() {
                    #expect(piece.line >= lastLine && piece.line >= 1 && piece.line <= lines.count)
                    lastLine = piece.line
                    let end = index + 1 < paragraph.pieces.count ? paragraph.pieces[index + 1].offset : paragraph.scalars.count
                    let text = TextScan.string(paragraph.scalars[piece.offset..<end]).trimmingCharacters(in: .whitespaces)
                    let source = TextScan.string(LineNormaliser.normalise(Array(lines[piece.line - 1].unicodeScalars)))
                    #expect(text.isEmpty || source.contains(text), "piece 「\(text)」 not in line \(piece.line) 「\(source)」")
                }
            }
        }
    }
}
