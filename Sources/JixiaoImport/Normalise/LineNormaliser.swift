/// Normalises one line of report text on its own (report-format.md §3):
/// full-width forms folded, LaTeX fragments turned into symbols, Markdown heading
/// marks and bold removed, spaces that carry no meaning dropped, ends trimmed.
/// Works on scalars in linear time; the result of a result is itself (idempotent).
enum LineNormaliser {
    static func normalise(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        normalise(input, marks: Marks(input))
    }

    /// `marks`: what the line holds (`Marks(input)`, or noted while decoding).
    static func normalise(_ input: [Unicode.Scalar], marks given: Marks) -> [Unicode.Scalar] {
        // One scan tells which passes have work; most lines need none or only `spaces`.
        var text = input
        var marks = given
        if marks.needsFold { text = fold(text); marks = Marks(text) }
        if marks.hasLatex { text = latex(text); marks = Marks(text) }
        if marks.hasStar || text.first == "#" || text.first == " " || text.first == ">" || text.first == "\t" {
            text = markdown(text)
        }
        if marks.hasSpace { text = spaces(text) }
        return trimTabs(text)
    }

    /// What a line holds that some pass acts on.
    struct Marks {
        var needsFold = false, hasLatex = false, hasStar = false, hasSpace = false

        init() {}

        /// Notes a scalar that is already folded.
        @inline(__always)
        mutating func note(_ s: Unicode.Scalar) {
            if s == " " { hasSpace = true } else if s == "$" || s == "\\" { hasLatex = true } else if s == "*" { hasStar = true }
        }

        init(_ text: [Unicode.Scalar]) {
            text.withUnsafeBufferPointer { buffer in
                for s in buffer {
                    let v = s.value
                    if v > 0x3000 && v < 0xFEFF { continue }  // CJK text: nothing to do
                    if v > 0x20 && v < 0x7F {
                        if v == 0x24 || v == 0x5C { hasLatex = true } else if v == 0x2A { hasStar = true }
                    } else if v == 0x20 {
                        hasSpace = true
                    } else if foldScalar(s) != s {
                        needsFold = true
                    }
                }
            }
        }
    }

    /// Leading tabs dropped (empty leading cells of a table row, merged 一级/二级 cells);
    /// trailing ones are kept so cells still count from the right.
    static func trimTabs(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.first == "\t" else { return input }
        var slice = input[...]
        while slice.first == "\t" || slice.first == " " { slice = slice.dropFirst() }
        return Array(slice)
    }

    static func fold(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Text read by `UTF8Lines` is folded already: then nothing is copied.
        guard input.contains(where: { foldScalar($0) != $0 }) else { return input }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        for s in input { if let folded = foldScalar(s) { out.append(folded) } }
        return out
    }

    /// One scalar folded: full-width ASCII to ASCII, odd spaces and controls to a space,
    /// CR dropped (nil), tab kept.
    @inline(__always)
    static func foldScalar(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return s }
        switch v {
        case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)
        case 0x3000, 0xA0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF: return " "
        case 0x0D: return nil
        case 0x09: return "\t"
        case 0..<0x20, 0x7F: return " "
        default: return s
        }
    }

    /// `$\geq 99\%$` → `≥ 99%`; `\times` → `×`; unknown commands and math braces dropped.
    static func latex(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(where: { $0 == "\\" || $0 == "$" }) else { return input }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let s = input[i]
            if s == "$" || s == "{" || s == "}" { i += 1; continue }
            guard s == "\\" else { out.append(s); i += 1; continue }
            var j = i + 1
            while j < input.count, Scalars.isASCIILetter(input[j]) { j += 1 }
            if j == i + 1 {
                // Escaped character: keep % and the like, drop spacing commands.
                if j < input.count, input[j] == "%" || input[j] == "&" || input[j] == "#" { out.append(input[j]) }
                i = min(j + 1, input.count)
                continue
            }
            var name = ""
            name.unicodeScalars.append(contentsOf: input[(i + 1)..<j])
            if let symbol = latexSymbols[name] { out.append(symbol) }
            i = j
        }
        return out
    }

    static let latexSymbols: [String: Unicode.Scalar] = [
        "geq": "≥", "ge": "≥", "geqslant": "≥", "leq": "≤", "le": "≤", "leqslant": "≤",
        "times": "×", "div": "÷", "cdot": "·", "pm": "±", "neq": "≠", "ne": "≠", "approx": "≈",
        "gt": ">", "lt": "<", "sim": "~", "%": "%", "circ": "°", "rightarrow": "→", "to": "→",
    ]

    /// `**` bold markers removed, then leading `#` marks (and the spaces, tabs and `>`
    /// around them); in this order the result has nothing left to remove.
    static func markdown(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let hasBold = input.count > 1 && zip(input, input.dropFirst()).contains { $0 == "*" && $1 == "*" }
        var text = input
        if hasBold {
            text = []
            text.reserveCapacity(input.count)
            var i = 0
            while i < input.count {
                if input[i] == "*", i + 1 < input.count, input[i + 1] == "*" { i += 2; continue }
                text.append(input[i])
                i += 1
            }
        }
        var start = 0
        while start < text.count, text[start] == "#" || text[start] == " " || text[start] == ">" || text[start] == "\t" { start += 1 }
        return start == 0 ? text : Array(text[start...])
    }

    /// Runs of spaces collapsed, removed next to tight characters, between CJK and
    /// digits or letters, and between ideographs when one side is a single
    /// letter-spaced ideograph (填 报 人); ends trimmed.
    static func spaces(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(" ") else { return input }
        // The output is never longer than the input: written straight into its buffer.
        return Array(unsafeUninitializedCapacity: input.count) { out, count in
            var i = 0
            while i < input.count {
                let s = input[i]
                guard s == " " else { out[count] = s; count += 1; i += 1; continue }
                var j = i
                while j < input.count, input[j] == " " { j += 1 }
                defer { i = j }
                guard i > 0, j < input.count else { continue }
                let left = input[i - 1], right = input[j]
                if keepSpace(left: left, right: right, input: input, leftEnd: i - 1, rightStart: j) { out[count] = " "; count += 1 }
            }
        }
    }

    private static func keepSpace(
        left: Unicode.Scalar, right: Unicode.Scalar, input: [Unicode.Scalar],
        leftEnd: Int, rightStart: Int
    ) -> Bool {
        if Scalars.isTight(left) || Scalars.isTight(right) { return false }
        let leftCJK = Scalars.isIdeograph(left), rightCJK = Scalars.isIdeograph(right)
        if leftCJK != rightCJK { return false }
        if !leftCJK { return true }
        let leftRun = leftEnd == 0 || !Scalars.isIdeograph(input[leftEnd - 1])
        let rightRun = rightStart + 1 >= input.count || !Scalars.isIdeograph(input[rightStart + 1])
        return !(leftRun || rightRun)
    }
}
