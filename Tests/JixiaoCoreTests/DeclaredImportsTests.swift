import Foundation
import Testing

/// Every target imports only what Package.swift declares for it (or the toolchain's modules):
/// a module reached only through another package's dependencies builds today and breaks when
/// that package drops it.
@Suite("Declared imports")
struct DeclaredImportsTests {
    static let package = PublicAPITests.sources.deletingLastPathComponent()
    /// Modules of the Swift toolchain, which no manifest names.
    static let toolchain: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationXML", "FoundationNetworking", "CoreFoundation",
        "Dispatch", "Glibc", "Darwin", "Musl", "Testing", "XCTest", "Synchronization",
    ]
    /// sqlite-nio's internal C module, which is no product; one file wraps it (BundledSQLiteTests watches it).
    static let allowed = ["DirectSQLite/BundledSQLite.swift:2 VaporCSQLite"]

    static func manifest() throws -> String {
        try String(contentsOf: package.appendingPathComponent("Package.swift"), encoding: .utf8)
    }

    /// Each target of the manifest `text` with the targets and products it depends on.
    static func targets(in text: String) throws -> [String: Set<String>] {
        let declaration = try Regex(#"\.(?:target|testTarget|executableTarget|systemLibrary)\(\s*name:\s*"([^"]+)""#)
        let starts = text.matches(of: declaration)
        let names = Set(starts.compactMap { $0.output[1].substring.map(String.init) })
        var targets: [String: Set<String>] = [:]
        for (index, start) in starts.enumerated() {
            guard let name = start.output[1].substring.map(String.init) else { continue }
            let end = index + 1 < starts.count ? starts[index + 1].range.lowerBound : text.endIndex
            let block = text[start.range.upperBound..<end]
            let quoted = block.matches(of: try Regex(#""([^"]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
            let products = block.matches(of: try Regex(#"\.product\(name:\s*"([^"]+)""#)).compactMap {
                $0.output[1].substring.map(String.init)
            }
            targets[name] = Set(quoted.filter(names.contains)).union(products)
        }
        return targets
    }

    /// The imports, as "Target/file:line Module", that the manifest `text` does not declare; and how many files were read.
    static func undeclared(in text: String) throws -> (files: Int, imports: [String]) {
        var undeclared: [String] = []
        var scanned = 0
        for (name, dependencies) in try targets(in: text).sorted(by: { $0.key < $1.key }) {
            let base = package.appendingPathComponent(name.hasSuffix("Tests") ? "Tests" : "Sources")
            guard FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path) else { continue }
            let (files, imports) = try LayeringTests.imports(under: name, of: base)
            scanned += files
            let known = dependencies.union(toolchain).union([name])
            undeclared += imports.filter { !known.contains($0.module) }.map { "\($0.place) \($0.module)" }
                .filter { !allowed.contains($0) }.map { "\(name)/\($0)" }
        }
        return (scanned, undeclared)
    }

    @Test("each target under Sources and Tests imports only its declared dependencies or the toolchain's modules")
    func importsAreDeclared() throws {
        let manifest = try Self.manifest()
        #expect(try Self.targets(in: manifest).count >= 14)
        let (files, undeclared) = try Self.undeclared(in: manifest)
        #expect(files > 500)
        #expect(undeclared == [], "declare the module in Package.swift for that target")
    }

    @Test("a product left out of the manifest is found where it is imported")
    func missingProductIsFound() throws {
        let manifest = try Self.manifest()
        let logging = #".product(name: "Logging", package: "swift-log"),"#
        #expect(manifest.contains(logging))
        let (_, undeclared) = try Self.undeclared(in: manifest.replacingOccurrences(of: logging, with: ""))
        #expect(undeclared.contains { $0.hasPrefix("JixiaoStoreTests/") && $0.hasSuffix(" Logging") })
        #expect(undeclared.contains { $0.hasPrefix("JixiaoStore/") && $0.hasSuffix(" Logging") })
    }
}
