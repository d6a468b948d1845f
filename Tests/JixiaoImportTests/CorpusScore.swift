import Foundation

@testable import JixiaoImport

/// Scores `jixiao check`'s JSON analysis against the hand-written truth of the development
/// corpus (../shared/corpus/truth.json): facts right, defects found, false errors.
struct CorpusScore {
    /// One file's tally.
    struct Row {
        var file: String
        var factsRight = 0
        var factsTotal = 0
        var defectsFound = 0
        var defectsTotal = 0
        var falseErrors = 0
        /// What was wrong, for the log: `key: want X, got Y`, missed defects, false errors.
        var misses: [String] = []
    }

    var rows: [Row] = []

    var factsRight: Int { rows.reduce(0) { $0 + $1.factsRight } }
    var factsTotal: Int { rows.reduce(0) { $0 + $1.factsTotal } }
    var defectsFound: Int { rows.reduce(0) { $0 + $1.defectsFound } }
    var defectsTotal: Int { rows.reduce(0) { $0 + $1.defectsTotal } }
    var falseErrors: Int { rows.reduce(0) { $0 + $1.falseErrors } }

    /// The corpus folder: $JIXIAO_CORPUS, else `corpus` beside the shared samples.
    static var folder: URL? {
        if let env = ProcessInfo.processInfo.environment["JIXIAO_CORPUS"] { return URL(fileURLWithPath: env) }
        guard let samples = Support.samplesFolder else { return nil }
        let corpus = samples.deletingLastPathComponent().appendingPathComponent("corpus")
        return FileManager.default.fileExists(atPath: corpus.appendingPathComponent("truth.json").path) ? corpus : nil
    }

    /// Analyses every file the truth lists, as `jixiao check --format json` does, and scores it.
    static func measure(_ folder: URL) throws -> CorpusScore {
        let truthData = try Data(contentsOf: folder.appendingPathComponent("truth.json"))
        let truth = try JSONSerialization.jsonObject(with: truthData) as? [String: Any]
        let files = truth?["files"] as? [String: [String: Any]] ?? [:]
        let names = files.keys.sorted()
        let entries = names.map { name in
            let path = folder.appendingPathComponent(name).path
            return CheckOutput.Entry(file: name, result: Result { try ReportReader.analyse(path: path) }.mapError { $0 as! ImportError })
        }
        let output = try JSONSerialization.jsonObject(with: Data(CheckOutput.json(entries).utf8)) as? [String: Any]
        let reports = (output?["reports"] as? [[String: Any]] ?? []).reduce(into: [String: [String: Any]]()) {
            $0[$1["file"] as? String ?? ""] = $1
        }
        var score = CorpusScore()
        for name in names {
            score.rows.append(row(name, truth: files[name] ?? [:], report: reports[name] ?? [:]))
        }
        return score
    }

    static func row(_ name: String, truth: [String: Any], report: [String: Any]) -> Row {
        var row = Row(file: name)
        let facts = report["facts"] as? [String: [String: Any]] ?? [:]
        for (key, want) in (truth["facts"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            row.factsTotal += 1
            let got = facts[key]?["value"]
            if same(want, got) { row.factsRight += 1 } else { row.misses.append("\(key): want \(want), got \(got.map { "\($0)" } ?? "—")") }
        }
        let findings = report["findings"] as? [[String: Any]] ?? []
        let defects = truth["defects"] as? [[String: Any]] ?? []
        let defectRules = Set(defects.compactMap { $0["rule"] as? String })
        for defect in defects {
            row.defectsTotal += 1
            let rule = defect["rule"] as? String ?? ""
            // Found when the file has a finding of the same rule (lines differ by how a table is read).
            if findings.contains(where: { $0["rule"] as? String == rule }) {
                row.defectsFound += 1
            } else {
                row.misses.append("missed \(rule) (line \(defect["line"] ?? "?"))")
            }
        }
        for finding in findings where finding["severity"] as? String == "error" {
            let rule = finding["rule"] as? String ?? ""
            guard !defectRules.contains(rule) else { continue }
            row.falseErrors += 1
            row.misses.append("false \(rule) line \(finding["line"] ?? "?")")
        }
        return row
    }

    /// Money and scores compare as decimals (200 = 200.00); the rest as written.
    static func same(_ want: Any, _ got: Any?) -> Bool {
        guard let got else { return false }
        let a = "\(want)", b = "\(got)"
        if a == b { return true }
        guard let x = Decimal(string: a), let y = Decimal(string: b), a.first?.isNumber == true, b.first?.isNumber == true else {
            return false
        }
        return x == y
    }

    /// The table for the test log: one row a file, then the totals.
    var table: String {
        func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "—" : String(format: "%.1f%%", Double(a) * 100 / Double(b)) }
        var out = "file     facts   defects  false-errors  misses\n"
        for row in rows {
            let facts = "\(row.factsRight)/\(row.factsTotal)", defects = "\(row.defectsFound)/\(row.defectsTotal)"
            out +=
                row.file.padding(toLength: 9, withPad: " ", startingAt: 0)
                + facts.padding(toLength: 8, withPad: " ", startingAt: 0)
                + defects.padding(toLength: 9, withPad: " ", startingAt: 0)
                + "\(row.falseErrors)".padding(toLength: 14, withPad: " ", startingAt: 0)
                + row.misses.joined(separator: "; ") + "\n"
        }
        out +=
            "TOTAL    facts \(factsRight)/\(factsTotal) (\(percent(factsRight, factsTotal)))  "
            + "defects \(defectsFound)/\(defectsTotal)  false errors \(falseErrors)\n"
        return out
    }
}
