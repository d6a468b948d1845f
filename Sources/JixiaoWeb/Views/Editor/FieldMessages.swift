import JixiaoCore
import Plot

/// What is said about one input under it: the error of a refused save and the findings that
/// name its field (`FieldPath` text). The input is marked `aria-invalid` when either blocks
/// and points at both by `aria-describedby`, so a screen reader reads them with the input.
/// The page's script redraws the findings after each live analysis (`Assets.fieldFindingsScript`).
struct FieldMessages {
    var name: String
    var error: String?
    var findings: [Finding]

    static func none(_ name: String) -> FieldMessages { FieldMessages(name: name, error: nil, findings: []) }

    static func errorID(_ name: String) -> String { name + "--error" }
    static func findingsID(_ name: String) -> String { name + "--findings" }

    var isEmpty: Bool { error == nil && findings.isEmpty }

    /// True when a save error or a finding that blocks submission is at the field.
    var invalid: Bool { error != nil || findings.contains(where: \.blocksSubmission) }

    /// The ids `aria-describedby` lists.
    var describedBy: String {
        ((error == nil ? [] : [Self.errorID(name)]) + (findings.isEmpty ? [] : [Self.findingsID(name)]))
            .joined(separator: " ")
    }

    /// The attributes of an `<input>`.
    var inputAttributes: [Attribute<HTML.InputContext>] {
        isEmpty ? [] : [invalid ? .attr("aria-invalid", "true") : .attr("aria-invalid", ""), .attr("aria-describedby", describedBy)]
    }

    /// The attributes of an element built from nodes (`select`, `textarea`).
    func attributes<Context>() -> Node<Context> {
        isEmpty ? .empty : .group([invalid ? .attr("aria-invalid", "true") : .empty, .attr("aria-describedby", describedBy)])
    }

    /// The messages, after the input.
    var node: Node<HTML.BodyContext> {
        .group(
            .unwrap(error) { .span(.class("field-error"), .attr("id", Self.errorID(name)), .text($0)) },
            .if(
                !findings.isEmpty,
                .ul(
                    .class("field-findings"), .attr("id", Self.findingsID(name)),
                    .forEach(findings) { finding in
                        let kind = FindingGroups.Kind.of(finding)
                        return .li(
                            .attr("class", "finding \(finding.severity.rawValue)"),
                            .span(.class("severity"), .text(kind.word(finding))), .text(" " + finding.message))
                    }
                ))
        )
    }
}

extension EditorPageModel {
    /// The save error and findings of the input `name`.
    func messages(_ name: String) -> FieldMessages {
        FieldMessages(name: name, error: fieldErrors[name], findings: findingsByField[name] ?? [])
    }

    /// The model with `findingsByField` filled from the analysis (once per page).
    func placingFindings() -> EditorPageModel {
        var m = self
        m.findingsByField = [:]
        for finding in analysis.findings {
            if let field = finding.location.field { m.findingsByField[field, default: []].append(finding) }
        }
        return m
    }
}
