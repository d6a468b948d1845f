import Foundation
import JixiaoCore
import JixiaoFiles
import Testing

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// Budget execution CSVs as budget systems write them: UTF-8 with or without BOM, GBK
/// (GB18030) from Excel, quoted cells; read then checked by `ExecutionParser`.
@Suite struct ExecutionCSVReaderTests {
    static let text = "单位编码,项目名称,月份,执行数（元）\r\n101001,\"热线运维, 二期\",2025-07,\"1,234,500.50\"\r\n"

    static func parsed(_ data: Data) throws -> ExecutionImport {
        ExecutionParser.read(try ExecutionCSVReader.sheet(data, file: "执行.csv"), fiscalYear: 2025, knownUnits: ["101001"])
    }

    @Test(arguments: ["utf8", "bom", "gbk"])
    func everyEncodingReadsTheSameRow(_ encoding: String) throws {
        let data: Data
        switch encoding {
        case "bom": data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.text.utf8)
        case "gbk":
            let gbk = String.Encoding(
                rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
            data = try #require(Self.text.data(using: gbk))
            #expect(data != Data(Self.text.utf8))
        default: data = Data(Self.text.utf8)
        }
        let result = try Self.parsed(data)
        #expect(result.problems.isEmpty)
        #expect(
            result.rows == [
                ExecutionRow(number: 2, unitCode: "101001", project: "热线运维, 二期", year: 2025, month: 7, amount: ExactDecimal("123.45005")!)
            ])
    }

    @Test func tooLargeAndNotTextAreRefusedWithTheFileName() {
        #expect(throws: ExecutionProblem(file: "执行.csv", message: "文件超过 5 MB，请分开导入")) {
            try ExecutionCSVReader.sheet(Data(count: ExecutionRules.maxBytes + 1), file: "执行.csv")
        }
        #expect(throws: ExecutionProblem(file: "执行.csv", message: "文件不是 UTF-8 或 GB18030 编码的文本")) {
            try ExecutionCSVReader.sheet(Data([0x81, 0x20, 0xFF, 0xFF, 0x00, 0x81]), file: "执行.csv")
        }
    }
}
