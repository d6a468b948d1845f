import JixiaoCore

/// A number followed by its unit in one cell, as declarations write targets: 「5个工作日」
/// → 5 in 个工作日, 「30000条」 → 30000 in 条. A date (2025年10月31日前) is not one: no digit
/// may follow the number's end.
struct NumberWithUnit {
    var value: ExactDecimal
    var unit: String

    init?(_ text: String) {
        let folded = HalfWidth.fold(text).trimmedSpaces
        let numberPart = folded.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-") }
        let unitPart = String(folded.dropFirst(numberPart.count)).trimmedSpaces
        guard !numberPart.isEmpty, !unitPart.isEmpty, !unitPart.contains(where: { $0.isNumber }),
            let value = NumberText.parse(String(numberPart), percent: false)
        else { return nil }
        self.value = value
        self.unit = unitPart
    }
}
