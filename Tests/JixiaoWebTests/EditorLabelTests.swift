import JixiaoFiles
import Testing
import Vapor
import VaporTesting

@testable import JixiaoWeb

/// Issue 15: every input of the editor is labelled by what it is (「事项梳理 · 实际完成值」,
/// 「预算编制合理性 · 偏差原因及改进措施」), no two share a label, and none is labelled by
/// its form field's name.
@Suite("Editor inputs have unique labels", .timeLimit(.minutes(10)))
struct EditorLabelTests {
    static let frameworks = (try? FrameworkLibrary.builtIn().frameworks.map(\.id)) ?? []

    /// The accessible name of every visible input, select and textarea of `html`: its
    /// `aria-label`, else the text of the `<label for>` naming its id (nil when neither).
    static func labels(_ html: String) -> [(name: String, label: String?)] {
        let byFor = labelTexts(html)
        return HTMLTokens(html).elements
            .filter { ["input", "select", "textarea"].contains($0.name) && $0.attribute("type") != "hidden" }
            .map { element in
                let label = element.attribute("aria-label") ?? element.attribute("id").flatMap { byFor[$0] }
                return (element.attribute("name") ?? "?", label.flatMap { $0.isEmpty ? nil : $0 })
            }
    }

    /// The text of each `<label for="…">`, by its `for`.
    static func labelTexts(_ html: String) -> [String: String] {
        var texts: [String: String] = [:]
        for chunk in html.components(separatedBy: "<label").dropFirst() {
            guard let tagEnd = chunk.firstIndex(of: ">"), let close = chunk.range(of: "</label>") else { continue }
            guard let target = HTMLTokens("<label" + chunk[..<tagEnd] + ">").elements.first?.attribute("for") else { continue }
            let inner = String(chunk[chunk.index(after: tagEnd)..<close.lowerBound])
            texts[target] = HTMLTokens(inner).texts.joined().trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return texts
    }

    @Test("on a new draft of each built-in framework, every editor input has its own label", arguments: frameworks)
    func uniqueLabels(_ framework: String) async throws {
        try await withJixiaoApp(.sqlite) { app in
            // given a new draft of the framework
            var filer = try await Browser.signedIn(app, as: "filer")
            let created = try await filer.post(
                "/evaluations",
                form: [
                    "framework": framework, "year": String(ReviewController.defaultYear), "unit": Fixtures.filerUnit,
                    "project": "标签测试项目",
                ])
            let location = try #require(created.headers.first(name: .location), "\(created.body.string.suffix(400))")
            // when
            let html = try await filer.get(location).body.string
            // The editor form: from its start tag to its end (it holds no other form).
            let start = try #require(html.range(of: "id=\"editor\""))
            let editor = String(html[start.lowerBound..<(html[start.upperBound...].range(of: "</form>")?.lowerBound ?? html.endIndex)])
            let inputs = Self.labels(editor)
            // then
            #expect(inputs.count > 40)
            #expect(inputs.filter { $0.label == nil }.map(\.name) == [])
            let labels = inputs.compactMap(\.label)
            let repeated = Set(labels.filter { label in labels.filter { $0 == label }.count > 1 })
            #expect(repeated.sorted() == [])
            let fieldNames = Set(inputs.map(\.name))
            #expect(labels.filter { fieldNames.contains($0) || $0.contains("targets.") || $0.contains("indicators.") } == [])
            #expect(labels.contains("绩效指标第 1 行 · 实际完成值"))
            let notes = labels.filter { $0.hasSuffix(" · 偏差原因及改进措施") }
            #expect(notes.count == labels.filter { $0.contains("自评得分（满分") }.count)
        }
    }

    @Test("leaves sharing a name are titled with their parent's (mof-2013-department's two 管理制度健全性)")
    func leafTitles() throws {
        let framework = try #require(try FrameworkLibrary.builtIn().frameworks.first { $0.id == "mof-2013-department" })
        let titles = EditorFields.leafTitles(framework)
        let shared = titles.values.filter { $0.hasSuffix("管理制度健全性") }
        #expect(shared.count == 2)
        #expect(shared.allSatisfy { $0.contains(" · ") })
        #expect(Set(titles.values).count == titles.count)
        #expect(EditorPageModel.scoredLeaves(framework).filter { $0.name.hasSuffix("管理制度健全性") }.count == 2)
    }

    @Test("a target row's inputs are labelled by its name, and by its row when two rows share it")
    func targetRowTitles() {
        let form = EvaluationForm(fields: [
            "targets.0.name": "事项梳理", "targets.1.name": "群众满意度", "targets.2.name": "群众满意度",
        ])
        let titles = EditorFields.targetRowTitles(form, rows: 4)
        let expected = [
            "事项梳理", "绩效指标第 2 行（群众满意度）", "绩效指标第 3 行（群众满意度）", "绩效指标第 4 行",
        ]
        #expect(titles == expected)
    }
}
