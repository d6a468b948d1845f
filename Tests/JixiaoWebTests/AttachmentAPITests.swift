import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// 佐证材料 through the API: upload, list, download and delete, with the evaluation's scope,
/// the type read from the content, the size limit and the draft-only rule.
@Suite("Attachments: API", .timeLimit(.minutes(10)))
struct AttachmentAPITests {
    @Test(
        "the filer uploads, the reviewer lists and downloads, another unit's filer gets 404 everywhere",
        arguments: TestDatabase.all)
    func scope(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var filer = try await ReviewFixtures.api(app, as: "filer")
            var reviewer = try await ReviewFixtures.api(app, as: "reviewer")
            var approver = try await ReviewFixtures.api(app, as: "approver")
            var other = try await ReviewFixtures.api(app, as: "filer-xinfeng")
            // when
            let upload = try await filer.attach(
                "/api/v1/evaluations/\(id)/attachments", bytes: AttachmentBytes.pdf,
                filename: "../扫描件/证明 材料.pdf")
            // then
            #expect(upload.status == .created)
            let dto = try upload.content.decode(AttachmentDTO.self)
            #expect(dto.name == "证明 材料.pdf" && dto.size == AttachmentBytes.pdf.count && dto.contentType == "application/pdf")
            #expect(dto.indicator == nil && dto.uploadedBy == "五华填报人" && !dto.public)
            let list = try await reviewer.get("/api/v1/evaluations/\(id)/attachments")
            #expect(list.status == .ok)
            #expect(try list.content.decode(AttachmentListDTO.self).items.map(\.id) == [dto.id])
            let download = try await reviewer.get("/api/v1/attachments/\(dto.id)")
            #expect(download.status == .ok)
            #expect(Array(download.body.readableBytesView) == AttachmentBytes.pdf)
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(
                download.headers.first(name: .contentDisposition)
                    == "attachment; filename=\"attachment.pdf\"; filename*=UTF-8''%E8%AF%81%E6%98%8E%20%E6%9D%90%E6%96%99.pdf")
            #expect(try await approver.get("/api/v1/attachments/\(dto.id)").status == .ok)
            for response in [
                try await other.get("/api/v1/attachments/\(dto.id)"),
                try await other.get("/api/v1/evaluations/\(id)/attachments"),
                try await other.attach(
                    "/api/v1/evaluations/\(id)/attachments", bytes: AttachmentBytes.pdf,
                    filename: "x.pdf"),
                try await other.delete("/api/v1/attachments/\(dto.id)"),
            ] {
                #expect(response.status == .notFound)
            }
            #expect(try await FluentAttachmentRepository(database: app.db).list(evaluationID: id).count == 1)
        }
    }

    @Test(
        "the content decides the type: a renamed program or page is refused, a claimed type is ignored",
        arguments: TestDatabase.all)
    func sniffing(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            var filer = try await ReviewFixtures.api(app, as: "filer")
            let path = "/api/v1/evaluations/\(id)/attachments"
            // when
            let exe = try await filer.attach(path, bytes: AttachmentBytes.exe, filename: "报告.pdf", contentType: "application/pdf")
            let html = try await filer.attach(path, bytes: AttachmentBytes.html, filename: "照片.png", contentType: "image/png")
            let empty = try await filer.attach(path, bytes: [], filename: "空.pdf")
            let png = try await filer.attach(path, bytes: AttachmentBytes.png, filename: "x.pdf", contentType: "application/pdf")
            var session = try await Browser.signedIn(app, as: "filer")
            let xlsx = try await session.get("/evaluations/\(id)/report/xlsx")
            let sheet = try await filer.attach(path, bytes: Array(xlsx.body.readableBytesView), filename: "评分表.xlsx")
            // then
            for (response, text) in [(exe, "报告.pdf"), (html, "照片.png"), (empty, "是空的")] {
                #expect(response.status == .unprocessableEntity)
                #expect(try response.content.decode(APIErrorDTO.self).error.message.contains(text))
            }
            #expect(try exe.content.decode(APIErrorDTO.self).error.message.contains("类型不受支持"))
            let stored = try png.content.decode(AttachmentDTO.self)
            #expect(stored.contentType == "image/png" && stored.name == "x.pdf.png")
            #expect(try sheet.content.decode(AttachmentDTO.self).contentType == AttachmentType.xlsx.contentType)
        }
    }

    @Test("a file of 20 MB is taken, one byte more is refused with the limit named", arguments: TestDatabase.all)
    func sizeLimit(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            var filer = try await ReviewFixtures.api(app, as: "filer")
            let path = "/api/v1/evaluations/\(id)/attachments"
            // when
            let exact = try await filer.attach(path, bytes: AttachmentBytes.pdf(count: 20 * 1_048_576), filename: "大.pdf")
            let over = try await filer.attach(path, bytes: AttachmentBytes.pdf(count: 20 * 1_048_576 + 1), filename: "过大.pdf")
            // then
            #expect(exact.status == .created)
            #expect(over.status == .payloadTooLarge)
            #expect(try over.content.decode(APIErrorDTO.self).error.message.contains("20 MB"))
        }
    }

    @Test("files are deleted only by the unit's filer while the evaluation is a draft or returned", arguments: TestDatabase.all)
    func deleteWhileDraft(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            var filer = try await ReviewFixtures.api(app, as: "filer")
            var reviewer = try await ReviewFixtures.api(app, as: "reviewer")
            let path = "/api/v1/evaluations/\(id)/attachments"
            let dto = try await filer.attach(path, bytes: AttachmentBytes.pdf, filename: "a.pdf").content.decode(AttachmentDTO.self)
            // when submitted
            try await ReviewFixtures.set(app, id, status: .submitted)
            let locked = try await filer.delete("/api/v1/attachments/\(dto.id)")
            let lateUpload = try await filer.attach(path, bytes: AttachmentBytes.pdf, filename: "b.pdf")
            let byReviewer = try await reviewer.delete("/api/v1/attachments/\(dto.id)")
            // then
            #expect(locked.status == .conflict && lateUpload.status == .conflict)
            #expect(try locked.content.decode(APIErrorDTO.self).error.message == AttachmentText.locked)
            #expect(byReviewer.status == .forbidden)
            // when returned
            try await ReviewFixtures.set(app, id, status: .returned)
            let deleted = try await filer.delete("/api/v1/attachments/\(dto.id)")
            // then
            #expect(deleted.status == .noContent)
            #expect(try await filer.get("/api/v1/attachments/\(dto.id)").status == .notFound)
            #expect(try await filer.get(path).content.decode(AttachmentListDTO.self).items.isEmpty)
        }
    }

    @Test("a file may name one indicator of the evaluation's framework, no other", arguments: [TestDatabase.sqlite])
    func indicator(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            let id = try await Fixtures.evaluationID(app)
            let stored = try await ReviewFixtures.find(app, id)
            let leaf = try #require(
                EditorPageModel.scoredLeaves(
                    try await app.frameworks.framework(id: stored.evaluation.frameworkID)
                ).first)
            var filer = try await ReviewFixtures.api(app, as: "filer")
            let path = "/api/v1/evaluations/\(id)/attachments"
            // when
            let good = try await filer.attach(path, bytes: AttachmentBytes.pdf, filename: "a.pdf", fields: [("indicator", leaf.id)])
            let bad = try await filer.attach(path, bytes: AttachmentBytes.pdf, filename: "a.pdf", fields: [("indicator", "Z9")])
            // then
            #expect(try good.content.decode(AttachmentDTO.self).indicator == leaf.id)
            #expect(bad.status == .unprocessableEntity)
            #expect(try bad.content.decode(APIErrorDTO.self).error.message.contains("Z9"))
        }
    }

    @Test("the OpenAPI document lists the four attachment operations with a multipart upload", arguments: [TestDatabase.sqlite])
    func openAPI(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            var client = Browser(app: app)
            let json = try JSONSerialization.jsonObject(with: Data(try await client.get("/api/v1/openapi.json").body.readableBytesView))
            let paths = try #require((json as? [String: Any])?["paths"] as? [String: [String: Any]])
            #expect(Set(paths["/evaluations/{id}/attachments"]?.keys.map { $0 } ?? []) == ["get", "post"])
            #expect(Set(paths["/attachments/{id}"]?.keys.map { $0 } ?? []) == ["get", "delete"])
            let post = paths["/evaluations/{id}/attachments"]?["post"] as? [String: Any]
            let body = post?["requestBody"] as? [String: Any]
            #expect((body?["content"] as? [String: Any])?["multipart/form-data"] != nil)
        }
    }
}
