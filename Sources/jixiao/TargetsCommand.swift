import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles

/// `jixiao targets FILE… [--format text|json]`: checks target declarations (cycle.md §1).
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "检查绩效目标申报表（部门整体或项目，.yaml/.yml/.json，格式见 docs/targets-format.md）",
        discussion: """
            退出码：0 无错误；1 有 error 级问题；2 有文件无法读取（原因写在标准错误）。
            --render docx|xlsx：由一个申报表文件生成 Word（横向表格，GB/T 9704）或 Excel 申报表，问题写到标准错误，写出即退出码 0。
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "申报表文件") var files: [String]
    @Option(help: "输出格式：text 或 json") var format: Format = .text
    @OptionGroup var library: LibraryFilesOption
    @OptionGroup var severities: SeveritiesOption
    @Option(help: "生成申报表文档：docx 或 xlsx（只给一个文件）") var render: DeclarationFormat?
    @Option(name: [.customShort("o"), .long], help: "--render 的输出文件路径（默认当前目录下与输入同名）") var output: String?

    func run() throws {
        let checker = DeclarationChecker(rules: DeclarationRules(severities: try severities.load()), library: try library.load())
        if let render { return try self.render(render, checker: checker) }
        var reports: [DeclarationReport] = []
        var unreadable = false
        for file in files {
            do {
                let (report, warnings) = try DeclarationReport.check(file: file, checker: checker)
                warnings.forEach { CommandOutput.warn($0.description) }
                reports.append(report)
            } catch {
                unreadable = true
                error.problems.forEach { CommandOutput.warn($0.description) }
            }
        }
        switch format {
        case .text: print(reports.map(\.text).joined(), terminator: "")
        case .json:
            do { print(try DeclarationReport.json(reports), terminator: "") } catch {
                throw CommandOutput.fail("无法生成 JSON：\(error)", code: 2)
            }
        }
        if unreadable { throw ExitCode(2) }
        if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
}

/// `--severities FILE`: the province's severities of the declaration rules (docs/targets-format.md).
struct SeveritiesOption: ParsableArguments {
    @Option(name: .customLong("severities"), help: "按省份设定规则级别的文件（.yaml/.json：规则: error|warning|info）")
    var file: String?

    /// The severities of the file (none without one); exits 2 listing every problem when it cannot be used.
    func load() throws -> [String: Severity] {
        guard let file else { return [:] }
        do { return try SeverityFileReader.read(url: URL(fileURLWithPath: file), file: file) } catch {
            error.problems.forEach { CommandOutput.warn($0.description) }
            throw ExitCode(2)
        }
    }
}

/// `--library FILE` (repeatable): indicator library files added to the built-in library.
struct LibraryFilesOption: ParsableArguments {
    @Option(name: .customLong("library"), help: "另外加载的指标库文件（.yaml/.json/.csv，可多次给出）")
    var files: [String] = []

    /// The built-in library plus the files; exits 2 listing every problem when one cannot be read.
    func load() throws -> IndicatorLibrary {
        do { return try LibraryReader.standard(extraFiles: files) } catch {
            error.problems.forEach { CommandOutput.warn($0.description) }
            throw ExitCode(2)
        }
    }
}
