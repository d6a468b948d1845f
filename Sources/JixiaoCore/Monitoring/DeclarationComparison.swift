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

    /// The fields that differ: 指标性质; 指标值 and 计量单位 compared as numbers when both are
    /// numbers (95 = 95.0), else as written with the unit (「5个工作日」= 5 in 个工作日).
    static func differences(_ declared: Target, _ monitored: Target) -> [(field: String, declared: String, monitored: String)] {
        var changes: [(field: String, declared: String, monitored: String)] = []
        if declared.direction != monitored.direction {
            changes.append(("指标性质", declared.direction.rawValue, monitored.direction.rawValue))
        }
        if let a = declared.targetValue, let b = monitored.targetValue {
            if a != b { changes.append(("指标值", a.description, b.description)) }
            let units = (unit(declared), unit(monitored))
            if units.0 != units.1 { changes.append(("计量单位", units.0, units.1)) }
        } else if written(declared) != written(monitored) {
            changes.append(("指标值", written(declared), written(monitored)))
        }
        return changes
    }

    static func unit(_ target: Target) -> String { HalfWidth.fold(target.unit ?? "").trimmedSpaces }

    /// The target as written with its unit, without spaces: 95%、5个工作日、有效提升.
    static func written(_ target: Target) -> String {
        let value = HalfWidth.fold(target.targetValue?.description ?? target.targetText ?? "").trimmedSpaces
        let unit = unit(target)
        let text = unit.isEmpty || value.hasSuffix(unit) ? value : value + unit
        return String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    static func finding(_ message: String, field: String) -> Finding {
        CheckCatalog.finding("monitor.target-changed", message, field: field)
    }
}
