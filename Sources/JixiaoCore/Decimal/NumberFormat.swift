/// The one number formatter of every output (web pages, the review page, HTML,
/// .docx, .xlsx, Markdown, CSV, API text, explanations): the number's `NumberKind`
/// decides decimals, separators and the percent sign.
///
/// Rates are stored as fractions (0.96 for 96%, see `docs/evaluation-format.md`)
/// and always written as percentages; a rate is never followed by another unit.
public enum NumberFormat {
    /// The number as `kind` writes it: `1,280.50`, `14`, `7.02%`, `98.00`, `0.125`.
    public static func text(_ value: ExactDecimal, _ kind: NumberKind) -> String {
        switch kind {
        case .money: return value.formatted(places: 2, grouping: true)
        case .count: return value.formatted(minimumPlaces: 0, maximumPlaces: 2, grouping: true)
        case .rate: return hundredfold(value).formatted(places: 2, grouping: true) + "%"
        case .score: return value.formatted(places: 2)
        case .plain: return value.formatted(minimumPlaces: 0, maximumPlaces: 4, grouping: true)
        }
    }

    /// The number as `kind` writes it, or `missing` (「—」) when there is none.
    public static func text(_ value: ExactDecimal?, _ kind: NumberKind, missing: String = "—") -> String {
        value.map { text($0, kind) } ?? missing
    }

    /// A figure with its unit: `1,280.50 万元`, `14 人`, `96.00%` (the unit of rates is the %).
    public static func figure(_ value: ExactDecimal, id: String) -> String {
        let definition = FigureCatalog.definition(FigureCatalog.id(for: id) ?? id)
        let kind = definition?.kind ?? .plain
        let unit = definition?.shownUnit ?? ""
        return text(value, kind) + (unit.isEmpty ? "" : " " + unit)
    }

    /// A figure's number without its unit: `1,280.50`, `14`, `96.00%`.
    public static func figureValue(_ value: ExactDecimal, id: String) -> String {
        text(value, FigureCatalog.kind(id))
    }

    /// A score in a sentence, trailing zeros dropped: `98`, `4.5`, `3.75`.
    public static func points(_ value: ExactDecimal) -> String { decimal(value, minPlaces: 0, maxPlaces: 2) }

    /// An amount in 万元 as a message quotes it, every digit kept: two decimals with
    /// thousands separators (1,011.58), more when the value has them (0.125).
    public static func moneyExact(_ value: ExactDecimal) -> String {
        value.formatted(minimumPlaces: 2, maximumPlaces: Swift.max(2, value.significantDecimalPlaces), grouping: true)
    }

    /// The text a form field shows for a stored value, ready to be typed over: money
    /// `1280.50`, counts `14`, rates in percent (0.96 → `96`), no separators.
    public static func inputText(_ value: ExactDecimal, _ kind: NumberKind) -> String {
        switch kind {
        case .money: return value.formatted(places: 2)
        case .rate: return hundredfold(value).description
        case .count, .score, .plain: return value.description
        }
    }

    /// Reads what a person typed for a number of `kind`, in the storage convention:
    /// money through `MoneyParser` (元/万元/亿元, separators); a rate in percent with or
    /// without the sign (`96`, `96%`, `96 ％` → 0.96); others as plain numbers.
    /// Nil when the text is not a number.
    public static func parseInput(_ text: String, _ kind: NumberKind) -> ExactDecimal? {
        switch kind {
        case .money: return MoneyParser.parse(text)?.wanYuan
        case .rate:
            var body = HalfWidth.fold(text).filter { !$0.isWhitespace }
            if body.hasSuffix("%") { body.removeLast() }
            return MoneyParser.parseNumber(body).flatMap { $0.value.divided(by: .hundred) }
        case .count, .score, .plain: return MoneyParser.parseNumber(text)?.value
        }
    }
}
