import Foundation
import JixiaoCore

/// The frameworks Jixiao knows: the built-ins shipped as resources, plus the files of a folder
/// (which replace a built-in of the same id, so a bureau can edit its copy).
public struct FrameworkLibrary: Sendable {
    /// Frameworks by id, in listing order.
    public private(set) var frameworks: [Framework]
    /// Problems of files that could not be loaded (the others are still available).
    public private(set) var problems: [FileProblem]

    /// The built-in frameworks only.
    public static func builtIn() throws(FileError) -> FrameworkLibrary {
        guard let folder = BuiltInResources.frameworksFolder else {
            throw FileError(.unreadable, file: "frameworks", message: FileMessages.cannotOpen("内置指标体系资源缺失"))
        }
        let library = FrameworkLibrary(folder: folder)
        if !library.problems.isEmpty { throw FileError(.invalid, library.problems) }
        return library
    }

    /// The built-ins, overlaid with the framework files in `folder` when given.
    public static func standard(extraFolder: URL? = nil) throws(FileError) -> FrameworkLibrary {
        var library = try builtIn()
        if let extraFolder { library.add(FrameworkLibrary(folder: extraFolder)) }
        return library
    }

    /// Loads every .yaml/.yml/.json/.csv file of `folder` (sorted by name).
    public init(folder: URL) {
        frameworks = []
        problems = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where FrameworkReader.Format(fileExtension: (name as NSString).pathExtension) != nil {
            do {
                let loaded = try FrameworkReader.read(url: folder.appendingPathComponent(name), file: name)
                add(loaded.framework)
            } catch {
                problems += error.problems
            }
        }
    }

    public init(frameworks: [Framework]) {
        self.frameworks = frameworks
        self.problems = []
    }

    /// The frameworks in listing order.
    public var list: [Framework] { frameworks }

    /// The framework with `id`, or nil.
    public func framework(id: String) -> Framework? { frameworks.first { $0.id == id } }

    /// Adds `framework`, replacing one with the same id.
    public mutating func add(_ framework: Framework) {
        if let index = frameworks.firstIndex(where: { $0.id == framework.id }) {
            frameworks[index] = framework
        } else {
            frameworks.append(framework)
        }
    }

    /// Adds every framework (and problem) of `other`.
    public mutating func add(_ other: FrameworkLibrary) {
        other.frameworks.forEach { add($0) }
        problems += other.problems
    }
}
