/// `monitor.target-changed`: a monitored target must be the declared one (name, direction,
/// target value and unit copied, never retyped); every declared target must be monitored.
enum DeclarationComparison {
    static func findings(_ round: MonitoringRound, declared: [Target]) -> [Finding] {
        var byName: [String: Target] = [:]
        for target in declared where byName[target.name.trimmedSpaces] == nil { byName[target.name.trimmedSpaces] = target }
        var findings: [Finding] = []
        var seen: Set<String> = []
        for (index, monitored) in round.targets.enumerated() {
            let name = monitored.name.trimmedSpaces
            seen.insert(name)
            guard let original = byName[name] else {
                findings.append(finding(MonitoringMessages.notDeclared(monitored.name), field: "targets.\(index)"))
                continue
            }
            let changes = differences(original, monitored.target)
            if !changes.isEmpty {
                findings.append(finding(MonitoringMessages.changed(monitored.name, changes: changes), field: "targets.\(index)"))
            }
        }
        for target in declared where !seen.contains(target.name.trimmedSpaces) {
            findings.append(finding(MonitoringMessages.notMonitored(target.name), field: "targets"))
            seen.insert(target.name.trimmedSpaces)
        }
        return findings
    }

    /// The fields that differ: 指标性质, 指标值 (numbers compared exactly: 95 = 95.0), 计量单位.
    static func differences(_ declared: Target, _ monitored: Target) -> [(field: String, declared: String, monitored: String)] {
        var changes: [(field: String, declared: String, monitored: String)] = []
        if declared.direction != monitored.direction {
            changes.append(("指标性质", declared.direction.rawValue, monitored.direction.rawValue))
        }
        let sameValue = declared.targetValue != nil || monitored.targetValue != nil
            ? declared.targetValue == monitored.targetValue
            : (declared.targetText ?? "").trimmedSpaces == (monitored.targetText ?? "").trimmedSpaces
        if !sameValue { changes.append(("指标值", text(declared), text(monitored))) }
        let units = ((declared.unit ?? "").trimmedSpaces, (monitored.unit ?? "").trimmedSpaces)
        if units.0 != units.1 { changes.append(("计量单位", units.0, units.1)) }
        return changes
    }

    static func text(_ target: Target) -> String { target.targetValue?.description ?? target.targetText ?? "" }

    static func finding(_ message: String, field: String) -> Finding {
        CheckCatalog.finding("monitor.target-changed", message, field: field)
    }
}
