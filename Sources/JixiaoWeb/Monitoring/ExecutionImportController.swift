import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoImport
import Vapor

/// 导入预算执行数 (finance, administrators): a budget system's export (CSV or .xlsx) for one
/// fiscal year and monitoring date is read and checked (`ExecutionParser`); every problem is
/// shown and nothing changes, else a preview of each round's executed budget old → new, which
/// `apply` saves for all rounds in one transaction (`MonitoringRoundRepository.updateAll`).
struct ExecutionImportController {
    struct UploadForm: Content {
        var year: String?
        var asOf: String?
        var file: File?
    }

    struct ApplyForm: Content {
        var year: String?
        var asOf: String?
        /// `id|version|executed` per round to change.
        var change: [String]?
    }

    func show(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let year: Int
        if let asked = try req.queryInt(.year) { year = asked } else { year = try await req.filingYears.suggested() }
        var model = ExecutionImportPage.Model(
            user: user, csrf: req.csrf, year: year, dates: try await req.monitoringRounds.dates(fiscalYear: year))
        model.flash = req.query[String.self, at: "done"]
        return ExecutionImportPage.render(model).response()
    }

    func preview(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        if (req.body.data?.readableBytes ?? 0) > ExecutionRules.maxBytes + UploadController.formOverhead {
            throw Abort(.payloadTooLarge, reason: "文件超过 \(ExecutionRules.maxBytes >> 20) MB，请分开导入")
        }
        let form = try await req.offload { Result { try req.content.decode(UploadForm.self) } }.get()
        guard let year = try BoundedInt.year.parse(form.year) else { throw Abort(.badRequest, reason: BoundedInt.year.message) }
        var model = ExecutionImportPage.Model(
            user: user, csrf: req.csrf, year: year, dates: try await req.monitoringRounds.dates(fiscalYear: year))
        guard let asOf = CalendarDate(form.asOf ?? ""), model.dates.contains(asOf) else {
            model.problems = [ExecutionText.unknownDate]
            return ExecutionImportPage.render(model).response(status: .unprocessableEntity)
        }
        model.asOf = asOf
        guard let file = form.file, file.data.readableBytes > 0 else {
            model.problems = [ExecutionText.noFile]
            return ExecutionImportPage.render(model).response(status: .badRequest)
        }
        let data = Data(file.data.readableBytesView)
        let name = String(file.filename.prefix(80))
        let sheet: Result<ExecutionSheet, ExecutionProblem> = try await req.offload {
            Result { () throws(ExecutionProblem) -> ExecutionSheet in
                data.starts(with: [0x50, 0x4B])
                    ? try ExecutionWorkbookReader.sheet(data, file: name) : try ExecutionCSVReader.sheet(data, file: name)
            }
        }
        let codes = Set(try await req.units.units().compactMap(\.code))
        let execution: ExecutionImport
        switch sheet {
        case .failure(let problem): execution = ExecutionImport(file: name, rows: [], cumulative: false, problems: [problem])
        case .success(let sheet): execution = ExecutionParser.read(sheet, fiscalYear: year, knownUnits: codes)
        }
        guard execution.isClean else {
            model.problems = execution.problems.map(\.description)
            return ExecutionImportPage.render(model).response(status: .unprocessableEntity)
        }
        let stored = try await req.monitoringRounds.list(unitCode: nil, fiscalYear: year, limit: 5000).filter {
            $0.state.round.asOf == asOf
        }
        let byID = Dictionary(stored.map { ($0.id, $0) }) { a, _ in a }
        let plan = ExecutionPlan(execution, rounds: stored.map { .init(id: $0.id, unitCode: $0.state.unitCode, round: $0.state.round) })
        model.file = name
        model.preview = plan.changes.compactMap { change in
            byID[change.round.id].map { ExecutionImportPage.Line(change: change, stored: $0) }
        }
        model.untouched = plan.untouched.count
        model.unused = plan.unused.map { ExecutionText.unused($0, file: name) }
        return ExecutionImportPage.render(model).response()
    }

    func apply(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(ApplyForm.self)
        guard let year = try BoundedInt.year.parse(form.year) else { throw Abort(.badRequest, reason: BoundedInt.year.message) }
        guard let asOf = CalendarDate(form.asOf ?? "") else { throw Abort(.badRequest, reason: ExecutionText.unknownDate) }
        let entries = form.change ?? []
        guard !entries.isEmpty, entries.count <= 5000 else { throw Abort(.badRequest, reason: ExecutionText.nothingToApply) }
        var updates: [MonitoringRoundUpdate] = []
        for entry in entries {
            let parts = entry.split(separator: "|").map(String.init)
            guard parts.count == 3, let version = BoundedInt.version.value(parts[1]), let executed = ExactDecimal(parts[2]),
                !executed.isNegative, executed <= ExecutionRules.maxAmount
            else { throw Abort(.badRequest, reason: ExecutionText.badChange) }
            guard let stored = try await req.monitoringRounds.find(id: parts[0]), stored.state.round.fiscalYear == year,
                stored.state.round.asOf == asOf
            else { throw Abort(.badRequest, reason: ExecutionText.badChange) }
            guard Workflow.mayChangeContent(stored.state.status) else { continue }
            var state = stored.state
            state.round.budget.executed = executed
            updates.append(
                MonitoringRoundUpdate(
                    id: stored.id, expectedVersion: version, state: state, changes: MonitoringDiff.changes(from: stored.state, to: state)))
        }
        do {
            _ = try await req.monitoringRounds.updateAll(updates, by: user.displayName)
        } catch RepositoryError.versionConflict {
            var model = ExecutionImportPage.Model(
                user: user, csrf: req.csrf, year: year, dates: try await req.monitoringRounds.dates(fiscalYear: year))
            model.problems = [ExecutionText.conflict]
            return ExecutionImportPage.render(model).response(status: .conflict)
        }
        return req.redirect(
            to: SiteURL.monitoringExecution.withQuery(["year": String(year), "done": ExecutionText.applied(updates.count)]),
            redirectType: .normal)
    }
}
