import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

/// The pages LibreOffice prints from the .docx and .xlsx: tables start under the text
/// before them and repeat their header; every sheet prints its title and headers whole.
@Suite(.serialized, .enabled(if: LibreOffice.enabled, "LibreOffice (soffice) is not installed"))
struct LibreOfficeLayoutTests {
    /// The example with the score table three times as long, right under the first paragraph:
    /// page 1 has room for half of a page of it.
    static func longReport(_ report: ReportDocument) throws -> (ReportDocument, ReportTable) {
        var scores = try #require(report.tables.first { $0.columns.first?.title == "一级指标" })
        let body = scores.rows.filter { !$0.isTotal }
        scores.rows = body + body + body + scores.rows.filter(\.isTotal)
        let start = try #require(report.blocks.firstIndex { if case .paragraph = $0 { return true } else { return false } })
        var long = report
        long.blocks = Array(report.blocks[...start]) + [.table(scores)]
        return (long, scores)
    }

    @Test func docxTablesStartUnderTheTextAndRepeatTheirHeader() throws {
        // given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wuhua = try LayoutTests.wuhua()
        let (long, scores) = try Self.longReport(wuhua)
        let files = try [("wuhua", wuhua), ("long", long)].map { name, report in
            let url = folder.appendingPathComponent("\(name).docx")
            try DocxRenderer.render(report).write(to: url)
            return url
        }
        // when
        try LibreOffice.convert(files, to: "pdf", in: folder)
        // then the long table starts on page 1, under the text, with its header
        let longPDF = folder.appendingPathComponent("long.pdf")
        let pages = try LibreOffice.pages(longPDF)
        let first = try LibreOffice.words(longPDF, page: 1)
        #expect(pages >= 3)
        #expect(first.contains(scores.caption) && first.contains("一级指标") && first.contains("二级指标"))
        #expect(try LibreOffice.rowsUnderHeader(longPDF, page: 1, header: "三级指标") >= 3)
        #expect(try LibreOffice.filled(longPDF, page: 1) > 0.85)
        // and every following page of the table repeats the header row (each header word on one line)
        let longTexts = try (1...pages).map { try LibreOffice.words(longPDF, page: $0) }
        let longEnd = try #require(longTexts.lastIndex { $0.contains("合计") })
        #expect(longEnd >= 2)
        for page in 1...longEnd {
            #expect(scores.columns.allSatisfy { longTexts[page].contains($0.title) }, "page \(page + 1): \(longTexts[page].prefix(12))")
        }
        // the example: each page the score table runs over has its header, and no page before
        // a table is left half empty
        let wuhuaPDF = folder.appendingPathComponent("wuhua.pdf")
        let wuhuaPages = try LibreOffice.pages(wuhuaPDF)
        let texts = try (1...wuhuaPages).map { try LibreOffice.words(wuhuaPDF, page: $0) }
        let captionPage = try #require(texts.firstIndex { $0.contains(scores.caption) })
        let totalPage = try #require(texts.lastIndex { $0.contains("合计") })
        #expect(totalPage > captionPage)
        #expect(try LibreOffice.rowsUnderHeader(wuhuaPDF, page: captionPage + 1, header: "三级指标") >= 1)
        for page in captionPage...totalPage {
            #expect(texts[page].contains("一级指标") && texts[page].contains("三级指标"), "page \(page + 1)")
        }
        for page in 1..<wuhuaPages {
            #expect(try LibreOffice.filled(wuhuaPDF, page: page) > 0.7, "page \(page)")
        }
    }

    @Test func xlsxPrintsEveryTitleAndHeaderWholeOnePageWide() throws {
        // given the example and a long one (its text sheet runs over several pages)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wuhua = try LayoutTests.wuhua()
        var long = wuhua
        long.blocks += (1...80).map { .paragraph("第\($0)段：" + String(repeating: "绩效运行监控情况说明", count: 3)) }
        let reports = [("wuhua", wuhua), ("long", long)]
        let files = try reports.map { name, report in
            let url = folder.appendingPathComponent("\(name).xlsx")
            try XlsxRenderer.render(report).write(to: url)
            return url
        }
        // when
        try LibreOffice.convert(files, to: "pdf", in: folder)
        // then every page shows the title, its sheet's caption, the filer line and all
        // column headers, whole (so no sheet is cut into pages of some columns)
        for (name, report) in reports {
            let pdf = folder.appendingPathComponent("\(name).pdf")
            let pages = try LibreOffice.pages(pdf)
            let tables = [XlsxRenderer.textTable(report)] + report.tables
            let meta = report.meta.map { "\($0.label)：\($0.value ?? ReportText.unfilled)" }.joined()
            var printed = Set<String>()
            for page in 1...pages {
                // as laid out: the wrapped lines of a merged title cell follow each other
                let text = try LibreOffice.output([
                    "pdftotext", "-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", pdf.path, "-",
                ])
                .filter { !$0.isWhitespace }
                let table = try #require(tables.last { text.contains($0.caption.filter { !$0.isWhitespace }) }, "\(name) page \(page)")
                printed.insert(table.caption)
                #expect(text.contains(report.title), "\(name) page \(page)")
                #expect(text.contains(meta.filter { !$0.isWhitespace }), "\(name) page \(page)")
                for column in table.columns {
                    #expect(text.contains(column.title.filter { !$0.isWhitespace }), "\(name) page \(page): \(column.title)")
                }
            }
            #expect(printed == Set(tables.map(\.caption)))
            if name == "long" { #expect(pages > tables.count) }
        }
    }
}

extension LibreOffice {
    /// The words of one page of a PDF as pdftotext separates them (a table cell's line is one word).
    static func words(_ pdf: URL, page: Int) throws -> [String] {
        try boxes(pdf, page: page).map(\.text)
    }

    /// The number of text lines of a page below the line holding `header` (0 without it).
    static func rowsUnderHeader(_ pdf: URL, page: Int, header: String) throws -> Int {
        let boxes = try boxes(pdf, page: page), top = 37 / 25.4 * 72, bottom = (297 - 35) / 25.4 * 72
        guard let line = boxes.first(where: { $0.text == header })?.bottom else { return 0 }
        return Set(boxes.filter { $0.bottom > line + 2 && $0.bottom <= bottom + 6 && $0.bottom > top }.map { Int($0.bottom) }).count
    }

    /// How far down the type area (GB/T 9704: 37 mm from the top, 35 mm from the bottom of
    /// A4) the text of a page reaches: 1 for a full page; the page number is left out.
    static func filled(_ pdf: URL, page: Int) throws -> Double {
        let top = 37 / 25.4 * 72, bottom = (297 - 35) / 25.4 * 72
        let lowest = try boxes(pdf, page: page).map(\.bottom).filter { $0 <= bottom + 6 }.max() ?? top
        return (lowest - top) / (bottom - top)
    }

    /// Each word of a page with the y of its bottom edge in points (pdftotext -bbox).
    static func boxes(_ pdf: URL, page: Int) throws -> [(text: String, bottom: Double)] {
        let html = try output(["pdftotext", "-bbox", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)", pdf.path, "-"])
        let pattern = try NSRegularExpression(pattern: #"<word [^>]*yMax="([0-9.]+)">([^<]*)</word>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let y = Range(match.range(at: 1), in: html).flatMap({ Double(html[$0]) }),
                let text = Range(match.range(at: 2), in: html)
            else { return nil }
            return (String(html[text]).replacingOccurrences(of: "&amp;", with: "&"), y)
        }
    }
}
