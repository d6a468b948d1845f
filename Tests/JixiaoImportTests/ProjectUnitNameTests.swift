import JixiaoCore
import Testing

@testable import JixiaoImport

/// Where a project report names its unit without a 单位名称 field (issue 18). Made-up texts.
struct ProjectUnitNameTests {
    func facts(_ lines: [String]) -> ReportFacts { ReportAnalysis(text: lines.joined(separator: "\n")).facts }

    static let projectReport = [
        "项目支出绩效自评报告", "一、项目概况",
        "项目名称:东平县人民医院设备更新专项资金项目,项目地点:东平县城关镇东平县人民医院。",
        "1.东平县人民医院放射科设备购置;", "2.病房改造。",
    ]

    @Test func theOrganisationAProjectsNameOpensWithIsItsUnitWhenNamedAgain() {
        let f = facts(Self.projectReport)
        #expect(f.unitName?.value == "东平县人民医院")
        #expect(f.unitName?.line == 3)
    }

    @Test func anOrganisationNamedOnlyInTheProjectsNameOrInADocumentTitleIsNoUnit() {
        var lines = Self.projectReport
        lines[2] = "项目名称:东平县人民医院设备更新专项资金项目,依据《东平县人民医院发展规划》《东平县人民医院设备管理办法》实施。"
        lines[3] = "1.放射科设备购置;"
        #expect(facts(lines).unitName == nil)
    }

    @Test func aLabelJoinedToItsNameByWeiIsRead() {
        let f = facts(["2023年度项目支出绩效自评报告", "一、项目概况", "项目实施单位为东平县人民医院,主管部门为东平县卫生健康委员会。"])
        #expect(f.unitName?.value == "东平县人民医院")
        #expect(f.unitName?.line == 3)
    }
}
