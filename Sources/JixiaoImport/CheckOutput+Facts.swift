import JixiaoCore

extension CheckOutput {
    /// The figure ids written under `facts`, in the order of check-json.md.
    public static let amountKeys = ["incomeTotal", "fiscalIncome", "expenditureTotal", "basicExpenditure", "personnelExpenditure",
                                    "publicExpenditure", "projectExpenditure", "carryoverStart", "carryoverEnd",
                                    "budgetInitial", "budgetAdjusted", "budgetExecuted"]

    static func facts(_ w: inout JSONWriter, _ facts: ReportFacts) {
        w.open("{")
        func fact(_ key: String, _ value: () -> Void, line: Int, derived: Bool) {
            w.key(key)
            w.open("{")
            w.key("value"); value()
            w.key("line"); w.raw("\(line)")
            if derived { w.key("derived"); w.raw("true") }
            w.close("}")
        }
        if let f = facts.unitName { fact("unitName", { w.string(f.value) }, line: f.line, derived: f.derived) }
        if let f = facts.fiscalYear { fact("fiscalYear", { w.raw("\(f.value)") }, line: f.line, derived: f.derived) }
        if let f = facts.filedBy { fact("filedBy", { w.string(f.value) }, line: f.line, derived: f.derived) }
        if let f = facts.phone { fact("phone", { w.string(f.value) }, line: f.line, derived: f.derived) }
        if let f = facts.filedOn {
            let iso = CalendarDate(f.value).flatMap { $0.isValid ? $0.iso : nil } ?? f.value
            fact("filedOn", { w.string(iso) }, line: f.line, derived: f.derived)
        }
        for key in amountKeys {
            if let f = facts.amount(key) { fact(key, { w.string(f.value.value.description) }, line: f.line, derived: f.derived) }
        }
        if let f = facts.staffAuthorized { fact("staffAuthorized", { w.raw("\(f.value)") }, line: f.line, derived: f.derived) }
        if let f = facts.staffActual { fact("staffActual", { w.raw("\(f.value)") }, line: f.line, derived: f.derived) }
        if let f = facts.selfScore { fact("selfScore", { w.string(f.value.description) }, line: f.line, derived: f.derived) }
        if let f = facts.grade { fact("grade", { w.string(f.value.rawValue) }, line: f.line, derived: f.derived) }
        w.close("}")
    }
}

/// A minimal JSON writer that keeps keys in the order written.
struct JSONWriter {
    var output = ""
    private var needsComma: [Bool] = []

    private mutating func separate() {
        if let last = needsComma.last {
            if last { output += "," }
            needsComma[needsComma.count - 1] = true
        }
    }

    mutating func open(_ bracket: String) {
        if !output.hasSuffix(":") { separate() }
        output += bracket
        needsComma.append(false)
    }

    mutating func close(_ bracket: String) {
        needsComma.removeLast()
        output += bracket
    }

    mutating func key(_ name: String) {
        separate()
        output += Self.quoted(name) + ":"
    }

    mutating func string(_ value: String) {
        if !output.hasSuffix(":") { separate() }
        output += Self.quoted(value)
    }

    /// A quoted string, or `null` when there is none.
    mutating func string(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// A bare number, or `null` when there is none.
    mutating func number(_ value: Int?) {
        raw(value.map(String.init) ?? "null")
    }

    mutating func raw(_ value: String) {
        if !output.hasSuffix(":") { separate() }
        output += value
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
