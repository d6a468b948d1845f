import JixiaoCore

/// Small scanners over normalised scalars: numbers, words, units.
enum TextScan {
    /// A number as written: digits with optional thousands separators and decimals.
    struct Number {
        var value: ExactDecimal
        var places: Int
        var start: Int
        var end: Int

        /// The value as an Int when written without decimals.
        var integer: Int? { places == 0 ? Int(exactly: value.units / ExactDecimal.unit) : nil }
    }

    /// The digit an OCR slip stands for inside a number (O/o for 0, l/I for 1), where no
    /// ASCII letter but another slip follows it (1O0.5, IO, not 10Office).
    @inline(__always)
    static func slipDigit(_ s: [Unicode.Scalar], at j: Int) -> UInt32? {
        guard isSlip(s[j]), j + 1 == s.count || !Scalars.isASCIILetter(s[j + 1]) || isSlip(s[j + 1]) else { return nil }
        return s[j] == "O" || s[j] == "o" ? 0 : 1
    }

    @inline(__always)
    static func isSlip(_ c: Unicode.Scalar) -> Bool { c == "O" || c == "o" || c == "l" || c == "I" }

    /// Reads the number starting at `i` (a digit), or nil. Thousands may be grouped with
    /// commas (1,174.46) or, before decimals, a space (1 174.46); a slip for 0 or 1 after
    /// the first digit is read as that digit.
    /// `leadingSlip`: the number may start with a slip (IO for 10), where the caller
    /// knows the context is a number (a money unit follows).
    static func number(_ s: [Unicode.Scalar], at i: Int, leadingSlip: Bool = false) -> Number? {
        guard i < s.count, Scalars.isDigit(s[i]) || leadingSlip && slipDigit(s, at: i) != nil else { return nil }
        var significand: Int128 = 0
        var places = 0
        var j = i
        var sawPoint = false
        var groupDigits = 0
        var sawComma = false
        while j < s.count {
            let c = s[j]
            if let digit = Scalars.isDigit(c) ? c.value - 48 : slipDigit(s, at: j) {
                guard significand < 1_000_000_000_000_000 else { return nil }
                significand = significand * 10 + Int128(digit)
                if sawPoint { places += 1 } else { groupDigits += 1 }
                j += 1
            } else if c == ",", !sawPoint, sawComma ? groupDigits == 3 : (1...3).contains(groupDigits),
                j + 3 < s.count, s[j + 1...j + 3].allSatisfy(Scalars.isDigit),
                j + 4 >= s.count || !Scalars.isDigit(s[j + 4])
            {
                sawComma = true
                groupDigits = 0
                j += 1
            } else if c == " ", !sawPoint, !sawComma, (1...3).contains(groupDigits), j + 5 < s.count,
                s[j + 1...j + 3].allSatisfy(Scalars.isDigit), s[j + 4] == ".", Scalars.isDigit(s[j + 5])
            {
                sawComma = true
                groupDigits = 0
                j += 1
            } else if c == ".", !sawPoint, j + 1 < s.count, Scalars.isDigit(s[j + 1]) {
                sawPoint = true
                j += 1
            } else {
                break
            }
        }
        return Number(value: ExactDecimal(significand: significand, decimalPlaces: places), places: places, start: i, end: j)
    }

    /// The start of the number that ends just before `end` (skipping spaces), or nil.
    static func numberEnding(_ s: [Unicode.Scalar], before end: Int) -> Number? {
        var j = end
        while j > 0, s[j - 1] == " " { j -= 1 }
        guard j > 0, Scalars.isDigit(s[j - 1]) else { return nil }
        var start = j
        while start > 0, Scalars.isDigit(s[start - 1]) || s[start - 1] == "." || s[start - 1] == "," || slipDigit(s, at: start - 1) != nil {
            start -= 1
        }
        // IO3.50万元: slips may start the figure where no ASCII letter stands before them.
        if start < j, isSlip(s[start]), start == 0 || !Scalars.isASCIILetter(s[start - 1]),
            let n = number(s, at: start, leadingSlip: true), n.end == j
        {
            return n
        }
        while start < j, !Scalars.isDigit(s[start]) { start += 1 }
        guard let n = number(s, at: start), n.end == j else { return nil }
        return n
    }

    /// True when `word` occurs at `i`.
    @inline(__always)
    static func has(_ word: [Unicode.Scalar], _ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= s.count else { return false }
        for k in 0..<word.count where s[i + k] != word[k] { return false }
        return true
    }

    /// True when `word` ends just before `end`.
    static func hasSuffix(_ word: [Unicode.Scalar], _ s: [Unicode.Scalar], before end: Int) -> Bool {
        has(word, s, at: end - word.count)
    }

    /// First index ≥ `from` where `word` occurs, up to `limit`.
    static func find(_ word: [Unicode.Scalar], in s: [Unicode.Scalar], from: Int, limit: Int? = nil) -> Int? {
        guard let first = word.first else { return nil }
        let last = min(limit ?? s.count, s.count) - word.count
        var i = from
        while i <= last {
            if s[i] == first, has(word, s, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// The scalars as a String, encoded to UTF-8 in one go (appending to a
    /// `String.UnicodeScalarView` goes scalar by scalar and dominated the profile).
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var length = 0
        for s in scalars { length += UTF8.width(s) }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }

    static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] == " " { j += 1 }
        return j
    }

    /// The money unit at `i` (万元, 亿元, 千元, 元), with its length.
    static func moneyUnit(_ s: [Unicode.Scalar], at i: Int) -> (MoneyParser.WrittenUnit, Int)? {
        let j = skipSpaces(s, i)
        guard j < s.count else { return nil }
        // 兀 for 元 is an OCR slip; here, after a number, it can only be the unit.
        switch s[j] {
        case "元", "兀": return (.yuan, j + 1 - i)
        // 萬元, 億元: the traditional forms.
        case "万", "亿", "千", "萬", "億":
            guard j + 1 < s.count, s[j + 1] == "元" || s[j + 1] == "兀" else { return nil }
            let unit: MoneyParser.WrittenUnit =
                s[j] == "万" || s[j] == "萬"
                ? .tenThousandYuan
                : s[j] == "亿" || s[j] == "億" ? .hundredMillionYuan : .thousandYuan
            return (unit, j + 2 - i)
        default: return nil
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of a string literal.
    init(word: String) { self = Array(word.unicodeScalars) }
}
