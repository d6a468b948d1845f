import Foundation
import JixiaoCore
import Plot

/// 指标库与审核级别 (administrators): the uploaded indicator libraries (added to the built-in one)
/// and the province's severities of the declaration rules, each with an upload form; a refused
/// file lists every problem with its line.
enum RuleFilePage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var files: [RuleFile]
        /// Indicators per uploaded library name.
        var counts: [String: Int]
        /// The severities in force (rule → severity), from the uploaded file.
        var severities: [String: Severity]
        var flash: String?
        var error: String?
        var problems: [String] = []
    }

    static func render(_ m: Model) -> HTML {
        let libraries = m.files.filter { $0.kind == .library }
        let severities = m.files.first { $0.kind == .severities }
        return Layout.page(
            .init(title: "指标库与审核级别", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1("指标库与审核级别"),
            .p(.a(.attr("href", SiteURL.admin.path), "返回系统管理")),
            .unwrap(m.problems.isEmpty ? nil : m.problems) { problems in
                .ul(.class("error-list"), .id("rule-file-errors"), .forEach(problems) { .li(.text($0)) })
            },
            .section(
                .id("libraries"), .h2("上传的指标库"),
                .p("内置指标库之外，申报表的「从指标库选取」和必选指标检查（targets.core-missing）也使用这里上传的指标库。"),
                .if(libraries.isEmpty, .p(.id("libraries-empty"), .text("尚未上传指标库。"))),
                .table(
                    .id("library-files"),
                    .tr(.th("名称"), .th("文件"), .th("指标数"), .th("上传"), .th("")),
                    .forEach(libraries) { file in
                        .tr(
                            .td(.text(file.name)), .td(.text(file.fileName)), .td(.text(String(m.counts[file.name] ?? 0))),
                            .td(.text("第 \(file.version) 版，\(file.uploadedBy) \(DateText.short(file.uploadedAt))")),
                            .td(deleteForm(m, kind: .library, name: file.name)))
                    }),
                .h3("上传指标库"),
                .p(
                    "YAML、JSON 或从 Excel 导出的 CSV（UTF-8 或 GB18030，格式见 docs/targets-format.md「指标库」），不超过 512 KB；同名文件替换原有的（版本加一）。有错误时逐条列出行号，不保存。"
                ),
                uploadForm(m, kind: .library, accept: ".yaml,.yml,.json,.csv", label: "指标库文件（YAML、JSON 或 CSV）")),
            .section(
                .id("severities"), .h2("审核级别（按省份）"),
                .p("与 jixiao targets --severities 相同的文件：每行「规则: 级别」（error、warning、info，或 错误、警告、提示）；未写的规则保持默认级别。"),
                .unwrap(severities) { file in
                    .div(
                        .p(
                            .id("severities-file"),
                            .text("使用中：\(file.fileName)，第 \(file.version) 版，\(file.uploadedBy) \(DateText.short(file.uploadedAt))")),
                        .table(
                            .id("severity-rules"), .tr(.th("规则"), .th("级别")),
                            .forEach(m.severities.sorted { $0.key < $1.key }) { rule, severity in
                                .tr(.td(.text(rule)), .td(.text(severity.rawValue)))
                            }),
                        deleteForm(m, kind: .severities, name: file.name))
                },
                .if(severities == nil, .p(.id("severities-default"), .text("使用默认级别。"))),
                uploadForm(m, kind: .severities, accept: ".yaml,.yml,.json", label: "审核级别文件（YAML 或 JSON）"))
        )
    }

    static func uploadForm(_ m: Model, kind: RuleFile.Kind, accept: String, label: String) -> Node<HTML.BodyContext> {
        .postForm(
            action: SiteURL.adminRules.path, csrf: m.csrf, id: "\(kind.rawValue)-form", multipart: true,
            [
                .input(.type(.hidden), .name("kind"), .attr("value", kind.rawValue)),
                .input(
                    .type(.file), .name("file"), .attr("id", "\(kind.rawValue)-file"), .attr("aria-label", label), .attr("accept", accept)),
                .button(.type(.submit), .attr("id", "\(kind.rawValue)-upload"), .text("上传并校验")),
            ])
    }

    static func deleteForm(_ m: Model, kind: RuleFile.Kind, name: String) -> Node<HTML.BodyContext> {
        .postForm(
            action: SiteURL.adminRulesDelete.path, csrf: m.csrf, class: "inline",
            [
                .input(.type(.hidden), .name("kind"), .attr("value", kind.rawValue)),
                .input(.type(.hidden), .name("name"), .attr("value", name)),
                .button(.type(.submit), .attr("aria-label", "删除 \(name)"), .text("删除")),
            ])
    }
}
