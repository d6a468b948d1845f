/// Recursive-descent parser of the formula language, with static type checks.
///
/// Precedence, lowest first: `or`, `and`, `not`, one comparison, `+ -`, `* /`,
/// unary minus, then numbers, names, calls and parentheses.
struct ExpressionParser {
    typealias Typed = (node: ExpressionNode, type: ExpressionNode.ValueType)

    private let tokens: [ExpressionToken]
    private let source: [Character]
    private var index = 0
    private var depth = 0
    /// Figures named, in order of first use (one per canonical id).
    private(set) var references: [FigureReference] = []

    init(text: String) throws(ExpressionError) {
        tokens = try ExpressionLexer.tokens(of: text)
        source = Array(text)
    }

    /// Parses the whole text.
    mutating func parse() throws(ExpressionError) -> Typed {
        if current.kind == .end { throw ExpressionError(message: ExpressionMessages.empty, column: 1) }
        let result = try parseOr()
        switch current.kind {
        case .end: return result
        case .rightParen: throw error(ExpressionMessages.unexpectedRightParen)
        case .comma: throw error(ExpressionMessages.unexpectedToken(current.text))
        default: throw error(ExpressionMessages.missingOperator)
        }
    }

    private var current: ExpressionToken { tokens[index] }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func error(_ message: String, at token: ExpressionToken? = nil) -> ExpressionError {
        ExpressionError(message: message, column: (token ?? current).column)
    }

    private func requireTruth(_ operand: Typed, _ op: ExpressionToken) throws(ExpressionError) {
        if operand.type != .truth { throw error(ExpressionMessages.logicOnNumber, at: op) }
    }

    private func requireNumber(_ operand: Typed, _ op: ExpressionToken, _ message: String) throws(ExpressionError) {
        if operand.type != .number { throw error(message, at: op) }
    }

    /// `or` chains of `and` chains.
    mutating func parseOr() throws(ExpressionError) -> Typed { try parseLogical(or: true) }

    private mutating func parseLogical(or: Bool) throws(ExpressionError) -> Typed {
        let kind: ExpressionToken.Kind = or ? .or : .and
        var left = or ? try parseLogical(or: false) : try parseNot()
        while current.kind == kind {
            let op = advance()
            let right = or ? try parseLogical(or: false) : try parseNot()
            try requireTruth(left, op)
            try requireTruth(right, op)
            left = (or ? .or(left.node, right.node) : .and(left.node, right.node), .truth)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> Typed {
        guard current.kind == .not else { return try parseComparison() }
        let op = advance()
        let operand = try parseNot()
        try requireTruth(operand, op)
        return (.not(operand.node), .truth)
    }

    private mutating func parseComparison() throws(ExpressionError) -> Typed {
        let left = try parseAdditive()
        guard case .comparison(let comparison) = current.kind else { return left }
        let op = advance()
        let right = try parseAdditive()
        try requireNumber(left, op, ExpressionMessages.compareTruth)
        try requireNumber(right, op, ExpressionMessages.compareTruth)
        if case .comparison = current.kind { throw error(ExpressionMessages.chainedComparison) }
        return (.compare(comparison, left.node, right.node), .truth)
    }

    private mutating func parseAdditive() throws(ExpressionError) -> Typed {
        var left = try parseMultiplicative()
        while current.kind == .plus || current.kind == .minus {
            let op = advance()
            let right = try parseMultiplicative()
            try requireNumber(left, op, ExpressionMessages.arithmeticOnTruth)
            try requireNumber(right, op, ExpressionMessages.arithmeticOnTruth)
            left = (op.kind == .plus ? .add(left.node, right.node) : .subtract(left.node, right.node), .number)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(ExpressionError) -> Typed {
        var left = try parseUnary()
        while current.kind == .times || current.kind == .divide {
            let op = advance()
            let start = current
            let right = try parseUnary()
            try requireNumber(left, op, ExpressionMessages.arithmeticOnTruth)
            try requireNumber(right, op, ExpressionMessages.arithmeticOnTruth)
            if op.kind == .times {
                left = (.multiply(left.node, right.node), .number)
            } else {
                let reason = ExpressionMessages.zeroDivisor(divisorText(right.node, from: start))
                left = (.divide(left.node, right.node, zeroReason: reason), .number)
            }
        }
        return left
    }

    /// Parses `(arg, …)`; the current token is `(`.
    mutating func parseArguments() throws(ExpressionError) -> [Typed] {
        _ = advance()
        depth += 1
        defer { depth -= 1 }
        var arguments: [Typed] = []
        if current.kind == .rightParen {
            _ = advance()
            return arguments
        }
        while true {
            arguments.append(try parseOr())
            switch current.kind {
            case .comma: _ = advance()
            case .rightParen:
                _ = advance()
                return arguments
            case .end: throw error(ExpressionMessages.missingRightParen)
            default: throw error(ExpressionMessages.missingOperator)
            }
        }
    }

    /// The index of the figure in `references`, adding it on first use.
    private mutating func reference(written: String, bare: String) -> Int {
        let reference = FigureReference(written: written, bare: bare)
        if let existing = references.firstIndex(where: { $0.id == reference.id }) { return existing }
        references.append(reference)
        return references.count - 1
    }

    /// How a divisor is named in messages: a figure's label, else its text.
    private func divisorText(_ node: ExpressionNode, from start: ExpressionToken) -> String {
        if case .figure(let index) = node { return references[index].label }
        let last = tokens[max(0, index - 1)]
        let lower = min(source.count, start.column - 1)
        let upper = min(source.count, max(lower, last.column - 1 + last.text.count))
        return String(source[lower..<upper])
    }

    private mutating func parseUnary() throws(ExpressionError) -> Typed {
        guard current.kind == .minus || current.kind == .plus else { return try parsePrimary() }
        let op = advance()
        let operand = try parseUnary()
        try requireNumber(operand, op, ExpressionMessages.arithmeticOnTruth)
        return op.kind == .minus ? (.negate(operand.node), .number) : operand
    }

    private mutating func parsePrimary() throws(ExpressionError) -> Typed {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return (.number(value), .number)
        case .name(let written, let bare):
            _ = advance()
            if current.kind == .leftParen { return try parseCall(token, name: bare) }
            return (.figure(reference(written: written, bare: bare)), .number)
        case .leftParen:
            _ = advance()
            depth += 1
            let inner = try parseOr()
            guard current.kind == .rightParen else {
                throw error(
                    current.kind == .end || current.kind == .comma
                        ? ExpressionMessages.missingRightParen : ExpressionMessages.missingOperator)
            }
            _ = advance()
            depth -= 1
            return inner
        case .rightParen where depth == 0:
            throw error(ExpressionMessages.unexpectedRightParen)
        case .end, .rightParen, .comma, .plus, .minus, .times, .divide, .comparison, .and, .or:
            throw error(ExpressionMessages.missingOperand)
        case .not:
            throw error(ExpressionMessages.unexpectedToken(token.text))
        }
    }
}
