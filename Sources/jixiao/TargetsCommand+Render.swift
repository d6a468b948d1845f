import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoRender

/// The formats `jixiao targets --render` writes.
enum DeclarationFormat: String, ExpressibleByArgument, CaseIterable {
    case docx, xlsx

    var report: ReportFormat { self == .docx ? .docx : .xlsx }
}

extension TargetsCommand {
    /// `--render docx|xlsx [--output PATH]`: writes the 绩效目标申报表 of the one input file; its
    /// findings go to stderr (compiler style) and do not change the exit code (0 written, 2 not).
    func render(_ format: DeclarationFormat, checker: DeclarationChecker) throws {
        guard files.count == 1, let file = files.first else {
            throw CommandOutput.fail("--render 一次只能生成一个申报表：请只给一个文件", code: 2)
        }
        let loaded: LoadedDeclaration
        do { loaded = try DeclarationReader.read(url: URL(fileURLWithPath: file), file: file) } catch {
            error.problems.forEach { CommandOutput.warn($0.description) }
            throw ExitCode(2)
        }
        loaded.warnings.forEach { CommandOutput.warn($0.description) }
        let findings = loaded.located(checker.check(loaded.declaration))
        let text = DeclarationReport(file: file, kind: loaded.declaration.scope.rawValue, findings: findings).text
        if !text.isEmpty { CommandOutput.warn(String(text.dropLast())) }
        let data: Data
        do { data = try format.report.render(ReportDocument(declaration: loaded.declaration)) } catch {
            throw CommandOutput.fail("无法生成申报表：\(error)", code: 2)
        }
        let path = output ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + "." + format.rawValue
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw CommandOutput.fail("无法写出文件「\(path)」：\(error.localizedDescription)", code: 2)
        }
        CommandOutput.warn("已生成 \(path)")
    }
}
