import Testing

@testable import JixiaoCore

/// The stored name of an attachment: no path, no control or format characters, bounded
/// length, and an extension of the type its content has.
@Suite("Attachment names")
struct AttachmentNameTests {
    @Test(
        "path parts, control characters and reserved characters are removed",
        arguments: [
            ("../../etc/passwd.pdf", AttachmentType.pdf, "passwd.pdf"),
            ("C:\\Users\\张三\\证明材料.docx", .docx, "证明材料.docx"),
            ("a\r\nb\u{0}c.png", .png, "abc.png"),
            ("发票\u{202E}fdp.exe.jpg", .jpeg, "发票fdp.exe.jpg"),
            ("what?<is>*this|\".xlsx", .xlsx, "what__is__this__.xlsx"),
            ("  ..  名单.xlsx  ", .xlsx, "名单.xlsx"),
            ("photo.JPEG", .jpeg, "photo.JPEG"),
        ])
    func cleaned(_ raw: String, _ type: AttachmentType, _ expected: String) {
        #expect(AttachmentName.sanitise(raw, type: type) == expected)
    }

    @Test("a name that does not end in the type's extension gets it added")
    func wrongExtension() {
        #expect(AttachmentName.sanitise("report.exe", type: .pdf) == "report.exe.pdf")
        #expect(AttachmentName.sanitise("扫描件", type: .jpeg) == "扫描件.jpg")
        #expect(AttachmentName.sanitise("index.html", type: .png) == "index.html.png")
    }

    @Test("nothing left becomes 附件, a long name is cut keeping the extension")
    func emptyAndLong() {
        #expect(AttachmentName.sanitise("", type: .pdf) == "附件.pdf")
        #expect(AttachmentName.sanitise("/..//\u{7}/", type: .pdf) == "附件.pdf")
        #expect(AttachmentName.sanitise(".pdf", type: .pdf) == "附件.pdf")
        let long = AttachmentName.sanitise(String(repeating: "长", count: 300) + ".docx", type: .docx)
        #expect(long.count == AttachmentName.maxLength && long.hasSuffix("长.docx"))
    }

    @Test("a sanitised name stays the same when sanitised again")
    func idempotent() {
        for raw in ["../a b.pdf", "x\u{202E}.docx", "  报告  ", "a.b.c.exe"] {
            let once = AttachmentName.sanitise(raw, type: .pdf)
            #expect(AttachmentName.sanitise(once, type: .pdf) == once)
        }
    }
}
