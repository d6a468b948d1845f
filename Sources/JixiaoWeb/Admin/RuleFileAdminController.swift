import Foundation
import JixiaoCore
import JixiaoFiles
import Vapor

/// 指标库与审核级别: upload an indicator library or the province's severities (validated by the
/// CLI's readers, stored only when valid, every problem listed with its line), delete one.
struct RuleFileAdminController {
    static let maxBytes = 512 * 1024
    static let maxProblemsShown = 100

    struct Upload: Content {
        var kind: String?
        var file: File?
    }

    func page(_ req: Request) async throws -> Response {
        RuleFilePage.render(try await model(req, flash: req.query[String.self, at: "done"])).response()
    }

    func upload(_ req: Request) async throws -> Response {
        if (req.body.data?.readableBytes ?? 0) > Self.maxBytes + UploadController.formOverhead {
            return try await failed(req, AdminText.frameworkTooLarge(Self.maxBytes))
        }
        let upload = try await req.offload { Result { try req.content.decode(Upload.self) } }.get()
        guard let kind = RuleFile.Kind(rawValue: upload.kind ?? "") else { return try await failed(req, RuleFileText.kindUnknown) }
        guard let file = upload.file, file.data.readableBytes > 0 else { return try await failed(req, RuleFileText.fileMissing) }
        guard file.data.readableBytes <= Self.maxBytes else { return try await failed(req, AdminText.frameworkTooLarge(Self.maxBytes)) }
        let data = Data(file.data.readableBytesView), name = String(file.filename.prefix(120))
        let result = try await req.offload { () -> Result<(text: String, count: Int), FileError> in
            do throws(FileError) {
                let text = try RuleFileData.text(data, file: name)
                switch kind {
                case .library: return .success((text, try RuleFileData.library(text: text, file: name).library.indicators.count))
                case .severities: return .success((text, try RuleFileData.severities(text: text, file: name).count))
                }
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .failure(let error):
            let problems = error.problems.prefix(Self.maxProblemsShown).map(\.description)
            return try await failed(req, RuleFileText.invalid(error.problems.count), problems: Array(problems))
        case .success(let read):
            let title = kind == .severities ? "severities" : RuleFileText.libraryName(name)
            let stored = RuleFile(
                kind: kind, name: title, fileName: name, sourceText: read.text, uploadedBy: try req.requireUser().displayName)
            let action = kind == .library ? "上传指标库" : "上传审核级别"
            let saved = try await req.ruleFiles.save(
                stored, log: try AdminController.entry(req, action, "\(title)（第 {version} 版，\(name)，\(read.count) 条）"))
            return req.redirect(
                to: SiteURL.adminRules.withQuery(["done": RuleFileText.uploaded(saved.name, version: saved.version, count: read.count)]),
                redirectType: .normal)
        }
    }

    func delete(_ req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        guard let kind = RuleFile.Kind(rawValue: form["kind"] ?? ""), let name = form["name"], !name.isEmpty else {
            return try await failed(req, RuleFileText.kindUnknown)
        }
        let action = kind == .library ? "删除指标库" : "删除审核级别"
        try await req.ruleFiles.delete(kind: kind, name: name, log: try AdminController.entry(req, action, name))
        return req.redirect(to: SiteURL.adminRules.withQuery(["done": RuleFileText.deleted(name)]), redirectType: .normal)
    }

    private func failed(_ req: Request, _ error: String, problems: [String] = []) async throws -> Response {
        var model = try await model(req, flash: nil)
        model.error = error
        model.problems = problems
        return RuleFilePage.render(model).response(status: .unprocessableEntity)
    }

    private func model(_ req: Request, flash: String?) async throws -> RuleFilePage.Model {
        let files = try await req.ruleFiles.all()
        var counts: [String: Int] = [:]
        var severities: [String: Severity] = [:]
        for file in files {
            switch file.kind {
            case .library:
                counts[file.name] = (try? RuleFileData.library(text: file.sourceText, file: file.fileName))?.library.indicators.count
            case .severities: severities = (try? RuleFileData.severities(text: file.sourceText, file: file.fileName)) ?? [:]
            }
        }
        return RuleFilePage.Model(
            user: try req.requireUser(), csrf: req.csrf, files: files, counts: counts, severities: severities,
            flash: flash.map { String($0.prefix(200)) }, error: nil)
    }
}
