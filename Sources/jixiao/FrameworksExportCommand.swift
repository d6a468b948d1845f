import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles

/// `jixiao frameworks export ID|FILE`: writes a framework as YAML or JSON (e.g. a CSV table → YAML).
struct FrameworksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "把指标体系（内置 id 或 YAML/JSON/CSV 文件）导出为 YAML 或 JSON")

    @Argument(help: "指标体系 id，或指标体系文件") var target: String
    @Option(help: "输出格式：yaml 或 json") var format: FormatOption = .yaml
    @Option(name: [.customShort("o"), .long], help: "写入此文件（默认输出到标准输出）") var output: String?
    @OptionGroup var options: FrameworkFolderOption

    enum FormatOption: String, ExpressibleByArgument, CaseIterable {
        case yaml, json
    }

    func run() throws {
        let framework = try source()
        let text: String
        do {
            text = try FrameworkWriter.write(framework, format: format == .yaml ? .yaml : .json)
        } catch {
            throw CommandOutput.fail("无法导出：\(error)", code: 2)
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            throw CommandOutput.fail("无法写入 \(output)：\(error.localizedDescription)", code: 2)
        }
    }

    /// A CSV table is exported even when incomplete (that is what the YAML is for); its problems
    /// go to stderr. Anything else must be a valid framework.
    private func source() throws -> Framework {
        guard target.lowercased().hasSuffix(".csv"), FileManager.default.fileExists(atPath: target) else {
            return try options.framework(idOrFile: target)
        }
        let imported: CSVImport
        do { imported = try FrameworkCSVImporter.importTable(url: URL(fileURLWithPath: target), file: target) } catch {
            throw CommandOutput.fail(error.description, code: 2)
        }
        imported.allProblems.forEach { CommandOutput.warn($0.description) }
        return imported.framework
    }
}
