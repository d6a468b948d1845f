import JixiaoCore
import JixiaoFiles
import Plot

/// One framework: its metadata, where it came from, its indicator tree, and (uploaded
/// frameworks) the delete button.
enum FrameworkPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var framework: Framework
        /// The upload, nil for a built-in.
        var uploaded: StoredFramework?
        /// Evaluations using the framework.
        var usage: Int
        /// The years whose default (of its kind) it is.
        var defaultYears: [Int]
        var flash: String? = nil
        var error: String? = nil
        /// Warnings of the upload just made.
        var warnings: [String] = []
    }

    static func render(_ m: Model) -> HTML {
        let f = m.framework
        return Layout.page(
            .init(title: f.title, user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1(.text("\(f.title)（\(f.id)）")),
            .p(.a(.attr("href", SiteURL.admin.withQuery([:], fragment: "frameworks")), .text("返回系统管理"))),
            .unwrap(m.warnings.isEmpty ? nil : m.warnings) { warnings in
                .ul(.class("warning-list"), .id("framework-warnings"), .forEach(warnings) { .li(.text($0)) })
            },
            .p(
                .id("framework-origin"),
                .text(
                    m.uploaded.map {
                        "上传：\($0.fileName)（\($0.format.uppercased())），第 \($0.version) 版，\($0.uploadedBy) 于 \(DateText.short($0.uploadedAt))"
                    } ?? "内置指标体系"), .text(" · 使用的评价：\(m.usage) 个"),
                .text(m.defaultYears.isEmpty ? "" : " · 是 \(m.defaultYears.map(String.init).joined(separator: "、")) 年度的默认")),
            .pre(.id("framework-tree"), .text(FrameworkTreeText.render(f))),
            .unwrap(m.uploaded) { _ in
                .postForm(
                    action: SiteURL.adminFrameworkDelete(f.id).path, csrf: m.csrf, id: "framework-delete",
                    [
                        .button(.type(.submit), .id("framework-delete-button"), .text("删除该指标体系"))
                    ])
            }
        )
    }
}
