import JixiaoCore
import Plot

/// The 佐证材料 section of the editor, review and public pages: the files with their
/// indicator, and for the evaluation's filer while it is a draft the upload form (for the
/// whole report or one indicator) and per file 删除 and 公开/不公开.
enum AttachmentsPanel {
    struct Model {
        var evaluationID: String
        var attachments: [Attachment]
        var csrf: String
        /// The filer may upload, delete and set the public flag.
        var editable: Bool
        /// The framework's scored leaves (id, name), for the indicator choice and names.
        var leaves: [(id: String, name: String)]
        /// The public page: public files only, linked to the public download.
        var isPublicPage = false
        /// The indicator the upload form starts with.
        var selectedIndicator = ""
    }

    static func render(_ m: Model) -> Node<HTML.BodyContext> {
        let files = m.isPublicPage ? m.attachments.filter(\.isPublic) : m.attachments
        let names = Dictionary(m.leaves.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return .element(
            named: "section",
            nodes: [
                .attr("id", "attachments"), .attr("class", "attachments"),
                .h2(.text("佐证材料（\(files.count)）")),
                files.isEmpty ? .p(.class("hint"), .text(AttachmentText.none)) : table(m, files, names),
                .if(m.editable, uploadForm(m)),
            ])
    }

    private static func table(_ m: Model, _ files: [Attachment], _ names: [String: String]) -> Node<HTML.BodyContext> {
        .div(
            .class("table-scroll"),
            .table(
                .class("list attachment-list"), .id("attachment-list"),
                .thead(
                    .tr(
                        .th("文件"), .th("所属指标"), .th("类型"), .th(.class("num"), .text("大小")), .th("上传人"),
                        .th("上传时间"), .if(!m.isPublicPage, .th("公开")), .if(m.editable, .th("操作")))),
                .tbody(
                    .forEach(files) { file in
                        let href = m.isPublicPage ? SiteURL.publicAttachment(file.id).path : SiteURL.attachment(file.id).path
                        return .tr(
                            .td(
                                .a(
                                    .attr("href", href), .class("attachment-link"), .attr("data-id", file.id),
                                    .attr("aria-label", "下载佐证材料 \(file.name)"), .text(file.name))),
                            .td(.text(file.indicator.map { names[$0] ?? $0 } ?? AttachmentText.wholeReport)),
                            .td(.text(file.type.label)), .td(.class("num"), .text(size(file.size))),
                            .td(.text(file.uploadedBy)), .td(.text(DateText.short(file.uploadedAt))),
                            .if(!m.isPublicPage, .td(.text(file.isPublic ? "公开" : "不公开"))),
                            .if(m.editable, .td(actions(m, file))))
                    })))
    }

    private static func actions(_ m: Model, _ file: Attachment) -> Node<HTML.BodyContext> {
        .group(
            .postForm(
                action: SiteURL.attachmentPublic(file.id).path, csrf: m.csrf, class: "inline-form",
                [
                    .hidden(name: "public", value: file.isPublic ? "0" : "1"),
                    .button(
                        .type(.submit), .attr("aria-label", "\(file.isPublic ? "不公开" : "公开") \(file.name)"),
                        .text(file.isPublic ? "设为不公开" : "设为公开")),
                ]),
            .postForm(
                action: SiteURL.attachmentDelete(file.id).path, csrf: m.csrf, class: "inline-form",
                [
                    .button(
                        .type(.submit), .class("attachment-delete"), .attr("aria-label", "删除 \(file.name)"),
                        .attr("data-confirm", "删除佐证材料「\(file.name)」？"), .text("删除"))
                ]))
    }

    private static func uploadForm(_ m: Model) -> Node<HTML.BodyContext> {
        let options = [("", AttachmentText.wholeReport)] + m.leaves.map { ($0.id, $0.name) }
        return .postForm(
            action: SiteURL.attachments(m.evaluationID).path, csrf: m.csrf, id: "attachment-form",
            class: "attachment-form", multipart: true,
            [
                .div(
                    .class("field"),
                    .label(.attr("for", "attachment-file"), .text("上传佐证材料")),
                    .input(
                        .type(.file), .attr("name", "file"), .attr("id", "attachment-file"),
                        .attr("accept", ".pdf,.png,.jpg,.jpeg,.docx,.xlsx"), .attr("required", "required")),
                    .span(.class("hint"), .text(AttachmentText.accepted))),
                .selectField("所属指标", name: "indicator", options: options, selected: m.selectedIndicator),
                .div(
                    .class("field"),
                    .label(
                        .input(
                            .type(.checkbox), .attr("name", "public"), .attr("value", "1"),
                            .attr("id", "attachment-public")),
                        .text(" 评价公开时一并公开此文件"))),
                .button(.type(.submit), .id("attachment-upload"), .text("上传")),
            ])
    }

    /// Under one indicator of the editor: its files (linked) and, for the filer, a link to the
    /// upload form with the indicator chosen (`?attach=`).
    static func indicatorFiles(_ m: EditorPageModel, leafID: String, name: String) -> Node<HTML.BodyContext> {
        let files = m.attachments.filter { $0.indicator == leafID }
        guard m.editable || !files.isEmpty else { return .empty }
        let upload = SiteURL.evaluation(m.id).withQuery(["attach": leafID], fragment: "attachment-form")
        return .p(
            .class("indicator-attachments hint"), .text("佐证材料："),
            .if(files.isEmpty, .text("无")),
            .forEach(Array(files.enumerated())) { index, file in
                .group(
                    .if(index > 0, .text("、")),
                    .a(
                        .attr("href", SiteURL.attachment(file.id).path), .attr("aria-label", "下载佐证材料 \(file.name)"),
                        .text(file.name)))
            },
            .if(
                m.editable,
                .group(
                    .text(" · "),
                    .a(
                        .attr("href", upload), .attr("aria-label", "为「\(name)」上传佐证材料"),
                        .text("上传")))))
    }

    /// A size as people read it (B, KB or MB with one decimal), by integer arithmetic.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1_048_576 { return "\((bytes * 10 / 1024 + 5) / 10) KB" }
        return "\(AttachmentRefusal.megabytesText(bytes)) MB"
    }
}
