import Foundation

@testable import JixiaoImport

/// Scores `jixiao check`'s JSON analysis of the made-up reports in Fixtures/heldout-like (and
/// heldout-like-2) against their expected facts (value and line, or any of the lines that state
/// it equally), error rules and rules that must stay quiet.
struct HeldOutLikeScore {
    struct Row {
        var file: String
        var factsRight = 0
        var factsTotal = 0
        /// Wrong error rules (missing or extra), facts given that must be absent, loud quiet rules.
        var wrong = 0
        var misses: [String] = []
    }

    var rows: [Row] = []

    var factsRight: Int { rows.reduce(0) { $0 + $1.factsRight } }
    var factsTotal: Int { rows.reduce(0) { $0 + $1.factsTotal } }
    var wrong: Int { rows.reduce(0) { $0 + $1.wrong } }

    static var folder: URL? { folder(named: "heldout-like") }

    static func folder(named name: String) -> URL? { Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) }

    /// Analyses every file expected.json lists, as `jixiao check --format json` does, and scores it.
    static func measure(_ folder: URL) throws -> HeldOutLikeScore {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        let expected = (try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]).compactMapValues { $0 as? [String: Any] }
        let names = expected.keys.sorted()
        let entries = names.map { name in
            let path = folder.appendingPathComponent(name).path
            return CheckOutput.Entry(file: name, result: Result { try ReportReader.analyse(path: path) }.mapError { $0 as! ImportError })
        }
        let output = try JSONSerialization.jsonObject(with: Data(CheckOutput.json(entries).utf8)) as? [String: Any]
        let reports = (output?["reports"] as? [[String: Any]] ?? []).reduce(into: [String: [String: Any]]()) {
            $0[$1["file"] as? String ?? ""] = $1
        }
        return HeldOutLikeScore(rows: names.map { row($0, expected: expected[$0] ?? [:], report: reports[$0] ?? [:]) })
    }

    static func row(_ name: String, expected: [String: Any], report: [String: Any]) -> Row {
        var row = Row(file: name)
        let facts = report["facts"] as? [String: [String: Any]] ?? [:]
        for (key, want) in (expected["facts"] as? [String: [Any]] ?? [:]).sorted(by: { $0.key < $1.key }) {
            row.factsTotal += 1
            let got = facts[key]
            let lines = (want[1] as? [Any] ?? [want[1]]).map { "\($0)" }
            if let got, CorpusScore.same(want[0], got["value"]), lines.contains("\(got["line"] ?? "")") {
                row.factsRight += 1
            } else {
                let shown = got.map { "\($0["value"] ?? "")@\($0["line"] ?? "")" } ?? "—"
                row.misses.append("\(key): want \(want[0])@\(want[1]), got \(shown)")
            }
        }
        for key in expected["absent"] as? [String] ?? [] where facts[key] != nil {
            row.wrong += 1
            row.misses.append("\(key) must be absent, got \(facts[key]?["value"] ?? "")")
        }
        let findings = report["findings"] as? [[String: Any]] ?? []
        let errors = Set(findings.filter { $0["severity"] as? String == "error" }.compactMap { $0["rule"] as? String })
        let wantErrors = Set(expected["errors"] as? [String] ?? [])
        for rule in errors.symmetricDifference(wantErrors).sorted() {
            row.wrong += 1
            row.misses.append(wantErrors.contains(rule) ? "missed error \(rule)" : "false error \(rule)")
        }
        for rule in expected["quiet"] as? [String] ?? [] where findings.contains(where: { $0["rule"] as? String == rule }) {
            row.wrong += 1
            row.misses.append("\(rule) must stay quiet")
        }
        return row
    }

    /// The table for the test log: one row a file, then the totals.
    var table: String {
        var out = "file                          facts   wrong  misses\n"
        for row in rows {
            out +=
                row.file.padding(toLength: 30, withPad: " ", startingAt: 0)
                + "\(row.factsRight)/\(row.factsTotal)".padding(toLength: 8, withPad: " ", startingAt: 0)
                + "\(row.wrong)".padding(toLength: 7, withPad: " ", startingAt: 0)
                + row.misses.joined(separator: "; ") + "\n"
        }
        let percent = factsTotal == 0 ? "—" : String(format: "%.1f%%", Double(factsRight) * 100 / Double(factsTotal))
        return out + "TOTAL  facts \(factsRight)/\(factsTotal) (\(percent))  wrong findings or facts \(wrong)\n"
    }
}
