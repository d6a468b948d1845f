import Foundation
import JixiaoCore
import JixiaoFiles
import Vapor

/// Frameworks: upload a YAML/JSON/CSV file (validated by the framework reader, stored only
/// when valid), show a framework's tree, delete an uploaded framework nothing uses.
struct FrameworkAdminController {
    /// Uploads larger than this are refused before parsing.
    static let maxBytes = 512 * 1024
    /// Problems of an invalid upload listed on the page.
    static let maxProblemsShown = 100

    struct Upload: Content {
        var file: File?
    }

    func upload(_ req: Request) async throws -> Response {
        if (req.body.data?.readableBytes ?? 0) > Self.maxBytes + UploadController.formOverhead {
            return try await AdminController.failed(req, AdminText.frameworkTooLarge(Self.maxBytes))
        }
        guard let file = try await req.offload({ Result { try req.content.decode(Upload.self) } }).get().file,
            file.data.readableBytes > 0
        else {
            return try await AdminController.failed(req, AdminText.frameworkFileMissing)
        }
        guard file.data.readableBytes <= Self.maxBytes else {
            return try await AdminController.failed(req, AdminText.frameworkTooLarge(Self.maxBytes))
        }
        let data = Data(file.data.readableBytesView), name = file.filename
        let result = try await req.offload { () -> Result<UploadedFrameworkFile, FileError> in
            do throws(FileError) { return .success(try FrameworkReader.read(data: data, file: name)) } catch {
                return .failure(error)
            }
        }
        let read: UploadedFrameworkFile
        switch result {
        case .success(let value): read = value
        case .failure(let error):
            let errors = error.problems.filter { $0.severity == .error }.count
            // At most a screenful: a hostile file may have thousands of problems.
            return try await AdminController.failed(
                req, AdminText.frameworkInvalid(errors),
                problems: error.problems.prefix(Self.maxProblemsShown).map(\.description))
        }
        let framework = read.loaded.framework
        if req.frameworks.builtIn(id: framework.id) != nil {
            return try await AdminController.failed(req, AdminText.frameworkBuiltInID(framework.id))
        }
        let repository = req.frameworkStore
        let usage = try await repository.usage(id: framework.id)
        if usage > 0 { return try await AdminController.failed(req, AdminText.frameworkReplaceInUse(framework.id, usage)) }
        if let old = try await repository.find(id: framework.id), old.kind != framework.kind {
            let years = try await req.fiscalYears.years(defaulting: framework.id)
            if !years.isEmpty { return try await AdminController.failed(req, AdminText.frameworkKindOfDefault(years)) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let stored = StoredFramework(
            frameworkID: framework.id, title: framework.title, kind: framework.kind, format: read.format.rawValue,
            fileName: file.filename, sourceText: read.text, document: String(decoding: try encoder.encode(framework), as: UTF8.self),
            uploadedBy: try req.requireUser().displayName)
        let saved = try await repository.save(
            stored,
            log: try AdminController.entry(
                req, "上传指标体系", "\(framework.title)（\(framework.id)，第 {version} 版，\(file.filename)）"))
        var model = try await model(req, framework)
        model.flash = AdminText.frameworkUploaded(framework.id, version: saved.version)
        model.warnings = read.loaded.warnings.map(\.description)
        return FrameworkPage.render(model).response(status: .created)
    }

    func page(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id"), let framework = try await req.frameworks.framework(id: id) else {
            throw Abort(.notFound)
        }
        return FrameworkPage.render(try await model(req, framework)).response()
    }

    func delete(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("id"), let framework = try await req.frameworks.framework(id: id) else {
            throw Abort(.notFound)
        }
        var model = try await model(req, framework)
        let years = model.defaultYears
        if model.uploaded == nil {
            model.error = AdminText.frameworkBuiltInDelete
        } else if model.usage > 0 {
            model.error = AdminText.frameworkInUse(model.usage)
        } else if !years.isEmpty {
            model.error = AdminText.frameworkIsDefault(years)
        }
        if model.error != nil { return FrameworkPage.render(model).response(status: .conflict) }
        try await req.frameworkStore.delete(id: id, log: try AdminController.entry(req, "删除指标体系", "\(framework.title)（\(id)）"))
        return AdminController.done(req, "framework-deleted")
    }

    private func model(_ req: Request, _ framework: Framework) async throws -> FrameworkPage.Model {
        let repository = req.frameworkStore
        return FrameworkPage.Model(
            user: try req.requireUser(), csrf: req.csrf, framework: framework,
            uploaded: try await repository.find(id: framework.id),
            usage: try await repository.usage(id: framework.id),
            defaultYears: try await req.fiscalYears.years(defaulting: framework.id))
    }
}
