import JixiaoCore
import Plot

/// The 整改 item's evidence (`#rectification-attachments`): the files, each a download, and for
/// the unit while it may answer the upload form.
enum RectificationAttachmentsPanel {
    static func render(_ m: RectificationPage.Model) -> Node<HTML.BodyContext> {
        let mayAttach = RectificationRules.mayAttach(m.user, to: m.stored.item)
        guard mayAttach || !m.attachments.isEmpty else { return .empty }
        return .section(
            .id("rectification-attachments"), .h2("整改佐证材料"),
            .if(m.attachments.isEmpty, .p(.class("hint"), .text(AttachmentText.none))),
            .ul(
                .forEach(m.attachments) { file in
                    .li(
                        .a(.attr("href", SiteURL.attachment(file.id).path), .text(file.name)),
                        .text(" · \(file.uploadedBy) \(DateText.short(file.uploadedAt))"))
                }),
            .if(mayAttach, uploadForm(m)))
    }

    private static func uploadForm(_ m: RectificationPage.Model) -> Node<HTML.BodyContext> {
        .postForm(
            action: SiteURL.rectificationAttachments(m.stored.id).path, csrf: m.csrf, id: "rectification-attachment-form",
            class: "attachment-form", multipart: true,
            [
                .div(
                    .class("field"),
                    .label(.attr("for", "rectification-attachment-file"), .text("上传整改佐证材料")),
                    .input(
                        .type(.file), .attr("name", "file"), .attr("id", "rectification-attachment-file"),
                        .attr("accept", ".pdf,.png,.jpg,.jpeg,.docx,.xlsx"), .attr("required", "required")),
                    .span(.class("hint"), .text(AttachmentText.accepted))),
                .button(.type(.submit), .id("rectification-attachment-upload"), .text("上传")),
            ])
    }
}
