import JixiaoCore
import Testing

@Suite("Unit tree")
struct UnitTreeTests {
    static let units = [
        Unit(name: "财政局", code: "a"),
        Unit(name: "教育局", code: "b", parentCode: "a"),
        Unit(name: "一中", code: "c", parentCode: "b"),
        Unit(name: "无主管", code: "d", parentCode: "missing"),
    ]

    @Test func ordersChildrenUnderTheirParentWithDepth() {
        // when
        let ordered = UnitTree(Self.units).ordered
        // then
        #expect(ordered.map { $0.unit.code ?? "" } == ["a", "b", "c", "d"])
        #expect(ordered.map(\.depth) == [0, 1, 2, 0])
    }

    @Test func refusesItselfAndItsDescendantsAsParent() {
        let tree = UnitTree(Self.units)
        #expect(tree.wouldCycle(code: "a", parent: "a"))
        #expect(tree.wouldCycle(code: "a", parent: "c"))
        #expect(tree.wouldCycle(code: "b", parent: "c"))
        #expect(!tree.wouldCycle(code: "c", parent: "a"))
        #expect(!tree.wouldCycle(code: "b", parent: nil))
        #expect(!tree.wouldCycle(code: "d", parent: "c"))
    }

    @Test func unitsAlreadyInACycleStillShowOnceAndStopTheWalk() {
        // given: data written outside the app with a → b → a
        let tree = UnitTree([Unit(name: "甲", code: "a", parentCode: "b"), Unit(name: "乙", code: "b", parentCode: "a")])
        // then
        #expect(tree.ordered.count == 2)
        #expect(tree.wouldCycle(code: "x", parent: "a"))
    }
}
