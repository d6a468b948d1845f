import Testing

@testable import JixiaoImport

/// Lines of justified prose stay lines; table rows become cells (pdftotext `-bbox` words laid out).
@Suite struct PdfPageLayoutTests {
    /// pdftotext's `-bbox` page of these words: (x0, y0, x1, text), each 13 points high.
    static func page(_ words: [(Double, Double, Double, String)]) -> String {
        let body = words.map { x0, y0, x1, text in
            "<word xMin=\"\(x0)\" yMin=\"\(y0)\" xMax=\"\(x1)\" yMax=\"\(y0 + 13)\">\(text)</word>"
        }
        return "<doc><page width=\"595\" height=\"842\">" + body.joined() + "</page></doc>"
    }

    static let paragraph: [(Double, Double, Double, String)] = [
        (57, 100, 341, "经编办同意新增编制，县政务服务数据管理局于"), (347, 100, 371, "2022"), (377, 100, 537, "年调整内设机构和职能配置"),
        (57, 114.5, 137, "编办同意新增"), (142, 114.5, 148, "2"), (154, 114.5, 421, "名，新丰县行政服务中心设内设机构，事业编制"),
        (426, 114.5, 432, "9"), (438, 114.5, 508, "名，其中主任"), (513, 114.5, 519, "1"), (525, 114.5, 545, "名，"),
        (57, 129, 87, "副主任"), (92, 129, 98, "2"), (104, 129, 194, "名；正股级领导"), (199, 129, 205, "4"), (211, 129, 231, "名。"),
    ]

    static let table: [(Double, Double, Double, String)] = [
        (84, 300, 125, "指标"), (196, 300, 237, "计算公式"), (374, 300, 416, "计算结果"),
        (84, 318, 120, "控制率"), (196, 318, 260, "在职 ÷ 编制"), (374, 318, 400, "92.86"),
        (84, 336, 120, "执行率"), (196, 336, 250, "支出 ÷ 预算"), (374, 336, 400, "98.10"),
    ]

    @Test func justifiedProseLinesStayOneLineEach() {
        // when
        let lines = PdfText.text(bbox: Self.page(Self.paragraph)).split(separator: "\n")
        // then
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { !$0.contains("\t") })
        #expect(lines[1].contains("事业编制 9 名，其中主任 1 名，"))
    }

    @Test func tableRowsBesideProseKeepTheirCells() {
        // when
        let lines = PdfText.text(bbox: Self.page(Self.paragraph + Self.table)).split(separator: "\n").map(String.init)
        // then
        #expect(lines.prefix(3).allSatisfy { !$0.contains("\t") })
        #expect(Array(lines.dropFirst(3)) == ["指标\t计算公式\t计算结果", "控制率\t在职 ÷ 编制\t92.86", "执行率\t支出 ÷ 预算\t98.10"])
    }

    /// A row whose numbers sit at its top and whose name is centred below them (its explanation
    /// wrapping over both) comes as two fragments, each filling cells the other leaves empty.
    @Test func rowWithNumbersAboveItsNameIsOneRow() {
        // given
        let words: [(Double, Double, Double, String)] = [
            (84, 300, 110, "指标"), (200, 300, 226, "分值"), (250, 300, 276, "得分"), (300, 300, 326, "说明"),
            (84, 318, 126, "办结率"), (200, 318, 212, "20"), (250, 318, 262, "20"), (300, 318, 340, "得满分"),
            (200, 350, 212, "10"), (250, 350, 274, "8.50"), (300, 351, 380, "按比例得分为"),
            (84, 366, 150, "回访满意度"), (300, 366, 340, "八五折"),
        ]
        // when
        let lines = PdfText.text(bbox: Self.page(words)).split(separator: "\n").map(String.init)
        // then
        #expect(lines == ["指标\t分值\t得分\t说明", "办结率\t20\t20\t得满分", "回访满意度\t10\t8.50\t按比例得分为八五折"])
    }

    /// One table holding a funds block and an indicator block of other columns (issue 18): each
    /// header's rows take that header's columns, so no two funds cells fall into one column.
    @Test func eachHeaderKeepsItsOwnColumns() {
        // given
        let words: [(Double, Double, Double, String)] = [
            (60, 300, 112, "项目资金"), (130, 300, 169, "预算数"), (190, 300, 229, "执行数"), (245, 300, 271, "分值"),
            (300, 300, 339, "执行率"), (360, 300, 386, "得分"),
            (60, 318, 112, "资金总额"), (130, 318, 165, "200.00"), (190, 318, 225, "150.00"), (245, 318, 257, "10"),
            (300, 318, 340, "75.00%"), (360, 318, 378, "7.5"),
            (60, 336, 112, "一级指标"), (125, 336, 177, "三级指标"), (185, 336, 255, "年度指标值"), (270, 336, 296, "分值"),
            (310, 336, 336, "得分"), (355, 336, 381, "偏差"), (400, 336, 426, "备注"),
            (60, 354, 112, "产出指标"), (125, 354, 177, "养护里程"), (185, 354, 203, "120"), (270, 354, 282, "30"), (310, 354, 322, "30"),
        ]
        // when
        let lines = PdfText.text(bbox: Self.page(words)).split(separator: "\n").map(String.init)
        // then
        #expect(
            lines == [
                "项目资金\t预算数\t执行数\t分值\t执行率\t得分", "资金总额\t200.00\t150.00\t10\t75.00%\t7.5",
                "一级指标\t三级指标\t年度指标值\t分值\t得分\t偏差\t备注", "产出指标\t养护里程\t120\t30\t30\t\t",
            ])
    }
}
