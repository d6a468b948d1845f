import Foundation
import JixiaoCore
import Vapor

/// Units: add, edit (name, code, region, 主管部门; no cycles), delete when nothing uses them.
struct UnitAdminController {
    /// The unit fields of a form.
    struct Input {
        var code: String, name: String, region: String?, parent: String?

        init(_ form: [String: String]) {
            code = (form["code"] ?? "").trimmedSpaces
            name = (form["name"] ?? "").trimmedSpaces
            region = form["region"]?.trimmedSpaces.nilIfBlank
            parent = form["parent"]?.trimmedSpaces.nilIfBlank
        }

        var unit: JixiaoCore.Unit { JixiaoCore.Unit(name: name, code: code, region: region, parentCode: parent) }
        var summary: String { "\(name)（\(code)）主管部门：\(parent ?? "无")，地区：\(region ?? "无")" }

        /// What is wrong with the code or the name, or nil.
        func fieldProblem(codeTaken: Bool) -> String? {
            if code.isEmpty { return AdminText.unitCodeMissing }
            if name.isEmpty { return AdminText.unitNameMissing }
            return codeTaken ? AdminText.unitCodeTaken(code) : nil
        }
    }

    func create(_ req: Request) async throws -> Response {
        let input = Input(try req.content.decode([String: String].self))
        let existing = input.code.isEmpty ? nil : try await req.units.unit(code: input.code)
        let taken = existing != nil
        if let problem = input.fieldProblem(codeTaken: taken) { return try await AdminController.failed(req, problem) }
        if let parent = input.parent, try await req.units.unit(code: parent) == nil {
            return try await AdminController.failed(req, AdminText.parentUnknown)
        }
        try await req.units.create(
            input.unit, code: input.code,
            log: try AdminController.entry(req, "新增单位", input.summary))
        return AdminController.done(req, "unit")
    }

    func page(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        return UnitEditPage.render(try await model(req, record)).response()
    }

    func save(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let input = Input(try req.content.decode([String: String].self))
        let units = try await req.units.units()
        let others = units.filter { $0.code != record.code }
        if let problem = try await problem(req, input, record: record, units: units, others: others) {
            var model = try await model(req, record)
            model.error = problem
            return UnitEditPage.render(model).response(status: .unprocessableEntity)
        }
        try await req.units.update(
            id: record.id, to: input.unit, code: input.code,
            log: try AdminController.entry(req, "修改单位", input.summary))
        return AdminController.done(req, "unit-saved")
    }

    func delete(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let usage = try await req.units.usage(ofUnit: record.code)
        guard usage.isUnused else {
            var model = try await model(req, record)
            model.error = AdminText.unitInUse(usage)
            return UnitEditPage.render(model).response(status: .conflict)
        }
        try await req.units.delete(
            id: record.id,
            log: try AdminController.entry(
                req, "删除单位", "\(record.unit.name)（\(record.code)）"))
        return AdminController.done(req, "unit-deleted")
    }

    /// Why `input` cannot be saved over `record`, or nil.
    private func problem(
        _ req: Request, _ input: Input, record: StoredUnit, units: [JixiaoCore.Unit],
        others: [JixiaoCore.Unit]
    ) async throws -> String? {
        if let problem = input.fieldProblem(codeTaken: others.contains { $0.code == input.code }) { return problem }
        if let parent = input.parent, parent != record.code, !others.contains(where: { $0.code == parent }) {
            return AdminText.parentUnknown
        }
        // The tree as it would be with the new code: children still name the old one.
        if UnitTree(units).wouldCycle(code: record.code, parent: input.parent == input.code ? record.code : input.parent) {
            return AdminText.unitCycle
        }
        if input.code != record.code {
            let evaluations = try await req.units.usage(ofUnit: record.code).evaluations
            if evaluations > 0 { return AdminText.unitCodeInUse(evaluations) }
        }
        return nil
    }

    private func model(_ req: Request, _ record: StoredUnit) async throws -> UnitEditPage.Model {
        UnitEditPage.Model(
            user: try req.requireUser(), csrf: req.csrf, id: record.id.uuidString, unit: record.unit,
            units: try await req.units.units().filter { $0.code != record.code },
            usage: try await req.units.usage(ofUnit: record.code))
    }

    static func record(_ req: Request) async throws -> StoredUnit {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let record = try await req.units.storedUnit(id: id)
        else { throw Abort(.notFound) }
        return record
    }
}

extension String {
    /// nil for an empty string.
    var nilIfBlank: String? { isEmpty ? nil : self }
}
