import JixiaoCore
import Plot

/// 导入 Excel 评分表: the workbook downloaded with 下载 Excel, filled offline, uploaded back
/// into the draft (shown only where the user may change the evaluation).
enum WorkbookUploadForm {
    static func render(_ m: EditorPageModel) -> Node<HTML.BodyContext> {
        .section(
            .id("workbook-upload"), .class("workbook-upload"),
            .h2(.text("导入填好的 Excel 评分表")),
            .p(.text("先“下载 Excel”，在“评分表”（项目为“自评表”）填写自评得分和偏差原因，在“收支情况”“人员情况”“其他数据”填写数据，在“绩效指标”填写实际完成值，再上传。任何一格无法读取时不做任何改动，并列出该格。")),
            .postForm(
                action: SiteURL.workbookUpload(m.id).path, csrf: m.csrf, id: "workbook-form", multipart: true,
                [
                    .hidden(name: "version", value: String(m.stored.version)),
                    .div(
                        .class("field"), .label(.for("workbook"), .text("Excel 评分表（.xlsx）")),
                        .input(.type(.file), .name("workbook"), .id("workbook"), .attr("accept", ".xlsx"))),
                    .button(.type(.submit), .id("workbook-submit"), .text("导入")),
                ]))
    }
}
