import Foundation
import JixiaoCore
import JixiaoRender
import JixiaoStore
import Vapor

/// Exports of a year (.xlsx, CSV) and the whole-database backup and restore.
struct ExportController {
    func csv(_ req: Request) async throws -> Response {
        let (year, table) = try await yearTable(req)
        return FileResponse.make(
            Data(CSVWriter.document(table).utf8), filename: "jixiao-\(year).csv",
            contentType: FileResponse.contentType("csv"))
    }

    func xlsx(_ req: Request) async throws -> Response {
        let (year, table) = try await yearTable(req)
        let data = try await req.offload {
            Result { try XlsxRenderer.render(tables: [table], title: "\(year)年度绩效自评汇总", meta: "共 \(table.rows.count) 份") }
        }.get()
        return FileResponse.make(data, filename: "jixiao-\(year).xlsx", contentType: FileResponse.contentType("xlsx"))
    }

    func backup(_ req: Request) async throws -> Response {
        let data = try await DatabaseBackup.export(from: req.db).json()
        return FileResponse.make(data, filename: "jixiao-backup.json", contentType: FileResponse.contentType("json"))
    }

    /// Imports an uploaded backup into an empty database (409 otherwise).
    func restore(_ req: Request) async throws -> Response {
        struct Upload: Content { var file: File }
        let upload = try req.content.decode(Upload.self)
        let backup: DatabaseBackup
        do {
            backup = try DatabaseBackup.read(Data(upload.file.data.readableBytesView))
        } catch let error as DecodingError {
            throw Abort(.unprocessableEntity, reason: ReviewText.restoreInvalid + DecodingMessage.text(error))
        } catch {
            throw Abort(.unprocessableEntity, reason: ReviewText.restoreInvalid + "文件不是有效的备份。")
        }
        if let refusal = try await req.offload({ BackupCheck.refusal(backup) }) {
            throw Abort(.unprocessableEntity, reason: ReviewText.restoreInvalid + refusal)
        }
        do {
            try await backup.restore(into: req.db)
        } catch BackupError.databaseNotEmpty {
            throw Abort(.conflict, reason: ReviewText.restoreNotEmpty)
        }
        return req.redirect(to: SiteURL.admin.withQuery(["done": "restore"]), redirectType: .normal)
    }

    private func yearTable(_ req: Request) async throws -> (Int, ReportTable) {
        let year = try await ReviewController.year(req)
        let stored = try await req.dashboard.documents(year: year)
        let analyses = try await req.frameworks.analyze(all: stored.map(\.evaluation))
        return (year, YearExport.table(zip(stored, analyses).map { (stored: $0, analysis: $1) }))
    }
}
