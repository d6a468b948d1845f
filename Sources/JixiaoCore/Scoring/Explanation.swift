/// A Chinese explanation kept as its parts — text and numbers — and rendered
/// only when read, so that scoring many evaluations does not pay for formatting
/// text nobody looks at. Two explanations are equal when their texts are.
public struct Explanation: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One piece of an explanation.
    public enum Part: Sendable, ExpressibleByStringLiteral {
        case text(String)
        /// A score: at most two decimals (`3.75`).
        case points(ExactDecimal)
        /// A fraction as a percentage with two decimals (`92.64%`).
        case percent(ExactDecimal)
        /// A fraction in percentage points, trailing zeros dropped (`2.5`).
        case percentagePoints(ExactDecimal)
        /// A figure as entered (up to four decimals, thousands separated) followed by its unit.
        case figure(ExactDecimal, unit: String)
        /// `name = formula with values = value` of a leaf's formula.
        case formula(FormulaText)
        /// Several parts standing as one (a leaf's lead).
        indirect case group([Part])

        public init(stringLiteral value: String) { self = .text(value) }

        /// A rate as a percentage, anything else as a figure.
        static func value(_ value: ExactDecimal, isRate: Bool) -> Part {
            isRate ? .percent(value) : .figure(value, unit: "")
        }
    }

    enum Storage: Sendable {
        case text(String)
        case parts([Part])
        /// Parts made only when read: a rule's explanation of twenty parts cost
        /// more to build and free than the rule itself, and few are ever read.
        case deferred(@Sendable () -> [Part])
        /// `自评 N 分（人工评分）`: the commonest leaf, without an allocation.
        case entered(ExactDecimal)
        /// A heading: the sum of its children.
        case heading(sum: ExactDecimal, max: ExactDecimal, uncomputed: Int32, excluded: Int32)
        /// A finding's message.
        case finding(FindingText)
        /// A total without excluded indicators: the sum, the grade and, when the
        /// grade came from it, the unrounded total.
        case total(sum: ExactDecimal, grade: Grade, unrounded: ExactDecimal?)
    }

    let storage: Storage

    init(storage: Storage) { self.storage = storage }

    /// An explanation that is already text.
    public init(_ text: String) { storage = .text(text) }

    public init(stringLiteral value: String) { storage = .text(value) }

    /// An explanation of parts, rendered when read.
    init(_ parts: Part...) { storage = .parts(parts) }

    init(parts: [Part]) { storage = .parts(parts) }

    /// An explanation whose parts `make` builds when it is read.
    init(_ make: @escaping @Sendable () -> [Part]) { storage = .deferred(make) }

    /// The explanation with `parts` appended.
    func appending(_ parts: Part...) -> Explanation {
        switch storage {
        case .parts(let existing): return Explanation(parts: existing + parts)
        case .deferred(let make): return Explanation(parts: make() + parts)
        default: return Explanation(parts: [.text(text)] + parts)
        }
    }

    /// The rendered text.
    public var text: String {
        switch storage {
        case .text(let text): return text
        case .deferred(let make):
            return Explanation(parts: make()).text
        case .parts(let parts):
            var buffer = TextBuffer(capacity: parts.count * 12)
            for part in parts { part.render(into: &buffer) }
            return buffer.string
        case .entered(let score):
            return ScoringMessages.entered(NumberFormat.points(score))
        case .heading(let sum, let max, let uncomputed, let excluded):
            return ScoringMessages.heading(sum: sum, max: max, uncomputed: Int(uncomputed), excluded: Int(excluded))
        case .finding(let finding):
            var buffer = TextBuffer(capacity: 128)
            finding.render(into: &buffer)
            return buffer.string
        case .total(let sum, let grade, let unrounded):
            return Explanation(
                parts: ["总分 = 各指标得分之和 ", .points(sum), " 分"]
                    + Scorer.gradeParts(grade, unrounded: unrounded)
            ).text
        }
    }

    /// Appends the rendered text to `buffer`.
    func render(into buffer: inout TextBuffer) {
        switch storage {
        case .text(let text): buffer.append(text)
        case .parts(let parts): for part in parts { part.render(into: &buffer) }
        case .deferred(let make): for part in make() { part.render(into: &buffer) }
        case .finding(let finding): finding.render(into: &buffer)
        case .entered, .heading, .total: buffer.append(text)
        }
    }

    public var description: String { text }

    public static func == (lhs: Explanation, rhs: Explanation) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

extension Explanation.Part {
    func render(into buffer: inout TextBuffer) {
        switch self {
        case .text(let text): buffer.append(text)
        case .points(let value): NumberFormat.append(value, minPlaces: 0, maxPlaces: 2, to: &buffer)
        case .percent(let value):
            NumberFormat.append(NumberFormat.hundredfold(value), minPlaces: 2, maxPlaces: 2, to: &buffer)
            buffer.append(byte: UInt8(ascii: "%"))
        case .percentagePoints(let value):
            NumberFormat.append(NumberFormat.hundredfold(value), minPlaces: 0, maxPlaces: 2, to: &buffer)
        case .figure(let value, let unit):
            buffer.append(NumberFormat.text(value, .plain))
            buffer.append(unit)
        case .formula(let formula): formula.render(into: &buffer)
        case .group(let parts): for part in parts { part.render(into: &buffer) }
        }
    }
}

/// `结转结余率 = 年末结转结余 ÷ 支出合计 = 12.00 ÷ 300.00 = 4.00%`, rendered when read: the
/// leaf's formula, the evaluation's figure table it reads and the value. A struct
/// of two references: a class cost every formula leaf an allocation.
public struct FormulaText: Sendable {
    let plan: FormulaPlan
    /// The evaluation's figure table, which the plan's slots index.
    let table: [ExactDecimal?]
    let value: ExactDecimal
    /// Shown as a percentage (the leaf's `ValueStyle`).
    let isRate: Bool

    func render(into buffer: inout TextBuffer) {
        var shown = TextBuffer(capacity: 24)
        Explanation.Part.value(value, isRate: isRate).render(into: &shown)
        FormulaWords.write(
            name: plan.name, expression: plan.expression, figures: plan.values(table),
            value: shown.string, reason: nil, into: &buffer)
    }
}
