import JixiaoCore

/// Messages of checks that only documents have.
enum DocumentMessages {
    static func placeholder(_ text: String) -> String {
        "「\(text)」仍是模板占位，未填写实际内容"
    }

    static func headingSum(name: String, items: [ExactDecimal], sum: ExactDecimal, score: ExactDecimal) -> String {
        "「\(name)」下各项得分 \(items.map(\.description).joined(separator: " + ")) = \(sum) 分，与该项得分 \(score) 分不符（相差 \((sum - score).magnitude) 分）"
    }

    static func conflict(label: String, trusted: Fact<StatedAmount>, other: ExactDecimal) -> String {
        "\(label)此处为 \(NumberFormat.moneyExact(other)) 万元，与第 \(trusted.line) 行的 \(NumberFormat.moneyExact(trusted.value.value)) 万元不一致（相差 \(NumberFormat.moneyExact((other - trusted.value.value).magnitude)) 万元）"
    }
}
