import JixiaoCore

/// Messages of checks that only documents have.
enum DocumentMessages {
    static func conflict(label: String, trusted: Fact<StatedAmount>, other: ExactDecimal) -> String {
        "\(label)此处为 \(Money.text(other)) 万元，与第 \(trusted.line) 行的 \(Money.text(trusted.value.value)) 万元不一致（相差 \(Money.text((other - trusted.value.value).magnitude)) 万元）"
    }
}
