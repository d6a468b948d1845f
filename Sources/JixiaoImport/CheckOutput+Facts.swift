import JixiaoCore

extension CheckOutput {
    /// The figure ids written under `facts`, in the order of check-json.md.
    public static let amountKeys = [
        "incomeTotal", "fiscalIncome", "expenditureTotal", "basicExpenditure", "personnelExpenditure",
        "publicExpenditure", "projectExpenditure", "carryoverStart", "carryoverEnd",
        "budgetInitial", "budgetAdjusted", "budgetExecuted",
    ]

    /// The facts as members of `facts` (check-json.md): each `{"value":…,"line":…}`, with
    /// `"derived":true` when the value was worked out rather than stated.
    static func facts(_ out: inout JSONMembers, _ facts: ReportFacts) {
        func fact<Value: Sendable & Hashable>(_ key: String, _ fact: Fact<Value>?, _ value: (inout JSONMembers, Value) -> Void) {
            guard let fact else { return }
            out.object(key) { o in
                value(&o, fact.value)
                o.number("line", fact.line)
                if fact.derived { o.bool("derived", true) }
            }
        }
        func text(_ o: inout JSONMembers, _ value: String) { o.string("value", value) }
        func number(_ o: inout JSONMembers, _ value: Int) { o.number("value", value) }
        fact("unitName", facts.unitName, text)
        fact("fiscalYear", facts.fiscalYear, number)
        fact("filedBy", facts.filedBy, text)
        fact("phone", facts.phone, text)
        fact("filedOn", facts.filedOn) { o, value in
            o.string("value", CalendarDate(value).flatMap { $0.isValid ? $0.iso : nil } ?? value)
        }
        for key in amountKeys {
            fact(key, facts.amount(key)) { o, amount in o.string("value", amount.value.description) }
        }
        fact("staffAuthorized", facts.staffAuthorized, number)
        fact("staffActual", facts.staffActual, number)
        fact("selfScore", facts.selfScore) { o, score in o.string("value", score.description) }
        fact("grade", facts.grade) { o, grade in o.string("value", grade.rawValue) }
    }
}
