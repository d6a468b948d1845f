/// The fixed parts of an .xlsx package.
enum XlsxParts {
    static let header = DocxParts.header
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let r = DocxParts.r

    static func contentTypes(sheets: Int) -> String {
        var s =
            header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 1...max(sheets, 1) where sheets > 0 {
            s +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        s +=
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return s + "</Types>"
    }

    static let rootRels =
        header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(r)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(r)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// The workbook; formulas are recalculated when the file is opened. Each sheet's
    /// title and header rows (1 to `XlsxSheet.headerRows`) print on every page.
    static func workbook(sheetNames: [String]) -> String {
        var s = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(r)\"><bookViews><workbookView/></bookViews><sheets>"
        for (i, name) in sheetNames.enumerated() {
            s += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        s += "</sheets>"
        if !sheetNames.isEmpty {
            s += "<definedNames>"
            for (i, name) in sheetNames.enumerated() {
                let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
                s +=
                    "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">"
                    + XMLText.escape("\(quoted)!$1:$\(XlsxSheet.headerRows)") + "</definedName>"
            }
            s += "</definedNames>"
        }
        return s + "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    }

    static func workbookRels(sheets: Int) -> String {
        var s = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<sheets {
            s += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(r)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        return s + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(r)/styles\" Target=\"styles.xml\"/></Relationships>"
    }
}
