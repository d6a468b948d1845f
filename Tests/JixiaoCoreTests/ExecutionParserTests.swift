import Testing

@testable import JixiaoCore

/// Budget execution exports read and checked (issue 17): headers as budget systems write
/// them, 元 converted exactly to 万元, every bad row named by file, row and field, and no rows
/// at all while a problem remains.
@Suite struct ExecutionParserTests {
    static let units: Set<String> = ["101001", "101002"]

    /// A sheet of comma-separated lines, numbered from 1.
    static func sheet(_ lines: [String], file: String = "执行.csv") -> ExecutionSheet {
        ExecutionSheet(
            file: file,
            rows: lines.enumerated().map {
                ExecutionSheet.Row(number: $0 + 1, cells: $1.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
            })
    }

    static func read(_ lines: [String], year: Int = 2025) -> ExecutionImport {
        ExecutionParser.read(sheet(lines), fiscalYear: year, knownUnits: units)
    }

    @Test func yuanAreConvertedExactlyToWanYuan() {
        let result = Self.read([
            "2025年预算执行情况", "单位编码,单位名称,项目名称,月份,支出金额（元）", "101001,某局,热线运维,2025-01, 123456.78 ",
            "101001,某局,热线运维,2025年2月,1，000，000.01", "101002,另一局,,202503,0", "合计,,,,1123456.79",
        ])
        #expect(result.problems.isEmpty)
        #expect(result.rows.map(\.amount) == [ExactDecimal("12.345678")!, ExactDecimal("100.000001")!, .zero])
        #expect(result.rows.map(\.month) == [1, 2, 3] && result.rows.map(\.number) == [3, 4, 5])
        #expect(result.rows.first?.project == "热线运维" && result.rows.last?.project == nil && !result.cumulative)
    }

    @Test func wanYuanMonthNumbersWithAYearColumnAndCumulativeHeaders() {
        let result = Self.read(["年度,月,单位代码,累计执行数(万元)", "2025,7,101001,62.5", "2025,07月,101002,30"])
        #expect(result.problems.isEmpty && result.cumulative)
        #expect(result.rows.map(\.amount) == [ExactDecimal("62.5")!, 30] && result.rows.map(\.month) == [7, 7])
        #expect(ExecutionMonth("45869") == ExecutionMonth("2025-07"))
    }

    @Test func everyBadRowIsNamedAndNothingIsKept() {
        let result = Self.read([
            "单位编码,项目名称,月份,执行数（万元）",
            "999999,,2025-07,10",  // unknown unit
            "101001,,2024-12,10",  // outside the year
            "101001,,13,10",  // no such month
            "101001,,2025-06,-5",  // negative
            "101001,,2025-05,十万",  // not a number
            "101001,,2025-04,1.1234567",  // finer than a 分
            "101002,热线,2025-03,1",
            "101002,热线,2025-3,2",  // duplicate of row 8
            ",,2025-02,3",  // no unit
            "101001,,2025-01,10",  // good, but not kept
        ])
        #expect(result.rows.isEmpty)
        #expect(
            result.problems.map(\.description) == [
                "执行.csv 第 2 行「单位编码」：单位编码「999999」不在单位名录中",
                "执行.csv 第 3 行「月份」：2024年12月不在 2025 预算年度内",
                "执行.csv 第 4 行「月份」：月份「13」无法识别（可写 2025-07、2025年7月 或 1 至 12 的月份）",
                "执行.csv 第 5 行「执行数（万元）」：金额「-5」为负数：执行数不能为负",
                "执行.csv 第 6 行「执行数（万元）」：金额「十万」不是有效的数值",
                "执行.csv 第 7 行「执行数（万元）」：金额「1.1234567」的小数超过 6 位（单位：万元）",
                "执行.csv 第 9 行：与第 8 行重复（同一单位、项目和月份只能有一行）",
                "执行.csv 第 10 行「单位编码」：未填写单位编码",
            ])
    }

    @Test func aFileWithoutAUsableHeaderSaysWhatIsMissing() {
        #expect(Self.read([]).problems.map(\.message) == ["文件中没有数据"])
        #expect(Self.read(["单位,金额"]).problems.map(\.message) == [ExecutionMessages.noHeader])
        let noUnit = Self.read(["单位编码,月份,执行数", "101001,1,2"])
        #expect(noUnit.problems.map(\.description) == ["执行.csv 第 1 行「执行数」：金额列的表头须写明单位：（元）或（万元）"])
        let noMonth = Self.read(["单位编码,执行数（元）", "101001,2"])
        #expect(noMonth.problems.map(\.description) == ["执行.csv 第 1 行：表头缺少「月份」列"])
        let two = Self.read(["单位编码,月份,执行数（元）,支出数（元）"])
        #expect(two.problems.map(\.message) == ["表头有两列「支出数（元）」，无法确定用哪一列"])
        let yuanCents = Self.read(["单位编码,月份,执行数（元）", "101001,1,0.001"])
        #expect(yuanCents.problems.map(\.message) == ["金额「0.001」的小数超过 2 位（单位：元）"])
    }

    @Test func tooManyRowsIsRefusedBeforeReading() {
        let lines = ["单位编码,月份,执行数（元）"] + Array(repeating: "101001,1,1", count: ExecutionRules.maxRows + ExecutionRules.headerSearchRows)
        #expect(Self.read(lines).problems.map(\.message) == ["数据超过 \(ExecutionRules.maxRows) 行，请分开导入"])
    }
}
