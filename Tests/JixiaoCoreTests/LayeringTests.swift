import Foundation
import Testing

/// The dependency rules of ARCHITECTURE.md ("Layout") checked on the source text: Core imports
/// Foundation only, and the web's views never import the store (they take domain values).
@Suite("Layering")
struct LayeringTests {
    /// The `import` lines of every Swift file under `folder` of `Sources` (or of `base`), as "file:line: module".
    static func imports(
        under folder: String, of base: URL = PublicAPITests.sources
    ) throws -> (files: Int, imports: [(place: String, module: String)]) {
        let root = base.appendingPathComponent(folder)
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var found: [(String, String)] = []
        var scanned = 0
        for case let url as URL in files where url.pathExtension == "swift" {
            scanned += 1
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                    words[..<index].allSatisfy({ $0.hasPrefix("@") || $0 == "public" || $0 == "internal" })
                else { continue }
                found.append(("\(url.path.dropFirst(root.path.count + 1)):\(number + 1)", String(words[index + 1])))
            }
        }
        return (scanned, found)
    }

    @Test("no file under Sources/JixiaoWeb/Views imports JixiaoStore")
    func viewsDoNotImportTheStore() throws {
        let (files, imports) = try Self.imports(under: "JixiaoWeb/Views")
        #expect(files > 50)
        let store = imports.filter { $0.module == "JixiaoStore" }.map(\.place)
        #expect(store == [], "a view takes domain values (JixiaoCore: Ports, Dashboard), never the store's types")
    }

    @Test("JixiaoCore imports Foundation only")
    func coreImportsFoundationOnly() throws {
        let (files, imports) = try Self.imports(under: "JixiaoCore")
        #expect(files > 100)
        let others = imports.filter { $0.module != "Foundation" }.map { "\($0.place) \($0.module)" }
        #expect(others == [])
    }
}
