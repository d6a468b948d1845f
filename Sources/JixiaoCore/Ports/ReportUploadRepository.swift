import Foundation

/// Each unit's report uploads within a rolling window, kept where every process counts alike
/// (the per-unit upload quota; implemented on Fluent in JixiaoStore).
public protocol ReportUploadRepository: Sendable {
    /// Records an upload of `unitCode` at `date` when the unit has had fewer than `limit` in
    /// the `window` before it; true when recorded, false when the quota is used up. More than
    /// `limit` are never admitted, even by processes racing for the last place.
    func admit(unitCode: String, limit: Int, window: TimeInterval, at date: Date) async throws -> Bool
    /// The uploads of `unitCode` since `date`.
    func used(unitCode: String, since date: Date) async throws -> Int
    /// When the earliest upload of `unitCode` since `date` was made (nil when there is none): the
    /// quota has a place again once that upload is older than the window.
    func earliest(unitCode: String, since date: Date) async throws -> Date?
}
