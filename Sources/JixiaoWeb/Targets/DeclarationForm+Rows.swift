import JixiaoCore

extension DeclarationForm {
    /// The form after a row operation: `add`, `remove.N`, `up.N`, `down.N`, or `insert` of the
    /// indicator named `library` of `indicators` (levels, name, direction, unit and reference value filled in).
    func applying(_ op: String, library: String?, from indicators: IndicatorLibrary) -> DeclarationForm {
        var rows = self.rows
        let parts = op.split(separator: ".")
        let n = parts.count == 2 ? Int(parts[1]) : nil
        let index = n.map { $0 - 1 }.flatMap { rows.indices.contains($0) ? $0 : nil }
        switch (parts.first.map(String.init) ?? "", index) {
        case ("add", _) where rows.count < 200:
            rows.append(Dictionary(uniqueKeysWithValues: DeclarationFields.rowParts.map { ($0.key, "") }))
        case ("remove", let i?):
            rows.remove(at: i)
        case ("up", let i?) where i > 0:
            rows.swapAt(i, i - 1)
        case ("down", let i?) where i < rows.count - 1:
            rows.swapAt(i, i + 1)
        case ("insert", _) where rows.count < 200:
            guard let name = library, let item = indicators.indicators.first(where: { $0.name == name }) else { break }
            rows.append([
                "level1": item.levels.first ?? "", "level2": item.levels.count > 1 ? item.levels[1] : "",
                "name": item.name, "direction": item.direction?.rawValue ?? "", "target": item.reference ?? "",
                "unit": item.unit ?? "",
            ])
        default:
            return self
        }
        return with(rows: rows)
    }
}

extension DeclarationFields {
    /// True when `name` is a field of the declaration form (a head field or `targets.N.part`, N ≤ 200).
    static func isField(_ name: String) -> Bool {
        if headParts.contains(where: { $0.key == name }) { return true }
        let parts = name.split(separator: ".")
        guard parts.count == 3, parts[0] == "targets", let n = Int(parts[1]), (1...200).contains(n) else { return false }
        return rowParts.contains { $0.key == parts[2] }
    }
}
