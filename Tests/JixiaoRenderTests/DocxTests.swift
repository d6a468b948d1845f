import Foundation
import JixiaoCore
import Testing

@testable import JixiaoRender

@Suite struct DocxTests {
    let report = ReportDocument(evaluation: Fixtures.departmentEvaluation(), score: Fixtures.departmentScore())

    @Test func packageHasEveryPartAndWellFormedXML() throws {
        // when
        let data = try DocxRenderer.render(report)
        // then
        #expect(
            Set(try Package.paths(of: data)) == [
                "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
                "docProps/core.xml", "docProps/app.xml",
            ])
        #expect(try Package.allXMLWellFormed(data))
    }

    @Test func pageFollowsGBT9704() throws {
        // when
        let data = try DocxRenderer.render(report)
        let document = try Package.part("word/document.xml", of: data)
        let styles = try Package.part("word/styles.xml", of: data)
        let fonts = try Package.part("word/fontTable.xml", of: data)
        // then A4, margins 37/35/28/26 mm, 22 lines
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(document.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
        // body 仿宋_GB2312 16 pt (falls back to 仿宋), title 小标宋 22 pt, headings 黑体 and 楷体
        #expect(styles.contains("w:eastAsia=\"仿宋_GB2312\""))
        #expect(styles.contains("<w:sz w:val=\"32\"/>"))
        #expect(styles.contains("w:eastAsia=\"方正小标宋简体\" w:cs=\"Times New Roman\"/><w:sz w:val=\"44\"/>"))
        #expect(styles.contains("w:eastAsia=\"黑体\""))
        #expect(styles.contains("w:eastAsia=\"楷体_GB2312\""))
        #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
        #expect(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"小标宋\"/>"))
        // page numbers in both footers; rows never split
        #expect(try Package.part("word/footer1.xml", of: data).contains(" PAGE "))
        #expect(try Package.part("word/footer2.xml", of: data).contains(" PAGE "))
        let rows = document.components(separatedBy: "<w:tr>").count - 1
        #expect(rows > 20)
        #expect(document.components(separatedBy: "<w:trPr><w:cantSplit/>").count - 1 == rows)
        #expect(document.components(separatedBy: "<w:tblHeader/>").count - 1 == report.tables.count)
    }

    @Test func figuresReadBackFromTheXML() throws {
        // when
        let document = try Package.part("word/document.xml", of: try DocxRenderer.render(report))
        let texts = XML.texts(of: "w:t", in: document)
        // then every money figure stands beside its label
        for (id, value) in Fixtures.departmentFigures where FigureCatalog.definition(id)?.unit == "万元" {
            guard let index = texts.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == FigureCatalog.label(id) })
            else { continue }
            #expect(texts[index + 1] == Fixtures.d(value).formatted(places: 2, grouping: true), "\(id)")
        }
        #expect(texts.contains("示例县数据服务管理局2023年度"))
        #expect(texts.contains("部门整体支出绩效自评报告"))
        #expect(texts.contains("填报人："))
        #expect(texts.contains("张测试"))
        #expect(texts.contains("93.85"))
        #expect(texts.contains("自评等级：优"))
        #expect(
            texts.contains(
                "本年收入合计563.02万元，其中财政拨款收入563.02万元；本年支出合计563.02万元，其中基本支出410.50万元（人员经费350.20万元、公用经费60.30万元），项目支出152.52万元；年初结转结余0.00万元；年末结转结余0.00万元；核定编制14名，实有13人。"
            ))
    }

    @Test func outputIsDeterministic() throws {
        #expect(try DocxRenderer.render(report) == DocxRenderer.render(report))
    }
}
