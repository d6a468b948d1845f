import JixiaoCore

/// One indicator of a library file, as written (YAML keys, or the CSV columns mapped onto them).
struct LibraryRowDocument: Codable {
    var levels: [String]?
    var name: String?
    var direction: String?
    var unit: String?
    var reference: String?
    var sector: String?
    var fundUse: String?
    var required: String?
    var aliases: [String]?
    var note: String?

    static let keys = ["levels", "name", "direction", "unit", "reference", "sector", "fundUse", "required", "aliases", "note"]

    /// The indicator, or nil with each problem reported to `problem` (the key it concerns and a message).
    func indicator(defaultSector: String?, problem: (String, String) -> Void) -> LibraryIndicator? {
        var ok = true
        let levelNames = (levels ?? []).map(\.trimmedSpaces)
        if levelNames.count < 2 || levelNames.prefix(2).contains(where: \.isEmpty) {
            problem("levels", DeclarationFileMessages.libraryMissing("一级指标或二级指标（levels）"))
            ok = false
        }
        let nameText = (name ?? "").trimmedSpaces
        if nameText.isEmpty {
            problem("name", DeclarationFileMessages.libraryMissing("三级指标名称（name）"))
            ok = false
        }
        let sectorText = (sector?.trimmedSpaces).flatMap { $0.isEmpty ? nil : $0 } ?? defaultSector
        if sectorText == nil {
            problem("sector", DeclarationFileMessages.libraryMissing("行业（sector）"))
            ok = false
        }
        var directionValue: Direction?
        if let direction = direction?.trimmedSpaces, !direction.isEmpty {
            directionValue = Direction(symbol: direction)
            if directionValue == nil {
                problem("direction", FileMessages.unknownValue(direction, allowed: Direction.allCases.map(\.rawValue)))
                ok = false
            }
        }
        var requiredValue = false
        if let required = required?.trimmedSpaces, !required.isEmpty {
            switch required.lowercased() {
            case "是", "true", "yes", "必选", "y", "1": requiredValue = true
            case "否", "false", "no", "可选", "n", "0": requiredValue = false
            default:
                problem("required", DeclarationFileMessages.libraryRequired(required))
                ok = false
            }
        }
        guard ok, let sectorText else { return nil }
        func text(_ value: String?) -> String? { value.map(\.trimmedSpaces).flatMap { $0.isEmpty ? nil : $0 } }
        return LibraryIndicator(
            levels: levelNames, name: nameText, direction: directionValue, unit: text(unit),
            reference: text(reference), sector: sectorText, fundUse: text(fundUse),
            required: requiredValue, aliases: (aliases ?? []).map(\.trimmedSpaces).filter { !$0.isEmpty },
            note: text(note))
    }
}

/// A library file in YAML/JSON: a list of indicators, or `{sector: …, indicators: […]}`.
struct LibraryDocument: Decodable {
    var sector: String?
    var indicators: [LibraryRowDocument]

    private enum CodingKeys: String, CodingKey { case sector, indicators }

    init(from decoder: Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([LibraryRowDocument].self) {
            indicators = list
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sector = try container.decodeIfPresent(String.self, forKey: .sector)
        indicators = try container.decode([LibraryRowDocument].self, forKey: .indicators)
    }
}
