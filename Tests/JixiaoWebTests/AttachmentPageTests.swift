import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// 佐证材料 on the pages: the editor's upload form and list, the review page, the public page
/// (only files the filer made public, once published), and the whole-database backup.
@Suite("Attachments: pages and backup", .timeLimit(.minutes(10)))
struct AttachmentPageTests {
    @Test(
        "uploaded on the editor, listed there and on the review page, downloaded by the reviewer, deleted by the filer",
        arguments: TestDatabase.all)
    func editorAndReview(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            var reviewer = try await Browser.signedIn(app, as: "reviewer")
            #expect(try await filer.get("/evaluations/\(id)").body.string.contains("id=\"attachment-form\""))
            // when
            let upload = try await filer.attach(
                "/evaluations/\(id)/attachments", bytes: AttachmentBytes.png,
                filename: "现场照片<b>.png", fields: [("indicator", ""), ("public", "1")])
            let refused = try await filer.attach(
                "/evaluations/\(id)/attachments", bytes: AttachmentBytes.exe,
                filename: "setup.pdf")
            // then
            #expect(upload.status == .seeOther)
            #expect(upload.headers.first(name: .location) == "/evaluations/\(id)?attachment=added#attachments")
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("类型不受支持"))
            let file = try #require(try await FluentAttachmentRepository(database: app.db).list(evaluationID: id).first)
            #expect(file.name == "现场照片_b_.png" && file.isPublic)
            let editor = try await filer.get("/evaluations/\(id)?attachment=added").body.string
            #expect(editor.contains(AttachmentText.added) && editor.contains("href=\"/attachments/\(file.id)\""))
            let review = try await reviewer.get("/review/\(id)").body.string
            #expect(review.contains("现场照片_b_.png") && review.contains("href=\"/attachments/\(file.id)\""))
            #expect(!review.contains("attachment-form") && !review.contains("/attachments/\(file.id)/delete"))
            var approver = try await Browser.signedIn(app, as: "approver")
            let readOnly = try await approver.get("/evaluations/\(id)").body.string
            #expect(readOnly.contains("href=\"/attachments/\(file.id)\"") && !readOnly.contains("attachment-form"))
            let download = try await reviewer.get("/attachments/\(file.id)")
            #expect(download.status == .ok && Array(download.body.readableBytesView) == AttachmentBytes.png)
            #expect(download.headers.first(name: .contentType) == "image/png")
            // when the filer deletes it
            let deleted = try await filer.post("/attachments/\(file.id)/delete", form: [:])
            // then
            #expect(deleted.status == .seeOther)
            #expect(try await FluentAttachmentRepository(database: app.db).list(evaluationID: id).isEmpty)
        }
    }

    @Test(
        "a file for one indicator is listed under it in the editor, whose 上传 link chooses that indicator",
        arguments: [TestDatabase.sqlite])
    func perIndicator(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.find(app, id)
            let leaves = EditorPageModel.scoredLeaves(try await app.frameworks.framework(id: stored.evaluation.frameworkID))
            let leaf = try #require(leaves.last)
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            _ = try await filer.attach(
                "/evaluations/\(id)/attachments", bytes: AttachmentBytes.pdf, filename: "指标证明.pdf",
                fields: [("indicator", leaf.id)])
            let editor = try await filer.get("/evaluations/\(id)").body.string
            let chosen = try await filer.get("/evaluations/\(id)?attach=\(Browser.encode(leaf.id))").body.string
            // then: the file's line sits in the indicator's block, after its name and before the next block
            let line = try #require(editor.range(of: "<p class=\"indicator-attachments hint\">佐证材料：<a href=\"/attachments/"))
            let block = try #require(
                editor.range(of: "<div class=\"indicator\"", options: .backwards, range: editor.startIndex..<line.lowerBound))
            #expect(editor[block.lowerBound..<line.lowerBound].contains(leaf.name))
            #expect(editor[line.lowerBound...].prefix(400).contains("指标证明.pdf"))
            #expect(chosen.contains("<option value=\"\(leaf.id)\" selected=\"selected\">\(leaf.name)</option>"))
            #expect(!editor.contains("<option value=\"\(leaf.id)\" selected=\"selected\">\(leaf.name)</option>"))
        }
    }

    @Test("the public page shows and serves only the files made public, and only once published", arguments: TestDatabase.all)
    func publicPage(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var filer = try await Browser.signedIn(app, as: "filer")
            _ = try await filer.attach(
                "/evaluations/\(id)/attachments", bytes: AttachmentBytes.pdf, filename: "公开件.pdf",
                fields: [("public", "1")])
            _ = try await filer.attach("/evaluations/\(id)/attachments", bytes: AttachmentBytes.pdf, filename: "内部件.pdf")
            let files = try await FluentAttachmentRepository(database: app.db).list(evaluationID: id)
            let open = try #require(files.first { $0.isPublic }), closed = try #require(files.first { !$0.isPublic })
            var anonymous = Browser(app: app)
            #expect(try await anonymous.get("/public/attachments/\(open.id)").status == .notFound)
            // when
            try await ReviewFixtures.set(app, id, status: .published)
            let page = try await anonymous.get("/public/\(id)").body.string
            // then
            #expect(page.contains("公开件.pdf") && !page.contains("内部件.pdf"))
            #expect(try await anonymous.get("/public/attachments/\(open.id)").status == .ok)
            #expect(try await anonymous.get("/public/attachments/\(closed.id)").status == .notFound)
            #expect(try await anonymous.get("/attachments/\(open.id)").status != .ok)
        }
    }

    @Test("attachments travel in the backup with their bytes, and a tampered one is refused", arguments: TestDatabase.all)
    func backup(_ target: TestDatabase) async throws {
        // given a SQLite database holding an attachment
        let exported: Data? = try await withJixiaoApp(.sqlite) { app in
            let id = try await Fixtures.evaluationID(app)
            var filer = try await ReviewFixtures.api(app, as: "filer")
            _ = try await filer.attach(
                "/api/v1/evaluations/\(id)/attachments", bytes: AttachmentBytes.png, filename: "图.png",
                fields: [("public", "1")])
            return try await DatabaseBackup.export(from: app.db).json()
        }
        let first = try #require(exported)
        let backup = try DatabaseBackup.read(first)
        #expect(backup.format == "jixiao-backup-5")
        #expect(backup.attachments.map(\.name) == ["图.png"] && backup.attachments.first?.content == Data(AttachmentBytes.png))
        #expect(BackupCheck.refusal(backup) == nil)
        // when it is restored into an empty database of the target kind
        let again: (Data, [UInt8]?)? = try await withJixiaoApp(target) { app in
            try await BackupAndExportTests.empty(app.db)
            try await backup.restore(into: app.db)
            let id = try #require(backup.attachments.first?.id.uuidString.lowercased())
            return (
                try await DatabaseBackup.export(from: app.db).json(),
                try await FluentAttachmentRepository(database: app.db).content(id: id)
            )
        }
        // then
        let (second, bytes) = try #require(again)
        #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
        #expect(bytes == AttachmentBytes.png)
        var wrongType = backup, orphan = backup, renamed = backup
        wrongType.attachments[0].fileType = "pdf"
        orphan.attachments[0].evaluationID = UUID()
        renamed.attachments[0].name = "../图.png"
        #expect(BackupCheck.refusal(wrongType)?.contains("类型与内容不符") == true)
        #expect(BackupCheck.refusal(orphan)?.contains("不在备份中") == true)
        #expect(BackupCheck.refusal(renamed)?.contains("文件名无效") == true)
    }
}
