import Foundation
import JixiaoCore

/// The accessible names of the targets table's inputs (issue 15): each says which target
/// and which column it is, 「事项梳理 · 实际完成值」, never the form field's name.
extension EditorFields {
    /// The column headings of the targets table, by part.
    static let targetColumns: [FieldPath.TargetPart: String] = [
        .levels: "一级/二级指标", .name: "三级指标", .direction: "性质", .target: "指标值",
        .unit: "单位", .actual: "实际完成值", .maxScore: "分值", .deviationNote: "偏差原因",
    ]

    /// The label of one input of the targets table.
    static func targetLabel(_ rowTitle: String, _ part: FieldPath.TargetPart) -> String {
        rowTitle + " · " + (targetColumns[part] ?? part.rawValue)
    }

    /// The names the first `rows` target rows' inputs are labelled with: the row's 三级指标 as
    /// the page was drawn, with the row number when that name is empty or another row has it
    /// too (so labels stay unique).
    static func targetRowTitles(_ form: EvaluationForm, rows: Int) -> [String] {
        let names = (0..<rows).map { form[FieldPath.target($0, .name).text].trimmingCharacters(in: .whitespaces) }
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        return names.enumerated().map { row, name in
            let numbered = "绩效指标第 \(row + 1) 行"
            if name.isEmpty { return numbered }
            return counts[name, default: 0] > 1 ? "\(numbered)（\(name)）" : name
        }
    }
}

extension EditorPageModel {
    /// `EditorFields.targetRowTitles` of this page's form.
    func targetRowTitles(rows: Int) -> [String] { EditorFields.targetRowTitles(form, rows: rows) }
}

extension EditorFields {
    /// The name each framework leaf is shown and labelled by, by id: its own name, or
    /// 「上级指标 · 名称」 when another leaf has the same name (mof-2013-department has two
    /// 管理制度健全性), with the id added should that repeat too.
    static func leafTitles(_ framework: Framework?) -> [String: String] {
        guard let framework else { return [:] }
        var leaves: [(id: String, name: String, parent: String?)] = []
        func walk(_ i: Indicator, parent: Indicator?) {
            if i.children.isEmpty {
                if i.isLeaf { leaves.append((i.id, i.name, parent?.name)) }
            } else {
                for child in i.children { walk(child, parent: i) }
            }
        }
        for indicator in framework.indicators { walk(indicator, parent: nil) }
        func counted(_ names: [String]) -> [String: Int] { names.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let byName = counted(leaves.map(\.name))
        let qualified = leaves.map { leaf in
            byName[leaf.name, default: 0] > 1 ? (leaf.parent.map { "\($0) · \(leaf.name)" } ?? leaf.name) : leaf.name
        }
        let byQualified = counted(qualified)
        var titles: [String: String] = [:]
        for (leaf, title) in zip(leaves, qualified) {
            titles[leaf.id] = byQualified[title, default: 0] > 1 ? "\(title)（\(leaf.id)）" : title
        }
        return titles
    }
}
