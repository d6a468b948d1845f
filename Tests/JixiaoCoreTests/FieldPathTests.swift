import JixiaoCore
import Testing

@Suite("FieldPath: one text form for a field of an evaluation")
struct FieldPathTests {
    static let paths: [FieldPath] = [
        .filing(.filedBy), .filing(.phone), .filing(.filedOn), .projectName, .statedTotal,
        .figure("incomeTotal"), .target(0, .levels), .target(3, .actual), .target(12, .maxScore),
        .target(1, .deviationNote), .indicator("结转结余率", .selfScore), .indicator("1.预算编制", .note),
        .indicator("管理制度健全性", .checked("制度.健全")), .indicator("x", .breaches), .indicator("社会效益", .outcome),
        .narrative("problems"),
    ]

    @Test("every path reads back from its text", arguments: paths)
    func roundTrip(_ path: FieldPath) {
        #expect(FieldPath(path.text) == path)
    }

    @Test("the text forms are those of the issue")
    func textForms() {
        #expect(FieldPath.figure("incomeTotal").text == "figures.incomeTotal")
        #expect(FieldPath.target(3, .actual).text == "targets.3.actual")
        #expect(FieldPath.indicator("a", .selfScore).text == "indicators.a.selfScore")
        #expect(FieldPath.narrative("work").text == "narrative.work")
        #expect(FieldPath.filing(.phone).text == "filing.phone")
        #expect(FieldPath.indicator("a", .checked("b")).text == "indicators.a.checked.b")
    }

    @Test("older names (the form's, the checker's) read as the current path")
    func legacyNames() {
        #expect(FieldPath("figure.incomeTotal") == .figure("incomeTotal"))
        #expect(FieldPath("section.problems") == .narrative("problems"))
        #expect(FieldPath("target.2.max") == .target(2, .maxScore))
        #expect(FieldPath("target.2.value") == .target(2, .target))
        #expect(FieldPath("target.0.note") == .target(0, .deviationNote))
        #expect(FieldPath("targets.1.targetValue") == .target(1, .target))
        #expect(FieldPath("targets.1.actualValue") == .target(1, .actual))
        #expect(FieldPath("indicator.结转结余率.selfScore") == .indicator("结转结余率", .selfScore))
    }

    @Test(
        "text that names no field is nil",
        arguments: [
            "", "filing", "figures.", "targets.x.name", "targets.-1.name", "targets.99999999999999999999.name",
            "targets.0.colour", "indicators.a", "indicators..note", "indicators.a.checked.", "version", "statedTotals",
        ])
    func notAField(_ text: String) {
        #expect(FieldPath(text) == nil)
    }

    @Test("a finding's location reads its field as a path")
    func findingLocation() {
        let location = FindingLocation(path: .target(3, .actual))
        #expect(location.field == "targets.3.actual")
        #expect(location.path == .target(3, .actual))
        #expect(FindingLocation(line: 4).path == nil)
    }
}
