extension ExpressionParser {
    /// Parses `name(arg, …)` after the name; the current token is `(`.
    mutating func parseCall(_ nameToken: ExpressionToken, name: String) throws(ExpressionError) -> Typed {
        let function = name.lowercased()
        guard ["min", "max", "abs", "if"].contains(function) else {
            throw ExpressionError(message: ExpressionMessages.unknownFunction(name), column: nameToken.column)
        }
        let arguments = try parseArguments()
        func count(_ valid: Bool, _ expected: String) throws(ExpressionError) {
            guard valid else {
                throw ExpressionError(
                    message: ExpressionMessages.argumentCount(function, expected, arguments.count),
                    column: nameToken.column)
            }
        }
        func numbers() throws(ExpressionError) -> [ExpressionNode] {
            for argument in arguments where argument.type != .number {
                throw ExpressionError(message: ExpressionMessages.arithmeticOnTruth, column: nameToken.column)
            }
            return arguments.map(\.node)
        }
        switch function {
        case "min":
            try count(!arguments.isEmpty, "至少 1")
            return (.minimum(try numbers()), .number)
        case "max":
            try count(!arguments.isEmpty, "至少 1")
            return (.maximum(try numbers()), .number)
        case "abs":
            try count(arguments.count == 1, "1")
            return (.absolute(try numbers()[0]), .number)
        default:
            try count(arguments.count == 3, "3")
            guard arguments[0].type == .truth else {
                throw ExpressionError(message: ExpressionMessages.conditionNotTruth, column: nameToken.column)
            }
            guard arguments[1].type == arguments[2].type else {
                throw ExpressionError(message: ExpressionMessages.branchesDiffer, column: nameToken.column)
            }
            return (.conditional(arguments[0].node, arguments[1].node, arguments[2].node), arguments[1].type)
        }
    }
}
