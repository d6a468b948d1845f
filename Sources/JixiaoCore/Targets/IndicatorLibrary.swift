/// The indicator library (指标库): third-level indicators by sector, searched by filers and
/// read by `targets.core-missing` (cycle.md §2).
public struct IndicatorLibrary: Codable, Sendable, Hashable {
    /// The sector of indicators every unit may use.
    public static let commonSector = "共性"

    public var indicators: [LibraryIndicator]

    public init(_ indicators: [LibraryIndicator] = []) { self.indicators = indicators }

    /// This library followed by `other` (an administrator's file adds to the built-ins).
    public func merged(with other: IndicatorLibrary) -> IndicatorLibrary {
        IndicatorLibrary(indicators + other.indicators)
    }

    /// The sectors in the order they first appear.
    public var sectors: [String] {
        var seen: Set<String> = []
        return indicators.map(\.sector).filter { seen.insert($0).inserted }
    }

    /// The indicators of `sector` (all when nil).
    public func list(sector: String? = nil) -> [LibraryIndicator] {
        guard let sector = sector?.trimmedSpaces, !sector.isEmpty else { return indicators }
        return indicators.filter { $0.sector == sector }
    }

    /// Indicators whose name, aliases, levels, sector, use of funds or note contain every word of `words`.
    public func search(_ words: [String]) -> [LibraryIndicator] {
        let needles = words.map(LibraryIndicator.key).filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        return indicators.filter { indicator in
            let hay = LibraryIndicator.key(
                ([indicator.name, indicator.sector, indicator.fundUse ?? "", indicator.note ?? ""]
                    + indicator.levels + indicator.aliases).joined(separator: "|")
            ).lowercased()
            return needles.allSatisfy { hay.contains($0.lowercased()) }
        }
    }

    /// The indicators a declaration of `sector` must include; none without a sector.
    public func required(sector: String?) -> [LibraryIndicator] {
        guard let sector = sector?.trimmedSpaces, !sector.isEmpty else { return [] }
        return indicators.filter { $0.required && $0.sector == sector }
    }
}
