import NIOConcurrencyHelpers
import Vapor

/// A bcrypt hash of a random password, one per cost, which a sign-in with an unknown user
/// name is verified against: the same bcrypt work as for a real user, so the response time
/// does not tell whether the name exists.
enum DummyPassword {
    private static let hashes = NIOLockedValueBox<[Int: String]>([:])

    /// The hash at `cost`, made once per process (`configure` makes it at start).
    static func hash(cost: Int) throws -> String {
        if let hash = hashes.withLockedValue({ $0[cost] }) { return hash }
        let hash = try Bcrypt.hash([UInt8].random(count: 16).base64, cost: cost)
        hashes.withLockedValue { $0[cost] = hash }
        return hash
    }
}
