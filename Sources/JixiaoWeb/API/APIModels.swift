import Foundation
import JixiaoCore
import Vapor

/// An evaluation as the API returns it.
struct EvaluationDTO: Content {
    var id: String
    var version: Int
    var updatedAt: Date
    var updatedBy: String
    var evaluation: Evaluation

    init(_ s: StoredEvaluation) {
        id = s.id
        version = s.version
        updatedAt = s.updatedAt
        updatedBy = s.updatedBy
        evaluation = s.evaluation
    }
}

/// `PUT /api/v1/evaluations/{id}` body: the version it was read at and the new document.
struct EvaluationUpdateDTO: Content {
    var version: Int
    var evaluation: Evaluation
}

/// A fiscal year: open for filing or closed, and the default framework id per kind.
struct FiscalYearDTO: Content {
    var year: Int
    var open: Bool
    /// `departmentWide` / `project` → framework id.
    var defaults: [String: String]
    /// 填报截止日期 as an ISO date (2025-04-30); null when none is set.
    var deadline: String?

    init(_ year: FiscalYear) {
        self.year = year.year
        open = year.isOpen
        defaults = Dictionary(uniqueKeysWithValues: year.defaults.map { ($0.key.rawValue, $0.value) })
        deadline = year.deadline?.iso
    }

    // `deadline` is written as null when there is none, so clients see the field.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(open, forKey: .open)
        try c.encode(defaults, forKey: .defaults)
        try c.encode(deadline, forKey: .deadline)
    }
}

/// A page of list rows: page `page` (from 1) of `per` rows, of `total` rows in all.
struct EvaluationListDTO: Content {
    var items: [EvaluationSummary]
    /// `after` for the next page (the last item's id) when this page is full.
    var next: String? = nil
    var page: Int
    var per: Int
    var total: Int
}

/// `…/check`: findings and whether they block submission.
struct CheckDTO: Content {
    var findings: [Finding]
    var blocking: Int
}

/// `…/score`: the score (null while no scorer is available) and the reason.
struct ScoreDTO: Content {
    var score: ScoreResult?
    /// False while no indicator has a score (a new draft): `score.total` and `score.grade`
    /// then mean nothing, and the pages show 「—」 for both.
    var scored: Bool
    var unavailable: String?
    var findings: [Finding]
}

/// Every API error: `{ "error": { "status": 404, "message": "…" } }`.
struct APIErrorDTO: Content {
    struct Body: Content {
        var status: Int
        var message: String
        var currentVersion: Int?
        /// The evaluation a refused create or update would have duplicated.
        var existingId: String? = nil
    }
    var error: Body
}

extension EvaluationSummary: Content {}
extension JixiaoCore.Unit: Content {}
