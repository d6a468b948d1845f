/// Normalises one line of report text on its own (report-format.md §3):
/// full-width forms folded, LaTeX fragments turned into symbols, Markdown heading
/// marks and bold removed, spaces that carry no meaning dropped, ends trimmed.
/// Works on scalars in linear time; the result of a result is itself (idempotent).
enum LineNormaliser {
    static func normalise(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        trimTabs(spaces(markdown(latex(fold(input)))))
    }

    static func trimTabs(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.first == "\t" || input.last == "\t" else { return input }
        var slice = input[...]
        while slice.first == "\t" || slice.first == " " { slice = slice.dropFirst() }
        while slice.last == "\t" || slice.last == " " { slice = slice.dropLast() }
        return Array(slice)
    }

    static func fold(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        for s in input {
            let v = s.value
            switch v {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(v - 0xFEE0)!)
            case 0x3000, 0xA0, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF: out.append(" ")
            case 0x0D: continue
            case 0x09: out.append("\t")
            case 0..<0x20, 0x7F: out.append(" ")
            default: out.append(s)
            }
        }
        return out
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

    /// Leading `#` marks and `**` bold markers removed.
    static func markdown(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var start = 0
        while start < input.count, input[start] == "#" || input[start] == " " || input[start] == ">" { start += 1 }
        let hasBold = input.count > 1 && zip(input, input.dropFirst()).contains { $0 == "*" && $1 == "*" }
        if start == 0 && !hasBold { return input }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count - start)
        var i = start
        while i < input.count {
            if input[i] == "*", i + 1 < input.count, input[i + 1] == "*" { i += 2; continue }
            out.append(input[i])
            i += 1
        }
        return out
    }

    /// Runs of spaces collapsed, removed next to tight characters, between CJK and
    /// digits or letters, and between ideographs when one side is a single
    /// letter-spaced ideograph (填 报 人); ends trimmed.
    static func spaces(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(" ") else { return input }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let s = input[i]
            guard s == " " else { out.append(s); i += 1; continue }
            var j = i
            while j < input.count, input[j] == " " { j += 1 }
            defer { i = j }
            guard i > 0, j < input.count else { continue }
            let left = input[i - 1], right = input[j]
            if keepSpace(left: left, right: right, input: input, leftEnd: i - 1, rightStart: j) { out.append(" ") }
        }
        return out
    }

    private static func keepSpace(left: Unicode.Scalar, right: Unicode.Scalar, input: [Unicode.Scalar],
                                  leftEnd: Int, rightStart: Int) -> Bool {
        if Scalars.isTight(left) || Scalars.isTight(right) { return false }
        let leftCJK = Scalars.isIdeograph(left), rightCJK = Scalars.isIdeograph(right)
        if leftCJK != rightCJK { return false }
        if !leftCJK { return true }
        let leftRun = leftEnd == 0 || !Scalars.isIdeograph(input[leftEnd - 1])
        let rightRun = rightStart + 1 >= input.count || !Scalars.isIdeograph(input[rightStart + 1])
        return !(leftRun || rightRun)
    }
}
