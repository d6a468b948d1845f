import JixiaoCore

/// The user fields of the administrator's forms, and why each cannot be saved: one Chinese
/// message per field (`errors`, keyed by the form field's name), so the page shows each at
/// its input with the typed values kept.
struct UserInput {
    var username: String
    var displayName: String
    var role: String
    var unit: String
    var password: String

    init(_ form: [String: String]) {
        username = (form["username"] ?? "").trimmedSpaces
        displayName = (form["displayName"] ?? "").trimmedSpaces
        role = form["role"] ?? ""
        unit = form["unit"] ?? ""
        password = form["password"] ?? ""
    }

    init(_ account: UserAccount) {
        self.init([
            "username": account.username, "displayName": account.displayName, "role": account.role.rawValue,
            "unit": account.unitCode,
        ])
    }

    /// The problems of a new user; `taken` says whether the user name is in use, `units` are the unit codes.
    func creationErrors(taken: Bool, units: Set<String>) -> [String: String] {
        var errors = editErrors(units: units)
        errors["username"] = UserRules.usernameProblem(username, taken: taken)
        errors["password"] = UserRules.passwordProblem(password, username: username)
        return errors.compactMapValues { $0 }
    }

    /// The problems of an edit (name, role, unit).
    func editErrors(units: Set<String>) -> [String: String] {
        var errors: [String: String] = [:]
        if displayName.isEmpty { errors["displayName"] = AdminText.displayNameMissing }
        if displayName.count > UserRules.maxDisplayName { errors["displayName"] = AdminText.displayNameTooLong }
        if Role(rawValue: role) == nil { errors["role"] = AdminText.roleMissing }
        if unit.isEmpty {
            errors["unit"] = AdminText.unitMissing
        } else if !units.contains(unit) {
            errors["unit"] = AdminText.unitUnknown(unit)
        }
        return errors
    }
}

/// The rules for user names and passwords.
enum UserRules {
    static let maxUsername = 64, maxDisplayName = 100, minPassword = 8, maxPassword = 128
    /// Passwords refused as too easy to guess (compared ignoring case).
    static let common: Set<String> = [
        "12345678", "123456789", "1234567890", "password", "password1", "88888888",
        "11111111", "00000000", "qwertyui", "qwerty123", "abc12345", "abcd1234",
        "admin123", "iloveyou", "a1234567", "1qaz2wsx",
    ]

    static func usernameProblem(_ name: String, taken: Bool) -> String? {
        if name.isEmpty { return AdminText.usernameMissing }
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
        }
        if !allowed || name.count > maxUsername { return AdminText.usernameInvalid }
        return taken ? AdminText.usernameTaken(name) : nil
    }

    static func passwordProblem(_ password: String, username: String) -> String? {
        if password.count < minPassword { return AdminText.passwordTooShort }
        if password.count > maxPassword { return AdminText.passwordTooLong }
        let lower = password.lowercased()
        if Set(password).count == 1 || common.contains(lower) { return AdminText.passwordCommon }
        if !username.isEmpty, lower.contains(username.lowercased()) { return AdminText.passwordHasUsername }
        return nil
    }
}
