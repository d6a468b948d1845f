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
                    findings.append(CheckCatalog.finding("meta.date", CheckMessages.earlyFilingDate(date, fiscalYear: year.value), line: filed.line))
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

    func targetFindings() -> [Finding] {
        var findings: [Finding] = []
        for target in facts.targets {
            if let direction = target.direction, let word = DirectionLexicon.conflict(name: target.name, direction: direction) {
                findings.append(CheckCatalog.finding("target.direction", CheckMessages.direction(
                    name: target.name, direction: direction, word: word, lowerBetter: direction.isHigherBetter), line: target.line))
            }
            var missing: [String] = []
            if target.value == nil { missing.append("指标值") }
            if target.unit == nil { missing.append("度量单位") }
            if !missing.isEmpty {
                findings.append(CheckCatalog.finding("target.unquantified", CheckMessages.unquantified(
                    name: target.name, missing: missing.joined(separator: "和")), line: target.line))
            }
        }
        return findings
    }
}
