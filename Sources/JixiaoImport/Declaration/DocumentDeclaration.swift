import JixiaoCore

/// A 绩效目标申报表 read from a document (.docx, .txt, .pdf), with the line of each field
/// (for .docx: the paragraph number, a table row counting as one).
public struct DocumentDeclaration: Sendable {
    public var declaration: TargetDeclaration
    /// 1-based lines by field path (`""` is the title, `funds.total`, `targets.3`).
    public var lines: [String: Int]

    public init(declaration: TargetDeclaration, lines: [String: Int]) {
        self.declaration = declaration
        self.lines = lines
    }

    /// The line of `field`, or of the nearest enclosing field the document has.
    public func line(of field: String?) -> Int? {
        guard var path = field else { return lines[""] }
        while true {
            if let line = lines[path] { return line }
            guard let dot = path.lastIndex(of: ".") else { return lines[""] }
            path = String(path[..<dot])
        }
    }

    /// `findings` with the line of their field filled in.
    public func located(_ findings: [Finding]) -> [Finding] {
        findings.map { finding in
            var finding = finding
            if finding.location.line == nil { finding.location.line = line(of: finding.location.field) }
            return finding
        }
    }
}
