import Testing

@testable import JixiaoCore

/// The type of an attachment comes from its content: each accepted kind is recognised, and
/// programs, web pages and other archives are refused whatever their names say.
@Suite("Attachment type sniffing")
struct AttachmentSnifferTests {
    @Test(
        "each accepted kind is recognised by its content",
        arguments: [
            (AttachmentFiles.pdf, AttachmentType.pdf), (AttachmentFiles.png, .png), (AttachmentFiles.jpeg, .jpeg),
            (AttachmentFiles.docx, .docx), (AttachmentFiles.xlsx, .xlsx),
        ])
    func accepted(_ bytes: [UInt8], _ expected: AttachmentType) {
        #expect(AttachmentSniffer.sniff(bytes) == expected)
        #expect(AttachmentRules.standard.check(bytes, name: "x.bin") == .success(expected))
    }

    @Test("a program or web page renamed to an accepted name is refused, naming the file")
    func renamed() {
        for (bytes, name) in [(AttachmentFiles.exe, "报告.pdf"), (AttachmentFiles.html, "照片.png"), (AttachmentFiles.exe, "表.xlsx")] {
            #expect(AttachmentSniffer.sniff(bytes) == nil)
            let result = AttachmentRules.standard.check(bytes, name: name)
            #expect(result == .failure(.unsupportedType(name: name)))
            if case .failure(let refusal) = result {
                #expect(refusal.message.contains(name) && refusal.message.contains("类型不受支持"))
            }
        }
    }

    @Test("zips that are not a Word or Excel package are refused")
    func otherZips() {
        let plain = AttachmentFiles.zip(["readme.txt", "word/document.xml"])  // no [Content_Types].xml
        let macro = AttachmentFiles.zip(["[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"])
        let both = AttachmentFiles.zip(["[Content_Types].xml", "word/document.xml", "xl/workbook.xml"])
        let presentation = AttachmentFiles.zip(["[Content_Types].xml", "ppt/presentation.xml"])
        for bytes in [plain, macro, both, presentation] { #expect(AttachmentSniffer.sniff(bytes) == nil) }
        #expect(AttachmentSniffer.sniff(AttachmentFiles.zip(["[Content_Types].xml", "xl/workbook.xml"], comment: "注释")) == .xlsx)
    }

    @Test("damaged zips give nil, never a trap")
    func damaged() {
        let docx = AttachmentFiles.docx
        var wrongOffset = docx
        wrongOffset[wrongOffset.count - 6] = 0xFF  // central directory offset past the end
        let cut = Array(docx.prefix(docx.count - 10))
        for bytes in [wrongOffset, cut, Array(docx.prefix(4)), [0x50, 0x4B, 0x03, 0x04]] {
            #expect(AttachmentSniffer.sniff(bytes) == nil)
        }
    }

    @Test("empty and oversized files are refused with the size in the message")
    func sizes() {
        let rules = AttachmentRules(maxBytes: 1_048_576)
        #expect(rules.check([], name: "a.pdf") == .failure(.empty(name: "a.pdf")))
        let big = AttachmentFiles.pdf + [UInt8](repeating: 0x20, count: 1_048_576)
        guard case .failure(let refusal) = rules.check(big, name: "大.pdf") else { Issue.record("accepted"); return }
        #expect(refusal == .tooLarge(name: "大.pdf", bytes: big.count, limit: 1_048_576))
        #expect(refusal.message == "文件「大.pdf」有 1.0 MB，超过佐证材料每个文件 1 MB 的上限。")
        #expect(rules.check(Array(big.prefix(1_048_576)), name: "a.pdf") == .success(.pdf))
        #expect(AttachmentRules.standard.maxBytes == 20 * 1_048_576)
    }

    @Test("an evaluation holds at most the configured number and total of files")
    func quota() {
        let rules = AttachmentRules(maxBytes: 10, maxPerEvaluation: 2, maxBytesPerEvaluation: 15)
        #expect(rules.quotaRefusal(count: 1, total: 5, adding: 10) == nil)
        #expect(rules.quotaRefusal(count: 2, total: 5, adding: 1) == .tooMany(limit: 2))
        #expect(rules.quotaRefusal(count: 1, total: 10, adding: 6) == .evaluationFull(limit: 15))
    }
}
