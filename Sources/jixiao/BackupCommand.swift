import ArgumentParser
import Foundation
import JixiaoStore
import JixiaoWeb

/// `jixiao backup export|import`: the whole database as one JSON file.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "整库导出为 JSON，或导入到空数据库（DATABASE_URL 或 SQLite 文件）",
        subcommands: [BackupExportCommand.self, BackupImportCommand.self])
}

struct BackupExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "导出整库 JSON")

    @Option(name: .shortAndLong, help: "输出文件（省略则写到标准输出）") var output: String?

    func run() async throws {
        let data = try await BackupTool.export()
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

struct BackupImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "把整库 JSON 导入空数据库")

    @Argument(help: "备份文件") var file: String

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandOutput.fail("无法读取备份文件 \(file)", code: 2)
        }
        do {
            try await BackupTool.restore(data)
        } catch BackupError.databaseNotEmpty {
            throw CommandOutput.fail("目标数据库已有数据：只能导入到空数据库", code: 1)
        } catch let error as DecodingError {
            throw CommandOutput.fail("备份文件 \(file) 格式不正确：\(error)", code: 2)
        }
        print("已导入 \(file)")
    }
}
