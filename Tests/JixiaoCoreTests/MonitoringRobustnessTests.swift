import Foundation
import Testing

@testable import JixiaoCore

/// Every light rule over extreme and degenerate values: no crash, no division by zero, and a
/// light for every rule that has one.
@Suite struct MonitoringRobustnessTests {
    typealias F = MonitoringFixtures
    static let values = ["0", "-1", "0.000000001", "1", "95", "999999999999", "-999999999999"]

    @Test func everyBudgetGetsAReading() {
        for annual in Self.values where !annual.hasPrefix("-") {
            for executed in Self.values where !executed.hasPrefix("-") {
                for month in 1...12 {
                    let budget = F.round(month: month, annual: annual, executed: executed).evaluate().budget
                    #expect(!budget.reading.explanation.isEmpty)
                    #expect(budget.light != nil, "\(executed) / \(annual) at month \(month)")
                    #expect((budget.ratio == nil) == (annual == "0"), "\(executed) / \(annual)")
                }
            }
        }
    }

    @Test func everyQuantitativeTargetGetsALight() {
        let directions: [Direction] = [.atLeast, .greaterThan, .equal, .lessThan, .atMost]
        for direction in directions {
            for goal in Self.values {
                for actual in Self.values {
                    for cumulative in [false, true] {
                        let monitored = F.target("指标", direction, target: goal, actual: actual, cumulative: cumulative)
                        for month in [1, 7, 12] {
                            let reading = F.reading(monitored, month: month)
                            #expect(reading.light != nil, "\(direction.rawValue) \(goal) \(actual) \(cumulative) \(month)")
                            #expect(!reading.explanation.isEmpty)
                        }
                        // no month elapsed: a cumulative ratio cannot be formed, and nothing divides
                        _ = F.reading(monitored, month: 0)
                    }
                }
            }
        }
    }

    @Test func aRoundSurvivesJSON() throws {
        let round = F.round(expected: "118", targets: [F.target(target: "95", actual: "96.2"), F.qualitative("部分达成")])
        let decoded = try JSONDecoder().decode(MonitoringRound.self, from: JSONEncoder().encode(round))
        #expect(decoded == round)
        let text = String(decoding: try JSONEncoder().encode(round), as: UTF8.self)
        #expect(text.contains("\"asOf\":\"2025-07-31\""))
    }
}
