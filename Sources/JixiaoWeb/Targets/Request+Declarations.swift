import JixiaoCore
import JixiaoFiles
import JixiaoStore
import Vapor

extension Request {
    var declarations: any DeclarationRepository { FluentDeclarationRepository(database: db) }
}

/// The one checker of the web app and API: the rules of `jixiao targets` over the built-in library.
enum DeclarationCheck {
    static let library: IndicatorLibrary = (try? LibraryReader.standard(extraFiles: [])) ?? IndicatorLibrary()
    static let checker = DeclarationChecker(library: library)

    static func findings(_ declaration: TargetDeclaration) -> [Finding] { checker.check(declaration) }
}
