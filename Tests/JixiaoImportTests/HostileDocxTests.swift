import Foundation
import Testing
import ZIPFoundation

@testable import JixiaoImport

/// Hostile .docx files are refused with a clear reason and nothing written.
@Suite struct HostileDocxTests {
    static let documentXML = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        <w:p><w:r><w:t>填报人：王小明</w:t></w:r></w:p><w:p/>
        <w:p><w:r><w:t xml:space="preserve">本年收入 </w:t></w:r><w:r><w:t>500.00 万元 &amp; 其他</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>文化下乡</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        </w:body></w:document>
        """

    /// A zip in memory with the given entries.
    static func zip(_ entries: [(String, Data)], compress: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: compress ? .deflate : .none
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    static func read(_ data: Data) -> Result<[String], ImportError> {
        do {
            return .success(try DocxReader.lines(data: data, path: "x.docx").map { TextScan.string($0) })
        } catch let error as ImportError { return .failure(error) } catch {
            return .failure(.unreadable(path: "x.docx", reason: "\(error)"))
        }
    }

    @Test func readsParagraphsAndTableRowsInOrder() throws {
        let data = try Self.zip([("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data(Self.documentXML.utf8))])
        #expect(try Self.read(data).get() == ["填报人：王小明", "", "本年收入 500.00 万元 & 其他", "项目名称\t文化下乡"])
    }

    @Test func zipBombIsRefused() throws {
        let huge = Data(repeating: 0x41, count: 80 << 20)
        let data = try Self.zip([("word/document.xml", huge)])
        guard case .failure(.tooLarge) = Self.read(data) else { Issue.record("zip bomb accepted"); return }
    }

    @Test func entryOverItsActualSizeCapIsRefused() throws {
        let data = try Self.zip([("word/document.xml", Data(Self.documentXML.utf8))])
        let limits = ZipLimits(maxEntryBytes: 100)
        #expect(throws: ImportError.self) { try DocxReader.lines(data: data, path: "x.docx", limits: limits) }
    }

    @Test(arguments: ["../../evil.xml", "/etc/passwd", "word\\..\\evil", "word/../../x"])
    func zipSlipNamesAreRefused(_ name: String) throws {
        let data = try Self.zip([(name, Data("x".utf8)), ("word/document.xml", Data(Self.documentXML.utf8))])
        #expect(Self.read(data) == .failure(.unsafeEntry(path: "x.docx", entry: name)))
    }

    @Test func doctypeAndEntitiesAreRefused() throws {
        let xxe =
            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
        let data = try Self.zip([("word/document.xml", Data(xxe.utf8))])
        #expect(Self.read(data) == .failure(.forbiddenDTD(path: "x.docx")))
    }

    @Test func truncatedArchiveIsRefused() throws {
        let data = try Self.zip([("word/document.xml", Data(Self.documentXML.utf8))])
        guard case .failure(.truncated) = Self.read(data.prefix(data.count / 2)) else { Issue.record("truncated accepted"); return }
    }

    @Test func randomBytesAreNotAZip() {
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect(Self.read(Data([0x13, 0x37]) + bytes) == .failure(.notZip(path: "x.docx")))
    }

    @Test func invalidUTF8IsReported() throws {
        var xml = Data("<w:document><w:body><w:p><w:r><w:t>".utf8)
        xml.append(contentsOf: [0xFF, 0xFE, 0xC3])
        xml.append(Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
        let data = try Self.zip([("word/document.xml", xml)])
        guard case .failure(.malformedXML) = Self.read(data) else { Issue.record("invalid UTF-8 accepted"); return }
    }

    @Test func missingDocumentIsReported() throws {
        let data = try Self.zip([("word/other.xml", Data("<x/>".utf8))])
        #expect(Self.read(data) == .failure(.missingDocument(path: "x.docx")))
    }
}
