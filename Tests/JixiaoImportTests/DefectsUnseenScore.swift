import Foundation
import JixiaoCore

@testable import JixiaoImport

/// Scores `jixiao check` on made-up reports whose defects are written down
/// (Fixtures/defects-unseen/expected.json): each defect found (its rule at a line in its
/// range), missed, and false findings — an error not written down, or a quiet rule
/// speaking beyond the defects listed.
struct DefectsUnseenScore {
    struct Defect {
        var rule: String
        var lines: ClosedRange<Int>
    }

    struct Expected {
        var found: [Defect] = []
        var quiet: Set<String> = []
    }

    struct Row {
        var file: String
        var found = 0
        var total = 0
        var falses = 0
        var notes: [String] = []
    }

    var rows: [Row] = []
    var found: Int { rows.reduce(0) { $0 + $1.found } }
    var total: Int { rows.reduce(0) { $0 + $1.total } }
    var falses: Int { rows.reduce(0) { $0 + $1.falses } }

    static var folder: URL? { Bundle.module.url(forResource: "Fixtures/defects-unseen", withExtension: nil) }

    /// The expected findings by file and the files also rendered to .docx and PDF.
    static func expected(_ folder: URL) throws -> (files: [String: Expected], docx: [String]) {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        var files: [String: Expected] = [:]
        for (name, value) in json["files"] as? [String: [String: Any]] ?? [:] {
            var expected = Expected(quiet: Set(value["quiet"] as? [String] ?? []))
            for item in value["found"] as? [[Any]] ?? [] {
                guard item.count == 3, let rule = item[0] as? String, let from = item[1] as? Int, let to = item[2] as? Int else { continue }
                expected.found.append(Defect(rule: rule, lines: from...to))
            }
            files[name] = expected
        }
        return (files, json["docx"] as? [String] ?? [])
    }

    /// Scores every file expected.json lists.
    static func measure(_ folder: URL) throws -> DefectsUnseenScore {
        let files = try expected(folder).files
        var score = DefectsUnseenScore()
        for name in files.keys.sorted() {
            let analysis = try ReportReader.analyse(path: folder.appendingPathComponent(name).path)
            score.rows.append(row(name, files[name] ?? Expected(), analysis.findings))
        }
        return score
    }

    static func row(_ file: String, _ expected: Expected, _ findings: [Finding]) -> Row {
        var row = Row(file: file, total: expected.found.count)
        for defect in expected.found {
            if findings.contains(where: { $0.rule == defect.rule && defect.lines.contains($0.location.line ?? 0) }) {
                row.found += 1
            } else {
                row.notes.append("missed \(defect.rule)@\(defect.lines.lowerBound)")
            }
        }
        // Each wrong rule and line once (a defect reported twice at its line is no false finding).
        var reported = Set<String>()
        for finding in findings where finding.severity == .error || expected.quiet.contains(finding.rule) {
            let line = finding.location.line ?? 0
            guard !expected.found.contains(where: { $0.rule == finding.rule && $0.lines.contains(line) }),
                reported.insert("\(finding.rule)@\(line)").inserted
            else { continue }
            row.falses += 1
            row.notes.append("false \(finding.rule)@\(line)")
        }
        return row
    }

    /// The table for the test log: one row a file, then the totals.
    var table: String {
        var out = "file                             found  false  notes\n"
        for row in rows {
            out +=
                row.file.padding(toLength: 33, withPad: " ", startingAt: 0)
                + "\(row.found)/\(row.total)".padding(toLength: 7, withPad: " ", startingAt: 0)
                + "\(row.falses)".padding(toLength: 7, withPad: " ", startingAt: 0)
                + row.notes.joined(separator: "; ") + "\n"
        }
        return out + "TOTAL  found \(found)/\(total)  missed \(total - found)  false \(falses)\n"
    }
}
