import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles

/// `jixiao library list|search|validate`: the indicator library (指标库, cycle.md §2).
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "查看、搜索和校验指标库",
        subcommands: [LibraryListCommand.self, LibrarySearchCommand.self, LibraryValidateCommand.self])

    /// One indicator a line: 行业, levels › name, direction and reference value with unit, flags.
    static func line(_ indicator: LibraryIndicator) -> String {
        var parts = [indicator.sector, (indicator.levels + [indicator.name]).joined(separator: " › ")]
        var value = indicator.direction?.rawValue ?? "—"
        if let reference = indicator.reference { value += " \(reference)" }
        if let unit = indicator.unit { value += unit == "%" ? "%" : " \(unit)" }
        parts.append(value)
        if indicator.required { parts.append("必选") }
        if let use = indicator.fundUse { parts.append("资金用途：\(use)") }
        if !indicator.aliases.isEmpty { parts.append("又称：\(indicator.aliases.joined(separator: "、"))") }
        if let note = indicator.note { parts.append("说明：\(note)") }
        return parts.joined(separator: "\t")
    }
}

struct LibraryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出指标库中的指标（可按行业筛选）")
    @Option(help: "只列出此行业（如 共性、政务服务）") var sector: String?
    @OptionGroup var library: LibraryFilesOption

    func run() throws {
        let loaded = try library.load()
        let indicators = loaded.list(sector: sector)
        if indicators.isEmpty, let sector {
            throw CommandOutput.fail("指标库中没有行业「\(sector)」（现有：\(loaded.sectors.joined(separator: "、"))）", code: 1)
        }
        indicators.forEach { print(LibraryCommand.line($0)) }
    }
}

struct LibrarySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "按名称、行业、级次、资金用途或说明搜索指标（多个词须同时出现）；找不到时退出码 1")
    @Argument(help: "搜索词") var words: [String]
    @OptionGroup var library: LibraryFilesOption

    func run() throws {
        let found = try library.load().search(words)
        if found.isEmpty { throw CommandOutput.fail("指标库中没有同时含「\(words.joined(separator: "」「"))」的指标", code: 1) }
        found.forEach { print(LibraryCommand.line($0)) }
    }
}

struct LibraryValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "校验指标库文件（YAML/JSON/CSV），逐行列出全部错误：有错误时退出码 1，无法读取时退出码 2")
    @Argument(help: "指标库文件") var files: [String]

    func run() throws {
        var worst: Int32 = 0
        for file in files {
            do {
                let loaded = try LibraryReader.read(url: URL(fileURLWithPath: file), file: file)
                loaded.warnings.forEach { print($0.description) }
                print("\(file): 有效（指标 \(loaded.library.indicators.count) 个，行业：\(loaded.library.sectors.joined(separator: "、"))）")
            } catch {
                let code: Int32 = error.kind == .unreadable ? 2 : 1
                error.problems.forEach { code == 2 ? CommandOutput.warn($0.description) : print($0.description) }
                worst = max(worst, code)
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
