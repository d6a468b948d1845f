import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

@Suite("整改 evidence: the unit attaches files to its answer, the bureau downloads them", .timeLimit(.minutes(10)))
struct RectificationAttachmentTests {
    @Test(
        "the filer uploads on the item page, the reviewer downloads the same bytes, another unit gets 404, a bad file is refused in Chinese",
        arguments: TestDatabase.all)
    func uploadAndDownload(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var reviewer = try await Browser.signedIn(app, as: "reviewer"), filer = try await Browser.signedIn(app, as: "filer")
            var other = try await Browser.signedIn(app, as: "filer-xinfeng")
            let raised = try await reviewer.post(
                "/rectifications",
                form: ["kind": "evaluation", "subject": id, "requirement": "补充偏差原因", "deadline": RectificationPageTests.deadline])
            let item = try #require(raised.headers.first(name: .location)?.split(separator: "?").first.map(String.init))
            let itemID = String(item.dropFirst("/rectifications/".count))
            #expect(try await filer.get(item).body.string.contains("id=\"rectification-attachment-form\""))
            #expect(!(try await reviewer.get(item).body.string.contains("id=\"rectification-attachment-form\"")))
            // when
            let upload = try await filer.attach(item + "/attachments", bytes: AttachmentBytes.pdf, filename: "整改<说明>.pdf")
            let refused = try await filer.attach(item + "/attachments", bytes: AttachmentBytes.exe, filename: "setup.pdf")
            let byOther = try await other.attach(item + "/attachments", bytes: AttachmentBytes.pdf, filename: "x.pdf")
            let byReviewer = try await reviewer.attach(item + "/attachments", bytes: AttachmentBytes.pdf, filename: "x.pdf")
            // then
            #expect(upload.status == .seeOther && upload.headers.first(name: .location) == "\(item)?attachment=added")
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("类型不受支持"))
            #expect(byOther.status == .notFound)
            #expect(byReviewer.status == .forbidden && byReviewer.body.string.contains("只有被整改单位"))
            let store = FluentAttachmentRepository(database: app.db)
            let files = try await store.list(rectificationID: itemID)
            let file = try #require(files.first)
            #expect(files.count == 1 && file.owner == .rectification && file.name == "整改_说明_.pdf")
            #expect(try await store.list(evaluationID: id).isEmpty)
            let page = try await reviewer.get(item).body.string
            #expect(page.contains("href=\"/attachments/\(file.id)\"") && page.contains("整改_说明_.pdf"))
            #expect(try await filer.get(item + "?attachment=added").body.string.contains(AttachmentText.added))
            let download = try await reviewer.get("/attachments/\(file.id)")
            #expect(download.status == .ok && Array(download.body.readableBytesView) == AttachmentBytes.pdf)
            #expect(try await filer.get("/attachments/\(file.id)").status == .ok)
            #expect(try await other.get("/attachments/\(file.id)").status == .notFound)
            #expect(try await filer.post("/attachments/\(file.id)/delete", form: [:]).status == .notFound)
            var anonymous = Browser(app: app)
            #expect(try await anonymous.get("/public/attachments/\(file.id)").status == .notFound)
        }
    }

    @Test("a backup keeps an item's file with its owner; a backup without the owner key still restores", arguments: TestDatabase.all)
    func backup(_ database: TestDatabase) async throws {
        // given one file of an item, exported
        let itemID = UUID().uuidString.lowercased()
        let exported: Data? = try await withJixiaoApp(database) { app in
            var new = NewAttachment(
                evaluationID: itemID, indicator: nil, name: "整改.pdf", type: .pdf, isPublic: false, uploadedBy: "王填报",
                content: AttachmentBytes.pdf)
            new.owner = .rectification
            _ = try await FluentAttachmentRepository(database: app.db).add(new, rules: .standard)
            return try await DatabaseBackup.export(from: app.db).json()
        }
        let data = try #require(exported)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(object["attachments"] as? [[String: Any]])
        #expect(rows.count == 1 && rows.first?["owner"] as? String == "rectification")
        object["attachments"] = rows.map { $0.filter { $0.key != "owner" } }
        let older = try JSONSerialization.data(withJSONObject: object)
        // when
        let restored: ([JixiaoCore.Attachment], [JixiaoCore.Attachment])? = try await withJixiaoApp(database) { app in
            try await BackupAndExportTests.empty(app.db)
            try await DatabaseBackup.read(data).restore(into: app.db)
            let store = FluentAttachmentRepository(database: app.db)
            return (try await store.list(rectificationID: itemID), try await store.list(evaluationID: itemID))
        }
        let fromOlder: Int? = try await withJixiaoApp(database) { app in
            try await BackupAndExportTests.empty(app.db)
            try await DatabaseBackup.read(older).restore(into: app.db)
            return try await FluentAttachmentRepository(database: app.db).list(evaluationID: itemID).count
        }
        // then
        let (items, evaluations) = try #require(restored)
        #expect(items.map(\.name) == ["整改.pdf"] && items.first?.owner == .rectification && evaluations.isEmpty)
        #expect(fromOlder == 1)
    }
}
