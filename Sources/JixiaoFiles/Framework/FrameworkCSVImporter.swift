import Foundation
import JixiaoCore

/// The result of importing a framework table: the framework (possibly incomplete),
/// the problems of the rows, and the line each indicator came from.
public struct CSVImport: Sendable {
    public var framework: Framework
    public var problems: [FileProblem]
    /// Line of the row that defined each indicator, by index path.
    public var lines: [[Int]: Int]
    /// Line of the header row.
    public var headerLine: Int?
    /// The file name used in messages.
    public var fileName: String = ""

    /// The line for a validator issue's index path (the header for framework-level issues).
    public func line(for indexPath: [Int]) -> Int? { indexPath.isEmpty ? headerLine : lines[indexPath] }

    /// The problems of the rows and those the validator finds in the imported framework.
    public var allProblems: [FileProblem] {
        let file = problems.first?.file ?? fileName
        return problems
            + FrameworkValidator().validate(framework).map { issue in
                FileProblem(
                    file: file, line: line(for: issue.indexPath), path: issue.pathText.nilIfEmpty,
                    severity: issue.severity == .error ? .error : .warning, message: issue.message)
            }
    }
}

/// Imports a framework from a CSV table with the usual columns
/// (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评分标准 | 指标说明).
/// Cells merged in the spreadsheet arrive blank in the following rows and inherit from above.
/// Leaves get `manual` rules with the 评分标准 kept as their criteria.
public enum FrameworkCSVImporter {
    /// Imports the table at `url` (UTF-8 with or without BOM, or GB18030); metadata defaults from the file name.
    public static func importTable(url: URL, file: String) throws(FileError) -> CSVImport {
        let stem = url.deletingPathExtension().lastPathComponent
        return importTable(
            text: try TextDecoding.read(url, file: file), file: file,
            defaults: CSVFrameworkDefaults(id: stem, title: stem))
    }

    public static func importTable(
        text: String, file: String,
        defaults: CSVFrameworkDefaults = CSVFrameworkDefaults()
    ) -> CSVImport {
        var metadata = defaults
        var problems: [FileProblem] = []
        let records = CSVTable.parse(text)
        guard let headerIndex = records.firstIndex(where: { CSVColumns(header: $0) != nil }),
            let columns = CSVColumns(header: records[headerIndex])
        else {
            let framework = Framework(
                id: defaults.id, title: defaults.title, kind: defaults.kind, region: defaults.region,
                year: defaults.year, source: defaults.source, indicators: [])
            return CSVImport(
                framework: framework, problems: [FileProblem(file: file, message: CSVMessages.noHeader)],
                lines: [:], headerLine: nil, fileName: file)
        }
        for record in records[..<headerIndex] where !record.isBlank {
            switch metadata.apply(key: record[0], value: record[1]) {
            case true?: break
            case nil: problems.append(FileProblem(file: file, line: record.line, message: CSVMessages.badMetadata(record[0], record[1])))
            case false?:
                problems.append(
                    FileProblem(
                        file: file, line: record.line, severity: .warning,
                        message: CSVMessages.ignoredRow))
            }
        }
        var builder = CSVTreeBuilder(file: file, columns: columns)
        for record in records[(headerIndex + 1)...] where !record.isBlank { builder.add(record) }
        let framework = Framework(
            id: metadata.id, title: metadata.title, kind: metadata.kind, region: metadata.region,
            year: metadata.year, source: metadata.source, total: metadata.total,
            indicators: builder.indicators)
        return CSVImport(
            framework: framework, problems: problems + builder.problems + builder.leafMaxProblems,
            lines: builder.lines, headerLine: records[headerIndex].line, fileName: file)
    }
}
