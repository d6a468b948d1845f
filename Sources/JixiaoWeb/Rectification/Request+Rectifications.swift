import JixiaoCore
import JixiaoStore
import Vapor

extension Request {
    var rectifications: any RectificationRepository { FluentRectificationRepository(database: db) }
    /// The one path of pages and API for raising and stepping rectifications.
    var rectificationService: RectificationService { RectificationService(req: self) }
}
