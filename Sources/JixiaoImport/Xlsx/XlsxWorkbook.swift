import Foundation

/// An .xlsx workbook read in memory (never written to disk): every worksheet's cells by
/// reference, in the workbook's sheet order. Values are read as stored: shared and inline
/// strings, numbers as their written text, a formula's cached result. Bounded by `XlsxLimits`.
public struct XlsxWorkbook: Sendable {
    public let sheets: [XlsxWorksheet]

    /// The sheet named `name`, or nil.
    public func sheet(_ name: String) -> XlsxWorksheet? { sheets.first { $0.name == name } }

    /// Reads `data` (the bytes of an .xlsx upload).
    public static func read(_ data: Data, limits: XlsxLimits = .standard) throws -> XlsxWorkbook {
        let archive = try XlsxArchive(data: data, limits: limits.zip)
        guard let workbook = archive.part("xl/workbook.xml") else { throw XlsxReadError.damaged }
        var declared: [(name: String, rid: String)] = []
        try XlsxXML.parse(
            workbook, part: "xl/workbook.xml", maxText: limits.maxCellCharacters,
            start: { name, attributes in
                guard name == "sheet", let sheetName = attributes["name"],
                    let rid = attributes.first(where: { XlsxXML.local($0.key) == "id" && $0.key != "sheetId" })?.value
                else { return }
                declared.append((sheetName, rid))
            }, end: { _, _ in })
        if declared.count > limits.maxSheets { throw XlsxReadError.tooLarge("工作表超过 \(limits.maxSheets) 个") }
        var targets: [String: String] = [:]
        if let rels = archive.part("xl/_rels/workbook.xml.rels") {
            try XlsxXML.parse(
                rels, part: "xl/_rels/workbook.xml.rels", maxText: limits.maxCellCharacters,
                start: { name, attributes in
                    if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
                }, end: { _, _ in })
        }
        let shared = try archive.part("xl/sharedStrings.xml").map { try sharedStrings($0, limits: limits) } ?? []
        var cellBudget = limits.maxCells
        var sheets: [XlsxWorksheet] = []
        for (name, rid) in declared {
            guard let target = targets[rid], let bytes = archive.part(partPath(target)) else { continue }
            let cells = try XlsxSheetReader.cells(
                bytes, part: partPath(target), shared: shared, budget: &cellBudget,
                maxText: limits.maxCellCharacters)
            sheets.append(XlsxWorksheet(name: name, cells: cells))
        }
        return XlsxWorkbook(sheets: sheets)
    }

    /// A relationship target as a package path: `worksheets/sheet1.xml` and `/xl/worksheets/sheet1.xml`
    /// both name `xl/worksheets/sheet1.xml`.
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The shared string table: each `si` as its text runs joined (phonetic runs left out).
    static func sharedStrings(_ bytes: [UInt8], limits: XlsxLimits) throws -> [String] {
        var strings: [String] = [], current = "", phonetic = 0
        try XlsxXML.parse(
            bytes, part: "xl/sharedStrings.xml", maxText: limits.maxCellCharacters,
            start: { name, _ in
                if name == "si" { current = "" }
                if name == "rPh" { phonetic += 1 }
            },
            end: { name, text in
                switch name {
                case "t" where phonetic == 0: current += text
                case "rPh": phonetic -= 1
                case "si": strings.append(current)
                default: break
                }
            })
        if strings.count > limits.maxCells { throw XlsxReadError.tooLarge("共享字符串超过 \(limits.maxCells) 个") }
        return strings
    }
}
