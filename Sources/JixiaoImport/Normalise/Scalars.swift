/// Character classes of the normaliser and the scanners, on Unicode scalars.
enum Scalars {
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    @inline(__always) static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 97 && v <= 122
    }

    /// CJK unified ideographs (and extension A, compatibility ideographs).
    @inline(__always) static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
    }

    /// Characters next to which a space carries no meaning: CJK punctuation, general
    /// punctuation (quotes, dashes), symbols, circled numbers and ASCII punctuation.
    @inline(__always) static func isTight(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 {
            switch s {
            case ":", ";", ",", "(", ")", "%", "<", ">", "=", "[", "]", "\t", "!", "?", "+", "/", "~": return true
            default: return false
            }
        }
        if isIdeograph(s) { return false }
        return (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF00 && v <= 0xFFEF) || (v >= 0x2000 && v <= 0x27BF)
            || v == 0xD7 || v == 0xF7 || v == 0xB1 || v == 0xB7 || (v >= 0x2460 && v <= 0x24FF)
    }

    /// Punctuation that ends a paragraph when a line ends with it.
    @inline(__always) static func endsParagraph(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "!", "?", ";", ":", "…": return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow a sentence end.
    @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "”", "’", "」", "』", ")", "）", "》", "\"": return true
        default: return false
        }
    }

    /// Clause separators: a fact never spans one of these.
    @inline(__always) static func isClauseBreak(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", ";", ",", "、", "!", "?", "\t": return true
        default: return false
        }
    }
}
