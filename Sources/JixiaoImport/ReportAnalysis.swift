import JixiaoCore

/// A report read end to end: normalised text, outline, kind, facts and findings.
public struct ReportAnalysis: Sendable {
    public var document: NormalisedDocument
    public var structure: DocumentStructure
    public var kind: EvaluationKind?
    public var facts: ReportFacts
    public var findings: [Finding]
    /// The 绩效目标申报表 the document holds, when it is one (its findings are then the declaration rules').
    public var declaration: DocumentDeclaration?

    /// Analyses lines of text (for .docx: paragraphs).
    public init(lines: [[Unicode.Scalar]]) {
        self.init(document: Normaliser.normalise(lines: lines))
    }

    /// Analyses a whole text.
    public init(text: String) {
        self.init(document: Normaliser.normalise(text: text))
    }

    public init(document: NormalisedDocument) {
        self.document = document
        structure = DocumentStructure(document)
        kind = ReportKindDetector.detect(structure)
        facts = FactExtractor.extract(structure)
        findings = DocumentChecker(structure: structure, kind: kind, facts: facts).run()
    }
}
