import Fluent
import Foundation
import JixiaoCore
import JixiaoStore
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
    }

    func create(_ req: Request) async throws -> Response {
        let input = Input(try req.content.decode([String: String].self))
        guard !input.code.isEmpty, !input.name.isEmpty, try await req.accounts.unit(code: input.code) == nil else {
            return try await AdminController.failed(req, AdminText.unitInvalid)
        }
        if let parent = input.parent, try await req.accounts.unit(code: parent) == nil {
            return try await AdminController.failed(req, AdminText.parentUnknown)
        }
        try await req.db.transaction { db in
            try await AccountRepository(database: db).create(input.unit, code: input.code)
            try await AdminController.log(db, req, "新增单位", input.summary)
        }
        return AdminController.done(req, "unit")
    }

    func page(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        return UnitEditPage.render(try await model(req, record)).response()
    }

    func save(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let input = Input(try req.content.decode([String: String].self))
        let units = try await req.accounts.units()
        let others = units.filter { $0.code != record.code }
        if let problem = try await problem(req, input, record: record, units: units, others: others) {
            var model = try await model(req, record)
            model.error = problem
            return UnitEditPage.render(model).response(status: .unprocessableEntity)
        }
        try await req.db.transaction { db in
            try await AccountRepository(database: db).update(record, to: input.unit, code: input.code)
            try await AdminController.log(db, req, "修改单位", input.summary)
        }
        return AdminController.done(req, "unit-saved")
    }

    func delete(_ req: Request) async throws -> Response {
        let record = try await Self.record(req)
        let usage = try await req.accounts.usage(ofUnit: record.code)
        guard usage.isUnused else {
            var model = try await model(req, record)
            model.error = AdminText.unitInUse(usage)
            return UnitEditPage.render(model).response(status: .conflict)
        }
        try await req.db.transaction { db in
            try await AccountRepository(database: db).delete(record)
            try await AdminController.log(db, req, "删除单位", "\(record.name)（\(record.code)）")
        }
        return AdminController.done(req, "unit-deleted")
    }

    /// Why `input` cannot be saved over `record`, or nil.
    private func problem(_ req: Request, _ input: Input, record: UnitRecord, units: [JixiaoCore.Unit],
                         others: [JixiaoCore.Unit]) async throws -> String? {
        if input.code.isEmpty || input.name.isEmpty || others.contains(where: { $0.code == input.code }) {
            return AdminText.unitInvalid
        }
        if let parent = input.parent, parent != record.code, !others.contains(where: { $0.code == parent }) {
            return AdminText.parentUnknown
        }
        // The tree as it would be with the new code: children still name the old one.
        if UnitTree(units).wouldCycle(code: record.code, parent: input.parent == input.code ? record.code : input.parent) {
            return AdminText.unitCycle
        }
        if input.code != record.code {
            let evaluations = try await req.accounts.usage(ofUnit: record.code).evaluations
            if evaluations > 0 { return AdminText.unitCodeInUse(evaluations) }
        }
        return nil
    }

    private func model(_ req: Request, _ record: UnitRecord) async throws -> UnitEditPage.Model {
        UnitEditPage.Model(user: try req.requireUser(), csrf: req.csrf, id: record.id?.uuidString ?? "", unit: record.unit,
                           units: try await req.accounts.units().filter { $0.code != record.code },
                           usage: try await req.accounts.usage(ofUnit: record.code))
    }

    static func record(_ req: Request) async throws -> UnitRecord {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let record = try await req.accounts.unitRecord(id: id) else { throw Abort(.notFound) }
        return record
    }
}

extension String {
    /// nil for an empty string.
    var nilIfBlank: String? { isEmpty ? nil : self }
}
