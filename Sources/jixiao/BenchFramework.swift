import JixiaoCore

/// The benchmark's framework: the shape of the 广东 county department-wide table
/// (28 leaves, mostly manual, a few formulas), built in code.
enum BenchFramework {
    static func countyDepartment() -> Framework {
        func manual(_ name: String, _ max: ExactDecimal) -> Indicator { Indicator(name: name, max: max, rule: .manual) }
        func step(_ name: String, _ max: ExactDecimal, _ value: String, _ standard: String, _ side: Direction) -> Indicator {
            Indicator(name: name, max: max, value: value,
                      rule: .thresholdStep(standard: ExactDecimal(standard) ?? .one, side: side,
                                           deduct: ExactDecimal(units: 500_000_000), per: ExactDecimal(units: 10_000_000),
                                           partialSteps: false))
        }
        func heading(_ name: String, _ children: [Indicator]) -> Indicator {
            Indicator(name: name, max: children.reduce(ExactDecimal.zero) { $0 + $1.max }, children: children)
        }
        let indicators = [
            heading("预算编制", [
                heading("预算编制", [manual("预算编制合理性", 5), manual("预算编制规范性", 5),
                                 step("财政拨款收入预决算差异率", 5, "abs(财政拨款收入 - 财政拨款收入调整预算数) / 财政拨款收入调整预算数", "0.05", .atMost),
                                 manual("预算编制及时性", 4)]),
                heading("目标设置", [manual("绩效目标合理性", 5), manual("绩效指标明确性", 5)]),
            ]),
            heading("预算执行", [
                heading("资金管理", [
                    manual("上级专项资金分配及时性", 4), step("结转结余率", 4, "年末结转结余 / 支出合计", "0.1", .atMost),
                    Indicator(name: "上级专项资金支出执行率", max: 6, value: "上级专项资金支出 / 上级专项资金",
                              rule: .proportional(direction: .atLeast, target: "100%", inverse: nil)),
                    Indicator(name: "政府采购执行率", max: 2, value: "实际政府采购金额 / 政府采购预算",
                              rule: .proportional(direction: .atLeast, target: "100%", inverse: nil)),
                    Indicator(name: "财务合规性", max: 4, rule: .deductions(perBreach: 1)),
                    manual("预决算信息公开性", 4),
                ]),
                heading("项目管理", [manual("项目实施程序", 2), manual("项目监管", 5)]),
                heading("资产管理", [manual("资产管理安全性", 2), step("固定资产利用率", 3, "在用固定资产 / 固定资产总额", "0.9", .greaterThan)]),
                heading("人员管理", [step("财政供养人员控制率", 2, "在职人数 / 编制数", "1", .lessThan)]),
                heading("制度管理", [Indicator(name: "管理制度健全性", max: 4, rule: .checklist([
                    ChecklistItem(name: "有制度", points: 2), ChecklistItem(name: "有效执行", points: 2)]))]),
            ]),
            heading("预算使用效益", [
                heading("经济性", [Indicator(name: "公用经费控制率", max: 4, value: "公用经费 / 公用经费预算数",
                                          rule: .proportional(direction: .atMost, target: "100%", inverse: nil))]),
                heading("效率性", [manual("重点工作完成率", 3), manual("绩效目标完成率", 3), manual("项目完成及时性", 3)]),
                heading("效果性", [Indicator(name: "社会经济环境效益", max: 10, rule: .qualitative)]),
                heading("公平性", [manual("群众信访办理情况", 3), manual("公众或服务对象满意度", 3)]),
            ]),
        ]
        return Framework(id: "bench-county-department", title: "基准测试：县级部门整体支出绩效自评", kind: .departmentWide,
                         region: "广东省", year: 2023, source: "基准测试", indicators: indicators)
    }

    static func leafCount(_ indicators: [Indicator]) -> Int {
        indicators.reduce(0) { $0 + ($1.children.isEmpty ? 1 : leafCount($1.children)) }
    }
}
