import JixiaoCore
import Vapor

/// The rules every way in applies to an evaluation it creates or changes (web form, report
/// upload, API create and update), so none of them accepts what another refuses: the year
/// in range, known and open; a framework that exists and fits the kind; numbers of a size
/// real budgets have; and on a change, the fields only the system sets stay as stored.
struct EvaluationRules {
    let req: Request

    /// Largest magnitude of any number in an evaluation (万元, scores, rates): 10¹⁵, far
    /// above any budget and far below where sums of many of them could overflow.
    static let maxMagnitude = ExactDecimal(1_000_000_000_000_000)
    /// Most target rows one evaluation holds (the web form's bound too).
    static let maxTargets = EvaluationForm.targetIndex.range.count
    /// Most UTF-8 bytes of one narrative section (an uploaded report keeps 200 KB of its text).
    static let maxSectionBytes = 256 * 1024
    /// Most narrative sections, indicator inputs and figures one evaluation holds.
    static let maxEntries = 1_000

    /// Why a new evaluation of `kind` in `year` with `frameworkID` may not be created, or nil.
    func newRefusal(year: Int, kind: EvaluationKind, frameworkID: String) async throws -> String? {
        guard BoundedInt.year.range.contains(year) else { return WebText.yearInvalid }
        if let refusal = try await req.filingYears.refusal(for: year) { return refusal }
        return try await frameworkRefusal(frameworkID, kind: kind)
    }

    /// Why `evaluation` may not be created as it is, or nil.
    func newRefusal(_ evaluation: Evaluation) async throws -> String? {
        if let refusal = try await newRefusal(
            year: evaluation.fiscalYear, kind: evaluation.kind,
            frameworkID: evaluation.frameworkID)
        {
            return refusal
        }
        return Self.contentRefusal(evaluation)
    }

    /// Why `stored` may not become `new`, or nil: unit, kind and year never change, a new
    /// framework must exist and fit the kind, and the content must be in bounds.
    func changeRefusal(from stored: Evaluation, to new: Evaluation) async throws -> String? {
        if new.fiscalYear != stored.fiscalYear { return Self.immutable("fiscalYear", "年度") }
        if new.kind != stored.kind { return Self.immutable("kind", "评价类型") }
        if let code = new.unit.code, code != stored.unit.code { return Self.immutable("unit", "单位") }
        if new.frameworkID != stored.frameworkID,
            let refusal = try await frameworkRefusal(new.frameworkID, kind: new.kind)
        {
            return refusal
        }
        return Self.contentRefusal(new)
    }

    /// Why the framework `id` cannot score an evaluation of `kind`, or nil.
    func frameworkRefusal(_ id: String, kind: EvaluationKind) async throws -> String? {
        guard let framework = try await req.frameworks.framework(id: id) else { return WebText.frameworkUnknown }
        return framework.kind == kind ? nil : "指标体系「\(framework.title)」不适用于\(kind.label)评价。"
    }

    /// Why the content is out of bounds (too many targets, a number too large), or nil.
    static func contentRefusal(_ e: Evaluation) -> String? { contentIssue(e)?.message }

    /// Why the content is out of bounds, and the field (`FieldPath`) it concerns when there is one.
    static func contentIssue(_ e: Evaluation) -> (message: String, field: FieldPath?)? {
        if e.targets.count > maxTargets { return ("绩效目标至多 \(maxTargets) 条。", nil) }
        if e.narrative.count > maxEntries || e.indicators.count > maxEntries || e.figures.values.count > maxEntries {
            return ("评价的章节、指标或数据项过多（各至多 \(maxEntries) 项）。", nil)
        }
        for section in e.narrative where section.text.utf8.count > maxSectionBytes {
            let field = FieldPath.narrative(section.key)
            return ("字段 \(field)（\(section.title.prefix(40))）过长：至多 \(maxSectionBytes / 1024) KB。", field)
        }
        for (id, value) in e.figures.values where !inBounds(value) { return tooLarge(.figure(id)) }
        if let total = e.statedTotal, !inBounds(total) { return tooLarge(.statedTotal) }
        for (id, input) in e.indicators {
            if let score = input.selfScore, !inBounds(score) { return tooLarge(.indicator(id, .selfScore)) }
            if let breaches = input.breaches, !(0...1_000_000).contains(breaches) {
                let field = FieldPath.indicator(id, .breaches)
                return ("字段 \(field) 应为 0 至 1000000 之间的整数。", field)
            }
        }
        for (i, t) in e.targets.enumerated() {
            let values: [(FieldPath.TargetPart, ExactDecimal?)] = [
                (.target, t.targetValue), (.actual, t.actualValue),
                (.maxScore, t.maxScore),
            ]
            for case (let part, let value?) in values where !inBounds(value) { return tooLarge(.target(i, part)) }
        }
        return nil
    }

    static func inBounds(_ value: ExactDecimal) -> Bool { value <= maxMagnitude && value >= -maxMagnitude }

    static func tooLarge(_ field: String) -> String { "字段 \(field) 的数值过大（绝对值应不超过 10¹⁵）。" }

    static func tooLarge(_ field: FieldPath) -> (message: String, field: FieldPath?) { (tooLarge(field.text), field) }

    static func immutable(_ field: String, _ label: String) -> String { "字段 \(field)（\(label)）不能修改。" }
}

extension Request {
    var evaluationRules: EvaluationRules { EvaluationRules(req: self) }
}
