import PropertyBased
import Testing

@testable import JixiaoCore

/// Random integer expressions printed as text evaluate to what direct computation gives.
@Suite struct ExpressionPropertyTests {
    /// A random tree built from a list of integers, with its printed form and direct value.
    private struct Tree {
        var text: String
        var value: Computation
    }

    private static func build(_ numbers: inout ArraySlice<Int>, depth: Int) -> Tree {
        let pick = numbers.popFirst() ?? 0
        if depth == 0 || numbers.count < 2 || pick.magnitude % 5 == 0 {
            let text = pick < 0 ? "(\(pick))" : "\(pick)"
            return Tree(text: text, value: .value(ExactDecimal(pick)))
        }
        let left = build(&numbers, depth: depth - 1)
        let right = build(&numbers, depth: depth - 1)
        guard case .value(let a) = left.value, case .value(let b) = right.value else {
            return Tree(text: "(\(left.text) + \(right.text))", value: left.value.decimal == nil ? left.value : right.value)
        }
        switch pick.magnitude % 7 {
        case 1: return Tree(text: "(\(left.text) + \(right.text))", value: .value(a + b))
        case 2: return Tree(text: "(\(left.text) - \(right.text))", value: .value(a - b))
        case 3: return Tree(text: "(\(left.text) * \(right.text))", value: .value(a * b))
        case 4: return Tree(text: "min(\(left.text), \(right.text))", value: .value(Swift.min(a, b)))
        case 5: return Tree(text: "abs(\(left.text) - \(right.text))", value: .value((a - b).magnitude))
        default: return Tree(text: "max(\(left.text), \(right.text))", value: .value(Swift.max(a, b)))
        }
    }

    @Test func printedExpressionsEvaluateLikeDirectComputation() async {
        await propertyCheck(input: Gen.int(in: -1000...1000).array(of: 1...40)) { numbers in
            var slice = numbers[...]
            let tree = Self.build(&slice, depth: 5)
            let parsed = try Expression(tree.text)
            #expect(parsed.evaluate { _ in nil } == tree.value, "\(tree.text)")
        }
    }

    private static func eval(_ text: String) throws -> Computation {
        try Expression(text).evaluate(Figures())
    }

    @Test func precedenceWithoutParenthesesMatchesArithmetic() async {
        await propertyCheck(input: Gen.int(in: -99...99), Gen.int(in: -99...99), Gen.int(in: -99...99)) { a, b, c in
            let (x, y, z) = (ExactDecimal(a), ExactDecimal(b), ExactDecimal(c))
            let results = try ["\(a) + \(b) * \(c)", "\(a) - \(b) - \(c)", "\(a) * \(b) - \(c)"].map(Self.eval)
            #expect(results == [.value(x + y * z), .value(x - y - z), .value(x * y - z)])
        }
    }
}
