import FluentKit
import Foundation
import JixiaoCore

/// `NoticeRepository` on Fluent: the `notifications` table (migration 022).
public struct FluentNoticeRepository: NoticeRepository {
    let database: any Database

    public init(database: any Database) { self.database = database }

    @discardableResult
    public func send(
        _ message: String, about evaluationID: String, toUnit unitCode: String, except sender: UUID?,
        at date: Date
    ) async throws -> Int {
        guard let evaluation = UUID(uuidString: evaluationID) else { throw RepositoryError.notFound(id: evaluationID) }
        let users = try await UserRecord.query(on: database).filter(\.$unitCode == unitCode)
            .filter(\.$disabled == false).all().compactMap(\.id).filter { $0 != sender }
        let rows = users.map { NoticeRecord(userID: $0, evaluationID: evaluation, message: message, createdAt: date) }
        guard !rows.isEmpty else { return 0 }
        try await rows.create(on: database)
        return rows.count
    }

    @discardableResult
    public func sendOnce(
        _ message: String, about evaluationID: String, toUnit unitCode: String, roles: Set<Role>,
        key: String, at date: Date
    ) async throws -> Int {
        guard let evaluation = UUID(uuidString: evaluationID) else { throw RepositoryError.notFound(id: evaluationID) }
        let users = try await UserRecord.query(on: database).filter(\.$unitCode == unitCode)
            .filter(\.$disabled == false).filter(\.$role ~~ roles.map(\.rawValue)).all().compactMap(\.id)
        var written = 0
        for user in users {
            let id = StableUUID.make("\(key)|\(user.uuidString.lowercased())")
            if try await NoticeRecord.find(id, on: database) != nil { continue }
            let row = NoticeRecord(userID: user, evaluationID: evaluation, message: message, createdAt: date)
            row.id = id
            do {
                try await row.create(on: database)
                written += 1
            } catch {
                // Another process wrote the same row between the read and the insert.
                if try await NoticeRecord.find(id, on: database) != nil { continue }
                throw error
            }
        }
        return written
    }

    public func notices(of userID: UUID, limit: Int) async throws -> [Notice] {
        try await NoticeRecord.query(on: database).filter(\.$userID == userID)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending).limit(limit).all().map(\.notice)
    }

    public func unreadCount(of userID: UUID) async throws -> Int {
        try await NoticeRecord.query(on: database).filter(\.$userID == userID).filter(\.$readAt == nil).count()
    }

    public func markRead(_ id: UUID, of userID: UUID, at date: Date) async throws -> Bool {
        guard
            let row = try await NoticeRecord.query(on: database).filter(\.$id == id)
                .filter(\.$userID == userID).first()
        else { return false }
        if row.readAt == nil {
            row.readAt = date
            try await row.save(on: database)
        }
        return true
    }

    public func markAllRead(of userID: UUID, at date: Date) async throws {
        try await NoticeRecord.query(on: database).filter(\.$userID == userID).filter(\.$readAt == nil)
            .set(\.$readAt, to: date).update()
    }
}
