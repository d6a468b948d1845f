import JixiaoCore
import Plot

/// The administrator's page: fiscal years, frameworks, the unit tree, users, backup, log.
enum AdminPage {
    struct Model {
        var user: UserAccount
        var csrf: String
        var storedUnits: [StoredUnit]
        var users: [StoredUser]
        var years: [FiscalYear]
        var frameworks: [FrameworkRow]
        var log: [AdminLogEntry]
        var flash: String? = nil
        var error: String? = nil
        /// The messages of a rejected framework upload, one per problem.
        var problems: [String] = []
        /// The typed values of a refused 添加用户 form and a message per field.
        var newUser: UserInput? = nil
        var newUserErrors: [String: String] = [:]
        /// A refused 填报截止日期: the year's form (0: the new year's), the typed text, the message.
        var deadlineError: (year: Int, text: String, message: String)? = nil

        var units: [JixiaoCore.Unit] { storedUnits.map(\.unit) }
        var unitOptions: [(String, String)] { storedUnits.map { ($0.code, $0.unit.name) } }
        /// Row id of each unit code, for the edit links.
        var unitIDs: [String: String] {
            Dictionary(storedUnits.map { ($0.code, $0.id.uuidString) }, uniquingKeysWith: { a, _ in a })
        }
        /// Unit name of each unit code (the user table shows names).
        var unitNames: [String: String] {
            Dictionary(storedUnits.map { ($0.code, $0.unit.name) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// A framework in the list: built-in or uploaded, and how many evaluations use it.
    struct FrameworkRow {
        var choice: FrameworkChoice
        var uploaded: StoredFramework?
        var usage: Int
    }

    /// The unit tree indents up to this depth (one class per depth in `Assets.stylesheet`:
    /// the Content-Security-Policy allows no style attributes).
    static let deepestIndent = 8

    static func render(_ m: Model) -> HTML {
        Layout.page(
            .init(title: "系统管理", user: m.user, csrf: m.csrf, flash: m.flash, error: m.error),
            .h1("系统管理"),
            .unwrap(m.problems.isEmpty ? nil : m.problems) { problems in
                .ul(.class("error-list"), .id("framework-errors"), .forEach(problems) { .li(.text($0)) })
            },
            .nav(
                .class("admin-nav"), .a(.href("#years"), "年度"), .text(" · "), .a(.href("#frameworks"), "指标体系"),
                .text(" · "), .a(.href("#units"), "单位"), .text(" · "), .a(.href("#users"), "用户"),
                .text(" · "), .a(.attr("href", SiteURL.adminRules.path), .id("admin-rules"), "指标库与审核级别"),
                .text(" · "), .a(.href("#backup"), "备份"), .text(" · "), .a(.href("#log"), "管理记录")),
            years(m), frameworks(m), units(m), users(m),
            .section(
                .id("backup"), .h2("备份与迁移"),
                .p(.a(.attr("href", SiteURL.backup.path), .id("backup-link"), .text("导出整库 JSON"))),
                .postForm(
                    action: SiteURL.restore.path, csrf: m.csrf, id: "restore-form", multipart: true,
                    [
                        .input(.type(.file), .name("file"), .attr("aria-label", "备份文件（JSON）")),
                        .button(.type(.submit), .text("导入到空数据库")),
                    ])),
            .section(
                .id("log"), .h2("管理记录"),
                .table(
                    .class("list"), .thead(.tr(.th("时间"), .th("操作人"), .th("操作"), .th("内容"))),
                    .tbody(
                        .forEach(m.log) { entry in
                            .tr(
                                .td(.text(DateText.short(entry.at))), .td(.text(entry.by)), .td(.text(entry.action)),
                                .td(.text(entry.detail)))
                        })))
        )
    }
}
