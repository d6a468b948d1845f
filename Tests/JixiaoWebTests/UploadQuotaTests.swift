import Foundation
import JixiaoStore
import Testing
import VaporTesting

@testable import JixiaoWeb

/// Issue 12: a unit may upload at most `AppSettings.uploadsPerUnitPerDay` reports in 24 hours,
/// counted in the database; one more is a 429 with a Chinese message on the upload page and a
/// `Retry-After` of the seconds until the unit's earliest upload leaves the window.
@Suite("Upload quota per unit", .timeLimit(.minutes(10)))
struct UploadQuotaTests {
    static let report = Array("五华区数据局 2023 年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n本单位负责全区数据工作。\n".utf8)

    static func upload(_ browser: inout Browser, _ name: String) async throws -> TestingHTTPResponse {
        try await browser.upload(
            "/evaluations/upload",
            fields: [("framework", "guangdong-county-department"), ("year", "2023")],
            fileField: "report", filename: name, bytes: report)
    }

    @Test(
        "with a quota of 2 the third upload of a unit is a 429 with the message and Retry-After; another unit still uploads",
        arguments: TestDatabase.all)
    func quota(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            app.services.settings.uploadsPerUnitPerDay = 2
            var filer = try await Browser.signedIn(app, as: "filer")
            var other = try await Browser.signedIn(app, as: "filer-xinfeng")
            // when
            let first = try await Self.upload(&filer, "one.txt")
            let second = try await Self.upload(&filer, "two.txt")
            let third = try await Self.upload(&filer, "three.txt")
            let elsewhere = try await Self.upload(&other, "other.txt")
            // then
            for response in [first, second, elsewhere] {
                #expect(response.status != .tooManyRequests, "\(response.status)")
                #expect(response.status.code < 500)
            }
            #expect(third.status == .tooManyRequests)
            #expect(third.body.string.contains(UploadController.quotaUsed(2)))
            // the first upload leaves the 24-hour window in a little under 24 hours: ask again then
            let retry = try #require(third.headers.first(name: .retryAfter).flatMap { Int($0) })
            #expect(retry > Int(UploadController.quotaWindow) - 600 && retry <= Int(UploadController.quotaWindow))
            let uploads = FluentReportUploadRepository(database: app.db), since = Date().addingTimeInterval(-UploadController.quotaWindow)
            #expect(try await uploads.used(unitCode: Fixtures.filerUnit, since: since) == 2)
            #expect(try await uploads.used(unitCode: Fixtures.otherUnit, since: since) == 1)
        }
    }

    @Test("uploads older than the window no longer count", arguments: [TestDatabase.sqlite])
    func rollingWindow(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given: two uploads a day and a minute ago use up a quota of 2 no longer
            app.services.settings.uploadsPerUnitPerDay = 2
            let uploads = FluentReportUploadRepository(database: app.db)
            let old = Date().addingTimeInterval(-UploadController.quotaWindow - 60)
            for _ in 0..<2 {
                #expect(try await uploads.admit(unitCode: Fixtures.filerUnit, limit: 2, window: UploadController.quotaWindow, at: old))
            }
            var filer = try await Browser.signedIn(app, as: "filer")
            // when
            let response = try await Self.upload(&filer, "again.txt")
            // then
            #expect(response.status != .tooManyRequests)
            #expect(try await uploads.used(unitCode: Fixtures.filerUnit, since: old.addingTimeInterval(-1)) == 1)
        }
    }
}
