extension FactExtractor {
    /// A date right after a run of ideographs (a name) and followed by nothing or by the next
    /// title (…表, …报告): a signature run into the text (某局2023年12月28日项目自评表), kept
    /// until the unit's name is known (`signatureRunIn`).
    mutating func noteSignature(_ s: [Unicode.Scalar], yearStart: Int, dayEnd: Int, text: String, line: Int) {
        guard yearStart > 0, Scalars.isIdeograph(s[yearStart - 1]) else { return }
        var k = dayEnd + 1
        while k < s.count, k - dayEnd <= 20, Scalars.isIdeograph(s[k]) { k += 1 }
        let title = s[(dayEnd + 1)..<k]
        guard dayEnd + 1 == s.count || title.contains("表") || TextScan.string(title).hasScalars("报告") else { return }
        let before = TextScan.string(s[max(0, yearStart - 40)..<yearStart])
        signatures.append((text, line, before))
    }

    /// The first signature whose name is the reporting unit's.
    func signatureRunIn() -> Fact<String>? {
        guard let unit = facts.unitName?.value, unit.unicodeScalars.count >= 4 else { return nil }
        return signatures.first { $0.before.hasSuffix(unit) }.map { Fact($0.date, line: $0.line) }
    }
}
