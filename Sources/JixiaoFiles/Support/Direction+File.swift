import JixiaoCore

extension Direction {
    /// The direction written as `symbol` (≥, ≤, =, 定性 …) at `path`'s `direction` key; nil when
    /// none is written, and nil with the issue appended when the symbol is none of them.
    static func read(_ symbol: String?, at path: [PathComponent], issues: inout [ConversionIssue]) -> Direction? {
        guard let symbol else { return nil }
        if let parsed = Direction(symbol: symbol) { return parsed }
        issues.append(
            .init(
                path: path + [.key("direction")],
                message: FileMessages.unknownValue(symbol, allowed: Direction.allCases.map(\.rawValue))))
        return nil
    }
}
