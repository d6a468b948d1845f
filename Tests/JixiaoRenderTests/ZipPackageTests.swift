import Foundation
import Testing
import ZIPFoundation

@testable import JixiaoRender

@Suite struct ZipPackageTests {
    @Test func partsReadBackWithTheirChecksums() throws {
        // given a small part (stored) and a large one (deflated)
        let large = String(repeating: "<w:p>绩效自评</w:p>", count: 2_000)
        var zip = ZipPackage()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("word/document.xml", large)
        // when
        let data = try zip.data()
        let archive = try Archive(data: data, accessMode: .read)
        // then (ZIPFoundation checks each CRC-32 while extracting)
        let entries = Array(archive)
        #expect(entries.map(\.path) == ["[Content_Types].xml", "word/document.xml"])
        #expect(entries.map(\.isCompressed) == [false, true])
        #expect(try Package.part("word/document.xml", of: data) == large)
        #expect(try Package.part("[Content_Types].xml", of: data) == "<Types/>")
        #expect(data.count < large.utf8.count / 10)
    }

    @Test func entriesCarryTheFixedDate() throws {
        var zip = ZipPackage()
        zip.add("a.xml", "<a/>")
        let entry = try #require(try Archive(data: zip.data(), accessMode: .read)["a.xml"])
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: .current, from: entry.fileAttributes[.modificationDate] as? Date ?? .distantPast)
        #expect(parts.year == 2020)
        #expect(parts.month == 1)
        #expect(parts.day == 1)
    }
}
