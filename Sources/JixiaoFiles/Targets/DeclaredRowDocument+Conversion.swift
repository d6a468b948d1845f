import JixiaoCore

extension DeclaredRowDocument {
    /// The row; a missing part is left for `targets.required`, a value that cannot be read is an issue.
    func row(at path: [PathComponent], issues: inout [ConversionIssue]) -> DeclaredRow {
        // A bound written into the value (`≥95%`, as many tables do) gives the direction when none is stated.
        let bound = target.flatMap(Self.bound)
        let target = bound?.rest ?? self.target
        let directionValue =
            Direction.read(direction, at: path, issues: &issues) ?? (direction == nil ? bound?.direction : nil) ?? .qualitative
        var score: ExactDecimal?
        if let maxScore {
            score = NumberText.parse(maxScore, percent: false)
            if score == nil {
                issues.append(.init(path: path + [.key("maxScore")], message: DeclarationFileMessages.notScore(maxScore)))
            }
        }
        var value = target.flatMap(TargetDocument.number)
        var unitText = unit.flatMap { $0.trimmedSpaces.isEmpty ? nil : $0.trimmedSpaces }
        if value == nil, let target, let split = Self.split(target), unitText == nil || unitText == split.unit {
            value = split.value
            unitText = split.unit
        }
        if unitText == nil, target.map(TargetDocument.isPercent) == true { unitText = "%" }
        // `~` in a flow list (`[产出指标, ~]`) arrives as text; it is an empty level.
        let levelNames = (levels ?? []).map { ["~", "null"].contains($0.trimmedSpaces) ? "" : $0 }
        let item = Target(
            id: id, levels: levelNames, name: name ?? "", direction: directionValue,
            targetValue: value, targetText: value == nil ? target : nil, unit: unitText,
            maxScore: score)
        return DeclaredRow(
            target: item, directionStated: direction != nil || bound != nil, explanation: explanation,
            standard: standard)
    }

    /// `≥95%` → ≥ and `95%`; nil unless the text starts with a bound and goes on with a value.
    static func bound(_ text: String) -> (direction: Direction, rest: String)? {
        let folded = HalfWidth.fold(text).trimmedSpaces
        for symbol in ["不低于", "不少于", "不高于", "不超过", ">=", "<=", "≥", "≤", ">", "<", "＞", "＜", "=", "＝"]
        where folded.hasPrefix(symbol) {
            let rest = String(folded.dropFirst(symbol.count)).trimmedSpaces
            guard !rest.isEmpty, let direction = Direction(symbol: symbol) else { return nil }
            return (direction, rest)
        }
        return nil
    }

    /// `30个` → 30 in 个: a number followed by a unit with no digits in it.
    static func split(_ text: String) -> (value: ExactDecimal, unit: String)? {
        let folded = HalfWidth.fold(text).trimmedSpaces
        guard let end = folded.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-")) }),
            end > folded.startIndex
        else { return nil }
        let unit = String(folded[end...]).trimmedSpaces
        guard !unit.isEmpty, !unit.contains(where: { $0.isNumber }), unit != "%",
            let value = NumberText.parse(String(folded[..<end]), percent: false)
        else { return nil }
        return (value, unit)
    }
}
