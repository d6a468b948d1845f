import Foundation
import JixiaoCore
import JixiaoStore
import Testing
import Vapor

@testable import JixiaoWeb

/// The store of attachments on both databases: bytes come back as written, the
/// per-evaluation limits hold (the file over them is not kept), a delete removes both rows.
@Suite("Attachments: store", .timeLimit(.minutes(10)))
struct AttachmentRepositoryTests {
    @Test("bytes round-trip, the evaluation's count and total limits hold, delete removes the file", arguments: TestDatabase.all)
    func limits(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let id = try await Fixtures.evaluationID(app)
            let store = FluentAttachmentRepository(database: app.db)
            let rules = AttachmentRules(maxBytes: 1_000, maxPerEvaluation: 2, maxBytesPerEvaluation: 1_500)
            let bytes = [UInt8](repeating: 0xAB, count: 600)
            func file(_ name: String, _ content: [UInt8]) -> NewAttachment {
                NewAttachment(
                    evaluationID: id, indicator: nil, name: name, type: .pdf, isPublic: false, uploadedBy: "测试",
                    content: content)
            }
            // when
            let first = try await store.add(file("a.pdf", bytes), rules: rules)
            let second = try await store.add(file("b.pdf", bytes), rules: rules)
            // then
            #expect(try await store.content(id: first.id) == bytes)
            await #expect(throws: AttachmentRefusal.tooMany(limit: 2)) { try await store.add(file("c.pdf", [1]), rules: rules) }
            try await store.delete(id: second.id)
            await #expect(throws: AttachmentRefusal.evaluationFull(limit: 1_500)) {
                try await store.add(file("d.pdf", [UInt8](repeating: 1, count: 901)), rules: rules)
            }
            #expect(try await store.list(evaluationID: id).map(\.name) == ["a.pdf"])
            #expect(try await store.content(id: second.id) == nil)
            #expect(try await AttachmentDataRecord.query(on: app.db).count() == 1)
        }
    }
}
