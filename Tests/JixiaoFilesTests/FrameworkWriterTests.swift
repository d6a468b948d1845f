import JixiaoCore
import Testing

@testable import JixiaoFiles

@Suite("Framework writing")
struct FrameworkWriterTests {
    @Test(arguments: BuiltInFrameworkTests.ids)
    func builtInsRoundTripThroughYAMLAndJSON(id: String) throws {
        // given
        let framework = try #require(try FrameworkLibrary.builtIn().framework(id: id))
        for format in FrameworkWriter.Format.allCases {
            // when
            let text = try FrameworkWriter.write(framework, format: format)
            let reread = try FrameworkReader.read(
                text: text, file: "\(id).\(format.rawValue)",
                format: format == .yaml ? .yaml : .json)
            // then
            #expect(reread.framework == framework, "\(id) as \(format)")
        }
    }

    @Test func anImportedTableExportsAsYAML() throws {
        let imported = try FrameworkReader.read(text: CSVImportTests.table, file: "t.csv", format: .csv).framework
        let yaml = try FrameworkWriter.write(imported, format: .yaml)
        #expect(yaml.contains("rule:\n        kind: manual"))
        #expect(try FrameworkReader.read(text: yaml, file: "t.yaml", format: .yaml).framework == imported)
    }
}
