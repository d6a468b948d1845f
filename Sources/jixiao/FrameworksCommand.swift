import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles

/// `jixiao frameworks list|show|validate`.
struct FrameworksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frameworks",
        abstract: "列出、查看和校验指标体系",
        subcommands: [
            FrameworksListCommand.self, FrameworksShowCommand.self, FrameworksValidateCommand.self,
            FrameworksExportCommand.self,
        ]
    )
}

/// Options shared by commands that look frameworks up by id.
struct FrameworkFolderOption: ParsableArguments {
    @Option(name: .customLong("frameworks"), help: "另外加载此文件夹中的指标体系文件（同 id 覆盖内置）")
    var folder: String?

    /// The built-ins plus the folder's files; exits 2 when the library cannot be read.
    func library() throws -> FrameworkLibrary {
        do {
            let library = try FrameworkLibrary.standard(extraFolder: folder.map { URL(fileURLWithPath: $0) })
            library.problems.forEach { CommandOutput.warn($0.description) }
            return library
        } catch {
            throw CommandOutput.fail(error.description, code: 2)
        }
    }
}

extension FrameworkFolderOption {
    /// The framework in file `target` when it exists, else the library's framework with that id.
    func framework(idOrFile target: String) throws -> Framework {
        if FileManager.default.fileExists(atPath: target) {
            do { return try FrameworkReader.read(url: URL(fileURLWithPath: target), file: target).framework } catch {
                throw CommandOutput.fail(error.description, code: error.kind == .unreadable ? 2 : 1)
            }
        }
        guard let found = try library().framework(id: target) else {
            throw CommandOutput.fail("找不到指标体系「\(target)」（用 jixiao frameworks list 查看可用的 id）", code: 2)
        }
        return found
    }
}

struct FrameworksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出可用的指标体系")
    @OptionGroup var options: FrameworkFolderOption

    func run() throws {
        for framework in try options.library().list {
            let leaves = framework.indicators.flatMap(\.leaves)
            let provisional = leaves.filter(\.provisional).count
            print("\(framework.id)\t\(framework.title)")
            print(
                "    \(framework.kind.label) · \(framework.region) · \(framework.year) 年起 · 总分 \(framework.total) · "
                    + "末级指标 \(leaves.count) 个（暂定 \(provisional) 个）")
            print("    来源：\(framework.source)")
        }
    }
}

struct FrameworksShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "显示指标体系的指标树、分值和评分规则")
    @Argument(help: "指标体系 id，或指标体系文件（.yaml/.json/.csv）") var target: String
    @OptionGroup var options: FrameworkFolderOption

    func run() throws {
        print(FrameworkTreeText.render(try options.framework(idOrFile: target)))
    }
}

struct FrameworksValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "校验指标体系文件（YAML/JSON/CSV）：有错误时退出码 1，无法读取时退出码 2")
    @Argument(help: "指标体系文件") var files: [String]

    func run() throws {
        var worst: Int32 = 0
        for file in files {
            do {
                let loaded = try FrameworkReader.read(url: URL(fileURLWithPath: file), file: file)
                loaded.warnings.forEach { print($0.description) }
                print("\(file): 有效（\(loaded.framework.id)，末级指标 \(loaded.framework.indicators.flatMap(\.leaves).count) 个）")
            } catch {
                let code: Int32 = error.kind == .unreadable ? 2 : 1
                if code == 2 {
                    error.problems.forEach { CommandOutput.warn($0.description) }
                } else {
                    error.problems.forEach { print($0.description) }
                }
                worst = max(worst, code)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
