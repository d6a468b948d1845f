import JixiaoCore

extension CheckOutput {
    /// The figure ids written under `facts`, in the order of check-json.md.
    public static let amountKeys = [
        "incomeTotal", "fiscalIncome", "expenditureTotal", "basicExpenditure", "personnelExpenditure",
        "publicExpenditure", "projectExpenditure", "carryoverStart", "carryoverEnd",
        "budgetInitial", "budgetAdjusted", "budgetExecuted",
    ]

    static func facts(_ out: inout TextBuffer, _ facts: ReportFacts) {
        out.append("{")
        var first = true
        func fact(_ key: String, _ value: (inout TextBuffer) -> Void, line: Int, derived: Bool) {
            if !first { out.append(byte: UInt8(ascii: ",")) }
            first = false
            out.appendJSON(key, .minimal)
            out.append(":{\"value\":")
            value(&out)
            out.append(",\"line\":")
            out.append(line)
            if derived { out.append(",\"derived\":true") }
            out.append("}")
        }
        func text(_ value: String) -> (inout TextBuffer) -> Void { { $0.appendJSON(value, .minimal) } }
        func number(_ value: Int) -> (inout TextBuffer) -> Void { { $0.append(value) } }
        if let f = facts.unitName { fact("unitName", text(f.value), line: f.line, derived: f.derived) }
        if let f = facts.fiscalYear { fact("fiscalYear", number(f.value), line: f.line, derived: f.derived) }
        if let f = facts.filedBy { fact("filedBy", text(f.value), line: f.line, derived: f.derived) }
        if let f = facts.phone { fact("phone", text(f.value), line: f.line, derived: f.derived) }
        if let f = facts.filedOn {
            let iso = CalendarDate(f.value).flatMap { $0.isValid ? $0.iso : nil } ?? f.value
            fact("filedOn", text(iso), line: f.line, derived: f.derived)
        }
        for key in amountKeys {
            if let f = facts.amount(key) { fact(key, text(f.value.value.description), line: f.line, derived: f.derived) }
        }
        if let f = facts.staffAuthorized { fact("staffAuthorized", number(f.value), line: f.line, derived: f.derived) }
        if let f = facts.staffActual { fact("staffActual", number(f.value), line: f.line, derived: f.derived) }
        if let f = facts.selfScore { fact("selfScore", text(f.value.description), line: f.line, derived: f.derived) }
        if let f = facts.grade { fact("grade", text(f.value.rawValue), line: f.line, derived: f.derived) }
        out.append("}")
    }
}
