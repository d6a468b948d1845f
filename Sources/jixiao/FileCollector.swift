import Foundation
import JixiaoImport

/// Expands the paths given to `jixiao check`: files as given, folders to every report
/// file under them (sorted, so output order is stable).
enum FileCollector {
    static func collect(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ImportError.unreadable(path: path, reason: "文件不存在")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let walker = FileManager.default.enumerator(atPath: path) else {
                throw ImportError.unreadable(path: path, reason: "无法列出文件夹")
            }
            var found: [String] = []
            for case let relative as String in walker
            where ReportReader.extensions.contains((relative as NSString).pathExtension.lowercased()) {
                found.append((path as NSString).appendingPathComponent(relative))
            }
            files += found.sorted()
        }
        return files
    }
}
