import Foundation
import JixiaoCore
import Vapor

/// Autosave of a draft (`POST /evaluations/:id/autosave`, the editor form as posted, CSRF
/// by header): the same save as 保存 (`EditorSave`: per-field refusals, three-way merge, the
/// version check), answered in JSON for `Assets.autosaveScript`.
struct AutosaveController {
    /// The answer: `status` is `saved`, `conflict`, `retry`, `invalid`, `stale` or `closed`.
    struct Answer: Content {
        var status: String
        var message: String
        var version: Int?
        /// Values others saved meanwhile, for the page to fill in (field name → text).
        var fields: [String: String]?
        var conflicts: [ConflictDTO]?
        var errors: [String: String]?
    }

    struct ConflictDTO: Content {
        var field: String
        var label: String
        var mine: String
        var theirs: String
    }

    func save(_ req: Request) async throws -> Response {
        let stored = try await req.editableEvaluation()
        let user = try req.requireUser()
        let form = EvaluationForm(fields: try req.content.decode([String: String].self))
        if !EditorController.isOpen(stored.evaluation.status) {
            return try answer(.conflict, Answer(status: "closed", message: WebText.notEditable))
        }
        if let closed = try await req.filingYears.closedForDraft(stored.evaluation) {
            return try answer(.conflict, Answer(status: "closed", message: closed))
        }
        switch try await EditorSave(req: req).attempt(form, stored: stored, by: user) {
        case .saved(let saved, _, let theirs):
            return try answer(
                .ok,
                Answer(
                    status: "saved", message: AutosaveText.saved(saved.version, at: saved.updatedAt),
                    version: saved.version, fields: theirs.isEmpty ? nil : theirs))
        case .invalid(let errors):
            return try answer(
                .unprocessableEntity,
                Answer(
                    status: "invalid", message: AutosaveText.invalid(errors.count),
                    errors: errors))
        case .refused(let message, let field):
            return try answer(
                .unprocessableEntity,
                Answer(
                    status: "invalid", message: WebText.notSavedBecause(message),
                    errors: field.map { [$0: message] }))
        case .conflict(_, let conflicts, _) where conflicts.isEmpty:
            // The version the page was loaded at is unknown: nothing to merge with, so the page
            // keeps its version (a later save must not pass for one made on the newest).
            return try answer(.conflict, Answer(status: "stale", message: AutosaveText.stale))
        case .conflict(let current, let conflicts, let theirs):
            let labels = EvaluationDiff.fields(of: current.evaluation)
            return try answer(
                .conflict,
                Answer(
                    status: "conflict", message: AutosaveText.conflict(by: current.updatedBy, version: current.version),
                    version: current.version, fields: theirs,
                    conflicts: conflicts.map {
                        ConflictDTO(
                            field: $0.field, label: labels[$0.field]?.label ?? $0.field,
                            mine: $0.mine, theirs: $0.theirs)
                    }))
        case .raced:
            return try answer(.conflict, Answer(status: "retry", message: AutosaveText.retry))
        case .duplicate(let evaluation):
            return try answer(.conflict, Answer(status: "invalid", message: WebText.duplicate(evaluation)))
        }
    }

    private func answer(_ status: HTTPStatus, _ body: Answer) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(body, as: .json)
        return response
    }
}

/// The autosave's messages (shown in `#autosave-status`).
enum AutosaveText {
    static func saved(_ version: Int, at date: Date) -> String { "已自动保存（第 \(version) 版，\(DateText.short(date))）" }
    static func invalid(_ count: Int) -> String { "未自动保存：有 \(count) 处填写有误，请按各项下方的提示修改。" }
    static func conflict(by user: String, version: Int) -> String {
        "未自动保存：\(user) 已保存第 \(version) 版，并改动了您也改动的项目。请在标出的项目中选择保留哪一个值。"
    }
    static let retry = "他人刚刚保存，正在与其合并后重试…"
    static let stale = "未自动保存：无法与他人的修改合并，请复制您的输入后刷新页面。"
    static let idle = "草稿会在您停止输入 2 秒后自动保存。"
}
