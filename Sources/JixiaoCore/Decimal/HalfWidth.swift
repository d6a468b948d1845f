/// Folding of full-width forms (１２３，％．：（）) into their ASCII forms.
public enum HalfWidth {
    /// `text` with full-width ASCII variants (U+FF01–U+FF5E) and the ideographic
    /// space folded to ASCII. Chinese punctuation without an ASCII twin is kept.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            scalars.append(fold(scalar))
        }
        return String(scalars)
    }

    /// One scalar folded to ASCII where it has a full-width twin.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x3000: return " "
        default: return scalar
        }
    }
}
