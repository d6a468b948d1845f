import Foundation
import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Vapor

extension Request {
    var declarations: any DeclarationRepository { FluentDeclarationRepository(database: db) }
    var ruleFiles: any RuleFileRepository { FluentRuleFileRepository(database: db) }

    /// The one checker of the pages and API: the rules of `jixiao targets` over the built-in library
    /// and the administrator's uploaded libraries, with the uploaded severities (one read of the files).
    func declarationChecker() async throws -> DeclarationChecker {
        DeclarationCheck.checker(for: try await ruleFiles.all())
    }
}

/// The declaration checker: built-in (the CLI's without extra files) and with the uploaded files.
enum DeclarationCheck {
    static let library: IndicatorLibrary = (try? LibraryReader.standard(extraFiles: [])) ?? IndicatorLibrary()
    static let checker = DeclarationChecker(library: library)

    /// The findings with the built-in library and severities only.
    static func findings(_ declaration: TargetDeclaration) -> [Finding] { checker.check(declaration) }

    /// The checker with `files` (validated when uploaded), prepared once per set of versions.
    static func checker(for files: [RuleFile]) -> DeclarationChecker {
        guard !files.isEmpty else { return checker }
        let key = files.map { "\($0.kind.rawValue):\($0.name):\($0.version):\($0.uploadedAt.timeIntervalSince1970)" }
            .joined(separator: "|")
        return prepared.value(key) {
            var library = Self.library
            var rules = DeclarationRules.standard
            for file in files {
                switch file.kind {
                case .library:
                    if let loaded = try? RuleFileData.library(text: file.sourceText, file: file.fileName) {
                        library = library.merged(with: loaded.library)
                    }
                case .severities:
                    if let severities = try? RuleFileData.severities(text: file.sourceText, file: file.fileName) {
                        rules.severities = severities
                    }
                }
            }
            return DeclarationChecker(rules: rules, library: library)
        }
    }

    private static let prepared = PreparedChecker()
}

/// The last prepared checker and the key of its files (a new upload makes a new key).
final class PreparedChecker: @unchecked Sendable {
    private let lock = NSLock()
    private var key = ""
    private var checker: DeclarationChecker?

    func value(_ key: String, make: () -> DeclarationChecker) -> DeclarationChecker {
        lock.lock()
        defer { lock.unlock() }
        if let checker, self.key == key { return checker }
        let made = make()
        self.key = key
        checker = made
        return made
    }
}

extension Request {
    /// The declarations waiting for `user` (to-do page): a status of the role's duties, in scope,
    /// with a step the user may take.
    func declarationsToAct(for user: UserAccount) async throws -> [StoredDeclaration] {
        let statuses = Todo.statuses(for: user.role)
        guard !statuses.isEmpty else { return [] }
        return try await declarations.list(unitCode: user.role.seesAllUnits ? nil : user.unitCode, fiscalYear: nil, limit: 200)
            .filter { stored in
                statuses.contains(stored.state.status)
                    && DeclarationWorkflow.actions(for: user, status: stored.state.status, unitCode: stored.state.unitCode)
                        .contains { $0 != .adjust }
            }
    }
}
