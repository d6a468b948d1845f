import JixiaoCore

extension DeclarationDocumentReader {
    /// One indicator row from its cells, read as `jixiao targets` reads a row of a file: a bound
    /// written into the value (`≥95%`) gives the direction when the row states none; `95%` and
    /// `5个工作日` carry their unit; a value that is not a number stays text (dates, 定性).
    static func row(
        levels: [String], name: String, direction: String, target: String, unit: String, score: String,
        explanation: String, standard: String
    ) -> DeclaredRow {
        let name = closedUp(name), target = closedUp(target)
        var directionValue = Direction.qualitative
        var stated = false
        var targetText = target
        if !direction.isEmpty, let parsed = Direction(symbol: HalfWidth.fold(direction).trimmedSpaces) {
            directionValue = parsed
            stated = true
        } else if direction.isEmpty, let bound = bound(target) {
            (directionValue, targetText) = bound
            stated = true
        }
        var unitText: String? = unit.isEmpty ? nil : unit
        var value = number(targetText)
        if value == nil, let split = split(targetText), unitText == nil || unitText == split.unit {
            value = split.value
            unitText = split.unit
        }
        if unitText == nil, HalfWidth.fold(targetText).trimmedSpaces.hasSuffix("%") { unitText = "%" }
        let item = Target(
            levels: levels, name: name, direction: directionValue, targetValue: value,
            targetText: value == nil && !targetText.isEmpty ? targetText : nil, unit: unitText,
            maxScore: score.isEmpty ? nil : number(score))
        return DeclaredRow(
            target: item, directionStated: stated, explanation: explanation.isEmpty ? nil : explanation,
            standard: standard.isEmpty ? nil : standard)
    }

    /// The cell without the spaces a PDF's text puts between ideographs and digits (pdftotext gives
    /// 「2025 年 10 月 31 日前」 for 「2025年10月31日前」, and a wrapped cell's lines joined by a space);
    /// spaces between two Latin letters or two numbers stay.
    static func closedUp(_ text: String) -> String {
        let scalars = Array(text.trimmedSpaces.unicodeScalars)
        func ideograph(_ s: Unicode.Scalar) -> Bool { s.properties.isIdeographic }
        func digit(_ s: Unicode.Scalar) -> Bool { s.isASCII && s.properties.numericType != nil }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            guard s.properties.isWhitespace, let before = out.last else {
                out.append(s)
                i += 1
                continue
            }
            var j = i
            while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
            let after = j < scalars.count ? scalars[j] : nil
            let joins = after.map { a in
                (ideograph(before) || ideograph(a)) && (ideograph(before) || digit(before)) && (ideograph(a) || digit(a))
            }
            if joins != true { out.append(contentsOf: scalars[i..<j]) }
            i = j
        }
        return String(out)
    }

    /// `95`, `95%`, `60,000` → the number; nil for other text.
    static func number(_ text: String) -> ExactDecimal? {
        var folded = HalfWidth.fold(text).trimmedSpaces
        if folded.hasSuffix("%") { folded.removeLast() }
        return MoneyParser.parseNumber(folded)?.value
    }

    /// `≥95%` → ≥ and `95%`; nil unless the text starts with a bound and goes on with a value.
    static func bound(_ text: String) -> (Direction, String)? {
        let folded = HalfWidth.fold(text).trimmedSpaces
        for symbol in ["不低于", "不少于", "不高于", "不超过", ">=", "<=", "≥", "≤", ">", "<", "＞", "＜", "=", "＝"]
        where folded.hasPrefix(symbol) {
            let rest = String(folded.dropFirst(symbol.count)).trimmedSpaces
            guard !rest.isEmpty, let direction = Direction(symbol: symbol) else { return nil }
            return (direction, rest)
        }
        return nil
    }

    /// `30个` → 30 in 个: a number followed by a unit with no digits in it.
    static func split(_ text: String) -> (value: ExactDecimal, unit: String)? {
        let folded = HalfWidth.fold(text).trimmedSpaces
        guard let end = folded.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == "-")) }),
            end > folded.startIndex
        else { return nil }
        let unit = String(folded[end...]).trimmedSpaces
        guard !unit.isEmpty, !unit.contains(where: { $0.isNumber }), unit != "%",
            let value = MoneyParser.parseNumber(String(folded[..<end]))?.value
        else { return nil }
        return (value, unit)
    }
}
