import Foundation
import JixiaoCore
import JixiaoStore
import Vapor

/// Administration: units (a tree by 主管部门), users and roles, frameworks, backup.
struct AdminController {
    func page(_ req: Request) async throws -> Response {
        var model = try await makeModel(req)
        switch req.query[String.self, at: "done"] {
        case "unit": model.flash = ReviewText.unitCreated
        case "user": model.flash = ReviewText.userCreated
        case "restore": model.flash = ReviewText.restored
        default: break
        }
        return AdminPage.render(model).response()
    }

    func createUnit(_ req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let code = (form["code"] ?? "").trimmedSpaces, name = (form["name"] ?? "").trimmedSpaces
        let parent = (form["parent"] ?? "").trimmedSpaces
        guard !code.isEmpty, !name.isEmpty, try await req.accounts.unit(code: code) == nil else {
            return try await failed(req, ReviewText.unitInvalid)
        }
        try await req.accounts.create(JixiaoCore.Unit(name: name, code: code, region: form["region"]?.trimmedSpaces,
                                                      parentCode: parent.isEmpty ? nil : parent), code: code)
        return req.redirect(to: SiteURL.admin.path + "?done=unit", redirectType: .normal)
    }

    func createUser(_ req: Request) async throws -> Response {
        let form = try req.content.decode([String: String].self)
        let username = (form["username"] ?? "").trimmedSpaces, name = (form["displayName"] ?? "").trimmedSpaces
        let password = form["password"] ?? "", unit = form["unit"] ?? ""
        guard !username.isEmpty, !name.isEmpty, password.count >= 8,
              let role = form["role"].flatMap(Role.init(rawValue:)),
              try await req.accounts.unit(code: unit) != nil,
              try await req.accounts.user(username: username) == nil else {
            return try await failed(req, ReviewText.userInvalid)
        }
        let hash = try await req.password.async.hash(password)
        try await req.accounts.create(UserRecord(username: username, displayName: name, role: role, unitCode: unit,
                                                 passwordHash: hash))
        return req.redirect(to: SiteURL.admin.path + "?done=user", redirectType: .normal)
    }

    private func failed(_ req: Request, _ message: String) async throws -> Response {
        var model = try await makeModel(req)
        model.error = message
        return AdminPage.render(model).response(status: .unprocessableEntity)
    }

    private func makeModel(_ req: Request) async throws -> AdminPage.Model {
        AdminPage.Model(user: try req.requireUser(), csrf: req.csrf, units: try await req.accounts.units(),
                        users: try await req.accounts.users().compactMap(\.account),
                        frameworks: try await req.frameworks.choices())
    }
}
