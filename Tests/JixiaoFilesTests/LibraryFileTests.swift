import Foundation
import JixiaoCore
import Testing

@testable import JixiaoFiles

/// The indicator library: the built-ins, and YAML/CSV files with every error listed at its line.
@Suite struct LibraryFileTests {
    @Test func builtInHoldsTheCommonIndicatorsAndGovernmentServices() throws {
        let library = try LibraryReader.builtIn()
        #expect(library.sectors == ["共性", "政务服务"])
        let common = Set(library.list(sector: "共性").map(\.name))
        for name in ["预算执行率", "结转结余率", "实际完成率", "质量达标率", "服务对象满意度"] { #expect(common.contains(name)) }
        #expect(library.required(sector: "政务服务").map(\.name) == ["办件按时办结率", "服务对象满意度"])
        #expect(library.required(sector: nil).isEmpty)
        #expect(library.list(sector: "共性").allSatisfy { !$0.required })
        #expect(library.search(["热线", "接通"]).map(\.name) == ["热线接通率"])
        #expect(library.search(["政务服务", "满意度"]).map(\.name) == ["服务对象满意度"])
    }

    @Test func csvFromExcelIsRead() throws {
        let csv = """
            一级指标,二级指标,三级指标,指标性质,计量单位,参考值,行业,资金用途,必选,别名,备注
            产出指标,数量指标,义诊场次,≥,场,12,卫生健康,公共卫生服务,是,,
            满意度指标,服务对象满意度指标,患者满意度,≥,%,90,卫生健康,,否,就诊满意度、患者满意率,"问卷, 年度"
            """
        let loaded = try LibraryReader.readCSV(text: csv, file: "health.csv")
        #expect(loaded.warnings.isEmpty)
        let indicators = loaded.library.indicators
        #expect(indicators.map(\.name) == ["义诊场次", "患者满意度"])
        #expect(indicators[0].required && indicators[0].fundUse == "公共卫生服务" && indicators[0].reference == "12")
        #expect(indicators[1].aliases == ["就诊满意度", "患者满意率"] && indicators[1].note == "问卷, 年度")
        #expect(indicators[1].matches("就诊满意度"))
    }

    @Test func csvErrorsAreAllListedWithTheirLines() {
        let csv = """
            一级指标,二级指标,三级指标,指标性质,行业,必选,颜色
            产出指标,数量指标,义诊场次,≥,卫生健康,是,红
            产出指标,,巡诊次数,越多越好,卫生健康,也许,蓝
            效益指标,社会效益指标,,≥,,否,
            """
        do {
            _ = try LibraryReader.readCSV(text: csv, file: "health.csv")
            Issue.record("a library with errors was accepted")
        } catch {
            #expect(error.kind == .invalid)
            #expect(error.problems.map(\.line) == [3, 3, 3, 4, 4])
            #expect(error.description.contains("health.csv:3: 错误：「越多越好」无效"))
            #expect(error.description.contains("health.csv:3: 错误：「也许」无效，必选应为 是 或 否"))
            #expect(error.description.contains("health.csv:4: 错误：缺少行业（sector）"))
        }
    }

    @Test func csvWithoutItsColumnsOrWithAnUnknownOne() throws {
        #expect(throws: FileError.self) { try LibraryReader.readCSV(text: "名称,行业\n义诊场次,卫生健康\n", file: "x.csv") }
        let loaded = try LibraryReader.readCSV(
            text: "一级指标,二级指标,三级指标,行业,颜色\n产出指标,数量指标,义诊场次,卫生健康,红\n",
            file: "x.csv")
        #expect(loaded.warnings.map(\.message) == ["未知的列「颜色」，已忽略"])
    }

    @Test func yamlErrorsAreAllListedWithTheirLines() {
        let yaml = """
            sector: 卫生健康
            indicators:
              - {levels: [产出指标, 数量指标], name: 义诊场次, direction: "≥"}
              - {levels: [产出指标], name: 巡诊次数}
              - levels: [效益指标, 社会效益指标]
                direction: 越高越好
            """
        do {
            _ = try LibraryReader.read(text: yaml, file: "health.yaml")
            Issue.record("a library with errors was accepted")
        } catch {
            #expect(error.problems.map(\.line) == [4, 5, 6])
            #expect(
                error.problems.map(\.message) == [
                    "缺少一级指标或二级指标（levels）", "缺少三级指标名称（name）",
                    "「越高越好」无效，可选值：≥、＞、＝、＜、≤、定性",
                ])
        }
    }

    @Test func gb18030CSVFromExcelIsDecoded() throws {
        let csv = "一级指标,二级指标,三级指标,行业\r\n产出指标,数量指标,义诊场次,卫生健康\r\n"
        let folder = try TestPaths.temporaryFolder()
        let url = folder.appendingPathComponent("health.csv")
        try #require(csv.data(using: TextDecoding.gb18030)).write(to: url)
        let loaded = try LibraryReader.read(url: url, file: "health.csv")
        #expect(loaded.library.indicators.map(\.name) == ["义诊场次"])
    }
}
