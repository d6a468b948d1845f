import JixiaoCore

extension DocumentChecker {
    func metaFindings() -> [Finding] {
        var findings: [Finding] = []
        var missing: [String] = []
        if facts.unitName == nil { missing.append("单位名称") }
        if facts.filedBy == nil { missing.append("填报人") }
        if facts.phone == nil { missing.append("联系电话") }
        if facts.filedOn == nil { missing.append("填报日期") }
        if !missing.isEmpty {
            findings.append(CheckCatalog.finding("meta.missing", CheckMessages.metaMissing(missing), line: 1))
        }
        if let phone = facts.phone, !PhoneNumber.isValid(phone.value) {
            findings.append(CheckCatalog.finding("meta.phone", CheckMessages.phone(phone.value), line: phone.line))
        }
        var reportedLines = Set<Int>()
        if let filed = facts.filedOn {
            if let date = CalendarDate(filed.value), date.isValid {
                if let year = facts.fiscalYear, !year.derived, !date.isAfterEnd(ofFiscalYear: year.value) {
                    findings.append(
                        CheckCatalog.finding("meta.date", CheckMessages.earlyFilingDate(date, fiscalYear: year.value), line: filed.line))
                }
            } else {
                findings.append(CheckCatalog.finding("meta.date", CheckMessages.impossibleDate(filed.value), line: filed.line))
                reportedLines.insert(filed.line)
            }
        }
        for mention in facts.dates where !mention.date.isValid && !reportedLines.contains(mention.line) {
            reportedLines.insert(mention.line)
            findings.append(CheckCatalog.finding("meta.date", CheckMessages.impossibleDate(mention.text), line: mention.line))
        }
        return findings
    }
}
