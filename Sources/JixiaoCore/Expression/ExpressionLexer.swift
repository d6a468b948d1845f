/// Splits a formula into tokens. Full-width forms (１２３, ＜, （）, ％) are read
/// as their ASCII twins; columns count characters from 1.
struct ExpressionLexer {
    private let chars: [Character]
    private var position = 0

    init(_ text: String) {
        chars = text.map { ch in
            let scalars = ch.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { return ch }
            return Character(HalfWidth.fold(scalar))
        }
    }

    /// All tokens, ending with `.end`.
    static func tokens(of text: String) throws(ExpressionError) -> [ExpressionToken] {
        var lexer = ExpressionLexer(text)
        var tokens: [ExpressionToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private static let closers: [Character: Character] = [
        "`": "`", "「": "」", "『": "』", "“": "”", "\"": "\"", "‘": "’",
    ]

    private func peek(_ offset: Int = 0) -> Character? {
        position + offset < chars.count ? chars[position + offset] : nil
    }

    private static func isNameCharacter(_ ch: Character) -> Bool {
        ch.isLetter || ch.isNumber || ch == "_"
    }

    private static func isDigit(_ ch: Character?) -> Bool {
        guard let ch, ch.isASCII else { return false }
        return ch.isNumber
    }

    private mutating func next() throws(ExpressionError) -> ExpressionToken {
        while let ch = peek(), ch.isWhitespace { position += 1 }
        let column = position + 1
        guard let ch = peek() else { return ExpressionToken(kind: .end, column: column, text: "") }
        if Self.isDigit(ch) || (ch == "." && Self.isDigit(peek(1))) { return try number(column) }
        if ch.isLetter || ch == "_" || Self.closers[ch] != nil { return try name(column) }
        if let (kind, length) = Self.symbol(ch, peek(1)) {
            let text = String(chars[position..<position + length])
            position += length
            return ExpressionToken(kind: kind, column: column, text: text)
        }
        throw ExpressionError(message: ExpressionMessages.unexpected(String(ch)), column: column)
    }

    /// The operator or punctuation starting with `ch`, and how many characters it spans.
    private static func symbol(_ ch: Character, _ next: Character?) -> (ExpressionToken.Kind, Int)? {
        switch ch {
        case "+": return (.plus, 1)
        case "-", "−", "–": return (.minus, 1)
        case "*", "×", "·": return (.times, 1)
        case "/", "÷": return (.divide, 1)
        case "(": return (.leftParen, 1)
        case ")": return (.rightParen, 1)
        case ",", "、": return (.comma, 1)
        case "≤": return (.comparison(.lessOrEqual), 1)
        case "≥": return (.comparison(.greaterOrEqual), 1)
        case "≠": return (.comparison(.notEqual), 1)
        case "<":
            if next == "=" { return (.comparison(.lessOrEqual), 2) }
            if next == ">" { return (.comparison(.notEqual), 2) }
            return (.comparison(.less), 1)
        case ">": return next == "=" ? (.comparison(.greaterOrEqual), 2) : (.comparison(.greater), 1)
        case "=": return (.comparison(.equal), next == "=" ? 2 : 1)
        case "!": return next == "=" ? (.comparison(.notEqual), 2) : (.not, 1)
        case "&": return next == "&" ? (.and, 2) : nil
        case "|": return next == "|" ? (.or, 2) : nil
        default: return nil
        }
    }

    private mutating func number(_ column: Int) throws(ExpressionError) -> ExpressionToken {
        let start = position
        var sawPoint = false
        while let ch = peek(), Self.isDigit(ch) || ch == "." {
            if ch == "." {
                if sawPoint { throw ExpressionError(message: ExpressionMessages.badNumber, column: position + 1) }
                sawPoint = true
            }
            position += 1
        }
        let digits = String(chars[start..<position])
        guard var value = ExactDecimal(digits) else {
            throw ExpressionError(message: ExpressionMessages.badNumber, column: column)
        }
        if peek() == "%" {
            position += 1
            value = value.divided(by: .hundred) ?? value
        }
        return ExpressionToken(kind: .number(value), column: column, text: String(chars[start..<position]))
    }

    private mutating func name(_ column: Int) throws(ExpressionError) -> ExpressionToken {
        var written = ""
        var bare = ""
        while let ch = peek() {
            if Self.isNameCharacter(ch) {
                written.append(ch)
                bare.append(ch)
                position += 1
            } else if let closer = Self.closers[ch] {
                let open = position
                position += 1
                var inner = ""
                while let c = peek(), c != closer {
                    inner.append(c)
                    position += 1
                }
                guard peek() == closer else {
                    throw ExpressionError(message: ExpressionMessages.unclosedQuote, column: open + 1)
                }
                position += 1
                guard !inner.isEmpty else {
                    throw ExpressionError(message: ExpressionMessages.emptyName, column: open + 1)
                }
                written += String(ch) + inner + String(closer)
                bare += inner
            } else {
                break
            }
        }
        if written == bare {
            switch bare.lowercased() {
            case "and": return ExpressionToken(kind: .and, column: column, text: written)
            case "or": return ExpressionToken(kind: .or, column: column, text: written)
            case "not": return ExpressionToken(kind: .not, column: column, text: written)
            default: break
            }
        }
        return ExpressionToken(kind: .name(written: written, bare: bare), column: column, text: written)
    }
}
