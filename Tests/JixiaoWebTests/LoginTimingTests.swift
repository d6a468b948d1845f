import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// bcrypt through Vapor's `Bcrypt`, recording the digest of every verification.
struct RecordingHasher: PasswordHasher {
    let verified: NIOLockedValueBox<[String]>

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        Array(try Bcrypt.hash(String(decoding: password, as: UTF8.self), cost: 4).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        let digest = String(decoding: digest, as: UTF8.self)
        verified.withLockedValue { $0.append(digest) }
        return try Bcrypt.verify(String(decoding: password, as: UTF8.self), created: digest)
    }
}

@Suite("Sign-in does not tell whether a user name exists", .timeLimit(.minutes(10)))
struct LoginTimingTests {
    @Test(
        "an unknown name costs one bcrypt verification at the users' cost, as a wrong password does",
        arguments: [TestDatabase.sqlite])
    func sameWork(_ database: TestDatabase) async throws {
        try await withJixiaoApp(database) { app in
            // given
            let verified = NIOLockedValueBox<[String]>([])
            app.passwords.use { _ in RecordingHasher(verified: verified) }
            let browser = try await LoginThrottleRouteTests.atLoginPage(app)
            // when
            let unknown = try await LoginThrottleRouteTests.login(browser, "nobody-here", "guess", from: nil)
            let wrong = try await LoginThrottleRouteTests.login(browser, "filer", "guess", from: nil)
            // then: one verification each, against hashes of the same cost ("$2b$04$…")
            let digests = verified.withLockedValue { $0 }
            #expect(unknown.status == wrong.status)
            #expect(unknown.body.string.contains(WebText.loginFailed) && wrong.body.string.contains(WebText.loginFailed))
            #expect(digests.count == 2)
            #expect(Set(digests.map { $0.prefix(7) }).count == 1)
            #expect(digests.first != digests.last)
        }
    }
}
