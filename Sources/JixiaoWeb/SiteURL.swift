import Foundation

/// Every path of the site. Links are built from these cases and routes are
/// registered from them, so the two never disagree. A parameter case built with
/// `SiteURL.parameter` (":id") gives the route pattern.
enum SiteURL: Hashable, Sendable {
    case home
    case health
    /// The request metrics in Prometheus text format (`MetricsController`, `MetricsAccess`).
    case metrics
    case asset(String)
    case login
    case logout
    case password
    case tokens
    case tokenRevoke(String)
    case evaluations
    case newEvaluation
    case upload
    case evaluation(String)
    case analyze(String)
    /// A draft's form saved as the filer types (POST, answers JSON: `EditorController.autosave`).
    case autosave(String)
    case submit(String)
    /// The filled-in report workbook uploaded back into a draft (POST, multipart `workbook`).
    case workbookUpload(String)
    case history(String)
    case workflow(String)
    /// 待办: what the signed-in user has to act on.
    case todo
    /// 从上年复制 (POST: unit, year, kind, project).
    case copyEvaluation
    /// 消息: the signed-in user's in-app messages; one marked read; all marked read.
    case notices
    case noticeRead(String)
    case noticesReadAll
    case reviewQueue
    /// A workflow step over the ticked rows of the review list (POST `action`, `ids[]`).
    case reviewBatch
    /// The Word reports of the review list's filter as one zip.
    case reviewReportsZip
    case review(String)
    case reviewScores(String)
    case dashboard
    /// Every unit's numbers of the dashboard's per-unit charts, a page at a time (`?year=&page=`).
    case dashboardUnits
    case publicIndex
    case publicReport(String)
    /// A published report's download: `docx` or `xlsx`.
    case publicFile(String, String)
    /// A year's evaluations as `csv` or `xlsx` (`?year=`).
    case export(String)
    case admin
    case adminUnits
    case adminUnit(String)
    case adminUnitDelete(String)
    case adminUsers
    case adminUser(String)
    case adminUserPassword(String)
    case adminUserTokenRevoke(String)
    /// Disable or enable a user (`disabled=1|0`).
    case adminUserState(String)
    case adminYears
    /// One fiscal year by its number.
    case adminYear(String)
    /// One fiscal year's monitoring thresholds and result-use rules (GET, POST).
    case adminYearSettings(String)
    /// 结果应用: per unit, grade, lights, rectifications and the suggested treatment (`?year=&unit=&grade=`).
    case results
    /// The 结果应用 view of the same filter as .xlsx.
    case resultsExport
    case adminFrameworks
    /// One framework by its id: its tree (GET).
    case adminFramework(String)
    case adminFrameworkDelete(String)
    /// 指标库与审核级别: the uploaded indicator libraries and severities (GET), an upload (POST).
    case adminRules
    /// Deletes an uploaded library or the severities (POST `kind`, `name`).
    case adminRulesDelete
    case backup
    case restore
    /// The report of an evaluation as html, docx or xlsx.
    case report(String, format: String)
    /// An evaluation's 佐证材料: upload (POST, multipart `file`, `indicator`, `public`).
    case attachments(String)
    /// One attachment by its id: download (GET).
    case attachment(String)
    case attachmentDelete(String)
    /// Show or hide one attachment on the public page (`public=1|0`).
    case attachmentPublic(String)
    /// A public attachment of a published evaluation.
    case publicAttachment(String)
    /// 绩效目标申报: the list (GET) and a new declaration (POST `scope`, `year`, `project`).
    case declarations
    /// One declaration: the document (GET), its content saved (POST, with row operations).
    case declaration(String)
    /// A workflow step of a declaration (POST `action`, `reason`, `verdict.N`, `comment.N`).
    case declarationWorkflow(String)
    /// The findings of a declaration's form as typed (POST, answers the panel's HTML).
    case declarationAnalyze(String)
    /// The 申报表 as a document to download (`docx` or `xlsx`).
    case declarationDocument(String, format: String)
    /// 运行监控: the list (GET `year`, `light`, `order`) and a new round (POST `declaration`, `asOf`).
    case monitoring
    /// One monitoring round: the entry form (GET), its values saved (POST).
    case monitoringRound(String)
    /// A workflow step of a round (POST `action`, `reason`, `version`; from the editor with its values).
    case monitoringWorkflow(String)
    /// The lights and findings of a round's form as typed (POST, answers the panel's HTML).
    case monitoringAnalyze(String)
    /// The monitoring dates of a year (administrators: GET `year`, POST `year`, `dates`).
    case monitoringDates
    /// Budget execution import (finance, administrators): the form (GET), the upload checked
    /// and previewed (POST `year`, `asOf`, `file`); the previewed changes applied (POST).
    case monitoringExecution
    case monitoringExecutionApply
    /// The 监控情况汇总表 of the list's rounds (.xlsx; GET `year`, `light`, `order` as the list).
    case monitoringSummary
    /// One round as a Word document.
    case monitoringDocument(String)
    /// 整改: the list (GET, `status`, `unit`, `year`) and a new item (POST `kind`, `subject`, `target`,
    /// `requirement`, `deadline`); one item (GET); a step on it (POST `action`, `text`, `version`).
    case rectifications
    case rectification(String)
    case rectificationStep(String)
    /// Upload the unit's evidence to one rectification item (POST, multipart `file`).
    case rectificationAttachments(String)
    case api(API)

    /// The paths of the JSON API under `/api/v1`.
    enum API: Hashable, Sendable {
        case openAPI
        case units
        case fiscalYears
        case evaluations
        case evaluation(String)
        case score(String)
        case check(String)
        case workflow(String)
        case backup
        case render(String)
        case copy
        case attachments(String)
        case attachment(String)
        /// Target declarations: list, create; one read or updated; a posted one checked; a workflow step.
        case targets
        case target(String)
        case targetsCheck
        case targetWorkflow(String)
        /// Monitoring rounds: list, create; one read or updated; a posted one lit; a workflow step.
        case monitoring
        case monitoringRound(String)
        case monitoringCheck
        case monitoringWorkflow(String)
        /// 整改: list and raise; one read; answer, close, reopen.
        case rectifications
        case rectification(String)
        /// A step (`answer`, `close`, `reopen`) on one item.
        case rectificationStep(String, String)
        /// 结果应用 of a year (the `/results` page's rows).
        case results

        var path: String {
            switch self {
            case .openAPI: return "openapi.json"
            case .units: return "units"
            case .fiscalYears: return "fiscal-years"
            case .evaluations: return "evaluations"
            case .evaluation(let id): return "evaluations/\(id)"
            case .score(let id): return "evaluations/\(id)/score"
            case .check(let id): return "evaluations/\(id)/check"
            case .workflow(let id): return "evaluations/\(id)/workflow"
            case .backup: return "backup"
            case .render(let id): return "evaluations/\(id)/render"
            case .copy: return "evaluations/copy"
            case .attachments(let id): return "evaluations/\(id)/attachments"
            case .attachment(let id): return "attachments/\(id)"
            case .targets: return "targets"
            case .target(let id): return "targets/\(id)"
            case .targetsCheck: return "targets/check"
            case .targetWorkflow(let id): return "targets/\(id)/workflow"
            case .monitoring: return "monitoring"
            case .monitoringRound(let id): return "monitoring/\(id)"
            case .monitoringCheck: return "monitoring/check"
            case .monitoringWorkflow(let id): return "monitoring/\(id)/workflow"
            case .rectifications: return "rectifications"
            case .rectification(let id): return "rectifications/\(id)"
            case .rectificationStep(let id, let action): return "rectifications/\(id)/\(action)"
            case .results: return "results"
            }
        }
    }

    /// The route parameter used in patterns.
    static let parameter = ":id"
    static let assetParameter = ":file"
    static let formatParameter = ":format"

    /// `value` as one path segment, percent-encoded (an uploaded framework's id is the
    /// administrator's text and may hold `/ ? #`); the route parameter stays as it is.
    static func segment(_ value: String) -> String {
        guard value != parameter else { return value }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }

    /// The absolute path, e.g. `/evaluations/3f…/history`.
    var path: String {
        switch self {
        case .home: return "/"
        case .health: return "/health"
        case .metrics: return "/metrics"
        case .asset(let file): return "/assets/\(file)"
        case .login: return "/login"
        case .logout: return "/logout"
        case .password: return "/account/password"
        case .tokens: return "/account/tokens"
        case .tokenRevoke(let id): return "/account/tokens/\(id)/revoke"
        case .evaluations: return "/evaluations"
        case .newEvaluation: return "/evaluations/new"
        case .upload: return "/evaluations/upload"
        case .evaluation(let id): return "/evaluations/\(id)"
        case .analyze(let id): return "/evaluations/\(id)/analyze"
        case .autosave(let id): return "/evaluations/\(id)/autosave"
        case .submit(let id): return "/evaluations/\(id)/submit"
        case .workbookUpload(let id): return "/evaluations/\(id)/workbook"
        case .history(let id): return "/evaluations/\(id)/history"
        case .todo: return "/todo"
        case .copyEvaluation: return "/evaluations/copy"
        case .notices: return "/notices"
        case .noticeRead(let id): return "/notices/\(id)/read"
        case .noticesReadAll: return "/notices/read-all"
        case .workflow(let id): return "/evaluations/\(id)/workflow"
        case .reviewQueue: return "/review"
        case .reviewBatch: return "/review/batch"
        case .reviewReportsZip: return "/review/reports.zip"
        case .review(let id): return "/review/\(id)"
        case .reviewScores(let id): return "/review/\(id)/scores"
        case .dashboard: return "/dashboard"
        case .dashboardUnits: return "/dashboard/units"
        case .publicIndex: return "/public"
        case .publicReport(let id): return "/public/\(id)"
        case .publicFile(let id, let format): return "/public/\(id)/report.\(format)"
        case .export(let format): return "/exports/evaluations.\(format)"
        case .admin: return "/admin"
        case .adminUnits: return "/admin/units"
        case .adminUnit(let id): return "/admin/units/\(id)"
        case .adminUnitDelete(let id): return "/admin/units/\(id)/delete"
        case .adminUsers: return "/admin/users"
        case .adminUser(let id): return "/admin/users/\(id)"
        case .adminUserPassword(let id): return "/admin/users/\(id)/password"
        case .adminUserTokenRevoke(let id): return "/admin/users/\(id)/tokens/revoke"
        case .adminUserState(let id): return "/admin/users/\(id)/state"
        case .adminYears: return "/admin/years"
        case .adminYear(let year): return "/admin/years/\(year)"
        case .adminYearSettings(let year): return "/admin/years/\(year)/settings"
        case .results: return "/results"
        case .resultsExport: return "/results/export.xlsx"
        case .adminFrameworks: return "/admin/frameworks"
        case .adminFramework(let id): return "/admin/frameworks/\(Self.segment(id))"
        case .adminFrameworkDelete(let id): return "/admin/frameworks/\(Self.segment(id))/delete"
        case .adminRules: return "/admin/rules"
        case .adminRulesDelete: return "/admin/rules/delete"
        case .backup: return "/admin/backup.json"
        case .restore: return "/admin/restore"
        case .report(let id, let format): return "/evaluations/\(id)/report/\(format)"
        case .attachments(let id): return "/evaluations/\(id)/attachments"
        case .attachment(let id): return "/attachments/\(id)"
        case .attachmentDelete(let id): return "/attachments/\(id)/delete"
        case .attachmentPublic(let id): return "/attachments/\(id)/public"
        case .publicAttachment(let id): return "/public/attachments/\(id)"
        case .declarations: return "/targets"
        case .declaration(let id): return "/targets/\(id)"
        case .declarationWorkflow(let id): return "/targets/\(id)/workflow"
        case .declarationAnalyze(let id): return "/targets/\(id)/analyze"
        case .declarationDocument(let id, let format): return "/targets/\(id)/document/\(format)"
        case .monitoring: return "/monitoring"
        case .monitoringRound(let id): return "/monitoring/\(id)"
        case .monitoringWorkflow(let id): return "/monitoring/\(id)/workflow"
        case .monitoringAnalyze(let id): return "/monitoring/\(id)/analyze"
        case .monitoringDates: return "/admin/monitoring-dates"
        case .monitoringExecution: return "/monitoring/execution"
        case .monitoringExecutionApply: return "/monitoring/execution/apply"
        case .monitoringSummary: return "/monitoring/export.xlsx"
        case .monitoringDocument(let id): return "/monitoring/\(id)/docx"
        case .rectifications: return "/rectifications"
        case .rectification(let id): return "/rectifications/\(id)"
        case .rectificationStep(let id): return "/rectifications/\(id)/step"
        case .rectificationAttachments(let id): return "/rectifications/\(id)/attachments"
        case .api(let api): return "/api/v1/\(api.path)"
        }
    }
}
