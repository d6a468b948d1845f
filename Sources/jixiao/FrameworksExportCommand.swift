import ArgumentParser
import Foundation
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
        let framework = try options.framework(idOrFile: target)
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
}
