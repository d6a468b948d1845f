import JixiaoCore
import Vapor

/// The routes of the 佐证材料 (attachments): part of `RouteTable.all()` (the one routing table).
/// Uploads take bodies up to the file limit plus room for the form around it.
enum AttachmentRoutes {
    /// The body limit of the upload routes.
    static let maxBody = AttachmentRules.standard.maxBytes + UploadController.formOverhead

    static func all() -> [RouteRule] {
        let id = SiteURL.parameter
        let pages = AttachmentController()
        let editors = Access.page(Access.editors), signedIn = Access.page(Access.everyRole)
        let apiAll = Access.api(Access.everyRole), apiEditors = Access.api(Access.editors)
        return [
            .init(method: .POST, url: .attachments(id), access: editors, maxBody: maxBody, handler: pages.upload),
            .init(method: .GET, url: .attachment(id), access: signedIn, handler: pages.download),
            .init(method: .POST, url: .attachmentDelete(id), access: editors, handler: pages.delete),
            .init(method: .POST, url: .attachmentPublic(id), access: editors, handler: pages.setPublic),
            .init(method: .GET, url: .publicAttachment(id), access: .anyone, handler: pages.publicDownload),
            .init(
                method: .POST, url: .api(.attachments(id)), access: apiEditors,
                summary: "上传佐证材料（multipart：file，可选 indicator、public；PDF、PNG、JPEG、.docx、.xlsx，每个至多 20 MB，仅草稿或退回时）",
                maxBody: maxBody, handler: pages.apiUpload),
            .init(
                method: .GET, url: .api(.attachments(id)), access: apiAll, summary: "评价的佐证材料列表",
                handler: pages.apiList),
            .init(
                method: .GET, url: .api(.attachment(id)), access: apiAll, summary: "下载佐证材料（按内容判定的类型，附件方式）",
                handler: pages.download),
            .init(
                method: .DELETE, url: .api(.attachment(id)), access: apiEditors,
                summary: "删除佐证材料（填报单位，仅草稿或退回时）", handler: pages.apiDelete),
        ]
    }
}
