import JixiaoCore
import Plot

/// Upload a report document to start a draft prefilled from it.
enum UploadPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var frameworks: [FrameworkChoice]
        var year: String
        /// The framework preselected (the year's default).
        var selected: String
        var error: String? = nil
        /// The evaluation an upload would have duplicated (linked under the message).
        var existingID: String? = nil
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "上传报告", user: m.user, csrf: m.csrf, error: m.error),
            .h1("上传自评报告生成草稿"),
            .unwrap(m.existingID) { id in
                .p(
                    .id("duplicate"),
                    .a(
                        .attr("href", SiteURL.evaluation(id).path), .id("existing-evaluation"),
                        .text(WebText.openExisting)))
            },
            .p("支持 .txt、.md、.docx。系统读取报告中的年度、数据、各部分文字和各项得分，生成本单位的草稿（年度以报告所写为准），并列出报告审核发现的问题。"),
            .postForm(
                action: SiteURL.upload.path, csrf: m.csrf, id: "upload-form", class: "narrow", multipart: true,
                [
                    .selectField(
                        "指标体系", name: "framework", options: m.frameworks.map { ($0.id, $0.title) },
                        selected: m.selected),
                    .textField("年度", name: "year", value: m.year),
                    .div(
                        .class("field"), .label(.for("report"), .text("报告文件")),
                        .input(
                            .type(.file), .name("report"), .id("report"),
                            .attr("accept", ".txt,.md,.docx"))),
                    .button(.type(.submit), .id("upload"), .text("上传")),
                ])
        )
    }
}
