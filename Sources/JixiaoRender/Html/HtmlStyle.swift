/// The print-ready stylesheet of the HTML report (A4, GB/T 9704 fonts and margins).
///
/// The standalone report is served under a Content-Security-Policy that allows its one
/// `<style>` by the hash of this text, so the rules are fixed text (no inline `style=`):
/// column widths are classes (`jx-w1` … `jx-w100`, percent of the table).
public enum HtmlStyle {
    public static let css = base + (1...100).map { ".jx-report col.jx-w\($0) { width: \($0)%; }" }.joined(separator: "\n")

    /// Tables with more columns than this are set smaller (`jx-wide`), as the .docx sets them landscape.
    static let narrowColumns = 7

    /// The class of a `<col>` taking `percent` of the table's width.
    static func widthClass(_ percent: Int) -> String { "jx-w\(min(max(percent, 1), 100))" }

    /// True for a header kept on one line (二级指标, 分值): at most four characters.
    static func isShort(_ text: String) -> Bool { !text.isEmpty && text.count <= 4 && !text.contains("\n") }

    /// The room every table column gets before the longer ones share the rest, in units
    /// (a CJK character is two): four characters, such as 预算编制.
    static let shortWidth = 8

    private static let base = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        .jx-report { font-family: "仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif;
          font-size: 16pt; line-height: 28.95pt; color: #000; max-width: 156mm; margin: 0 auto; }
        .jx-report h1 { font-family: "方正小标宋简体", "小标宋", "Noto Serif CJK SC", serif; font-size: 22pt;
          font-weight: normal; text-align: center; line-height: 1.4; margin: 0 0 28.95pt; }
        .jx-report h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 16pt;
          font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
        .jx-report h3 { font-family: "楷体_GB2312", "楷体", KaiTi, STKaiti, serif; font-size: 16pt;
          font-weight: normal; margin: 0; text-indent: 2em; break-after: avoid; }
        .jx-report p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
        .jx-report .jx-meta { margin: 0; }
        .jx-report .jx-meta div { display: flex; gap: 0; }
        .jx-report .jx-meta dt::after { content: "："; }
        .jx-report .jx-meta dd { margin: 0; overflow-wrap: anywhere; }
        .jx-report .jx-gap, .jx-report .jx-missing { background: #fff2cc; color: #c00000; font-weight: bold; }
        .jx-report table { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.4;
          margin: 0.5em 0 1em; }
        .jx-report caption { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 12pt;
          padding-bottom: 0.3em; }
        .jx-report th, .jx-report td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle;
          overflow-wrap: anywhere; }
        .jx-report th { background: #d9d9d9; }
        .jx-report th.jx-short { white-space: nowrap; overflow-wrap: normal; }
        .jx-report table.jx-wide { font-size: 9pt; }
        .jx-report table.jx-wide th.jx-short { white-space: normal; }
        .jx-report td.jx-number { text-align: right; white-space: nowrap; }
        .jx-report tr.jx-total td { font-weight: bold; }
        .jx-report tr { break-inside: avoid; }
        .jx-report thead { display: table-header-group; }
        .jx-report .jx-signature { text-align: right; margin-top: 28.95pt; }
        .jx-report .jx-signature p { text-indent: 0; text-align: right; }
        @media print { .jx-report { max-width: none; } }

        """
}
