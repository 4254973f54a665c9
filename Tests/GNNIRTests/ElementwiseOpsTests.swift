// The element-wise entries of the op table, checked entry by entry: a new function is covered here
// (and by every test that runs everyElementwiseFunctionSpec) without editing a test.
import XCTest
import GNNIR
import GNNTestSupport

final class ElementwiseOpsTests: XCTestCase {
    /// Points inside each function's domain, away from the kinks at 0.
    static func samples(_ f: UnaryFunction) -> [Double] {
        f.requiresPositive ? [0.07, 0.3, 1, 2.5, 9] : [-4, -1.3, -0.2, 0.15, 0.9, 3.7]
    }

    static func defaults(_ f: UnaryFunction) -> [Double] { f.attributes.map(\.sampleValue) }

    /// f' is the derivative of f: central differences of the float64 value at every sample.
    /// Read off the C bodies: the functions whose C calls libm, and those that are arithmetic.
    func testWhichFunctionsCallTheMathLibrary() {
        let calls = Set(UnaryOp.allCases.filter { $0.function.callsMathLibrary })
        XCTAssertTrue(calls.isSuperset(of: [.exp, .log, .sigmoid, .tanh, .pow, .gelu, .silu, .softplus, .elu]), "\(calls)")
        XCTAssertTrue(calls.isDisjoint(with: [.relu, .leakyRelu, .neg, .abs, .square, .clamp, .step]), "\(calls)")
    }

    func testEveryUnaryDerivativeMatchesFiniteDifferences() {
        for u in UnaryOp.allCases {
            let f = u.function, a = Self.defaults(f)
            for x in Self.samples(f) {
                let h = 1e-6 * max(1, abs(x))
                let numeric = (f.value(x + h, a) - f.value(x - h, a)) / (2 * h)
                XCTAssertEqual(f.derivative(x, a), numeric, accuracy: 1e-6 * max(1, abs(numeric)), "\(u) at \(x)")
            }
        }
    }

    /// The IR and the spec language spell each function once; the C helpers are named after it and
    /// take its attributes in order.
    func testNamesAndCDefinitionsFollowTheTable() {
        var specNames = Set<String>()
        for u in UnaryOp.allCases {
            let f = u.function
            if let name = f.specName { XCTAssertTrue(specNames.insert(name).inserted, "\(name) twice") }
            XCTAssertEqual(Opcode.unary(u).description, u.rawValue)
            XCTAssertEqual(Opcode(name: u.rawValue), .unary(u))
            XCTAssertEqual(Opcode(name: u.rawValue + "_grad"), .unaryGrad(u))
            let params = (["x"] + f.attributes.map(\.name)).map { "float \($0)" }.joined(separator: ", ")
            XCTAssertTrue(f.cDefinition.hasPrefix("GNNC_INLINE float gnnc_\(u.rawValue)(\(params)) { "), f.cDefinition)
            XCTAssertTrue(f.cGradDefinition.hasPrefix("GNNC_INLINE float gnnc_\(u.rawValue)_grad(float g, "), f.cGradDefinition)
        }
    }

    /// A function's attributes are required in the IR, whatever default the spec language fills in.
    func testTypeRuleRequiresEveryAttribute() {
        for u in UnaryOp.allCases where !u.function.attributes.isEmpty {
            let t = TensorType.node([Dim(4)])
            XCTAssertThrowsError(try TypeRules.resultType(.unary(u), [t], Attributes()), "\(u) without attributes")
            XCTAssertThrowsError(try TypeRules.resultType(.unaryGrad(u), [t, t], Attributes()), "\(u)_grad without attributes")
            var attrs = Attributes()
            for a in u.function.attributes { attrs[a.name] = .float(0.5) }
            XCTAssertEqual(try TypeRules.resultType(.unary(u), [t], attrs), t)
        }
    }

    /// A linear function's backward is the function itself: f(a x + b y) = a f(x) + b f(y).
    func testLinearFunctionsAreLinear() {
        for u in UnaryOp.allCases where u.function.linear {
            let f = u.function, a = Self.defaults(f)
            XCTAssertEqual(f.value(2 * 0.7 - 3 * 1.1, a), 2 * f.value(0.7, a) - 3 * f.value(1.1, a), accuracy: 1e-12, "\(u)")
        }
    }

    /// The identities canonicalize removes and the commutativity cse relies on hold in float64.
    func testBinaryIdentitiesAndCommutativityHold() {
        for b in BinaryOp.allCases {
            let f = b.function
            for x in [-2.5, 0, 0.75, 3] {
                if let c = f.rightIdentity { XCTAssertEqual(f.value(x, c), x, "\(b): x \(b) \(c)") }
                if let c = f.leftIdentity { XCTAssertEqual(f.value(c, x), x, "\(b): \(c) \(b) x") }
                if f.commutative { XCTAssertEqual(f.value(x, 1.25), f.value(1.25, x), "\(b)") }
            }
            XCTAssertEqual(f.c("a", "b").contains("a") && f.c("a", "b").contains("b"), true, "\(b)")
        }
    }

    /// softplus(x) = log(1 + e^x), exactly at 0 and without overflow or cancellation far from it
    /// (PyTorch's torch.nn.functional.softplus with beta 1: 0.6931..., 100, 3.7e-44).
    func testSoftplusKnownValues() {
        let f = UnaryOp.softplus.function
        XCTAssertEqual(f.value(0, []), 0.6931471805599453, accuracy: 1e-15)
        XCTAssertEqual(f.value(100, []), 100, accuracy: 1e-12)
        XCTAssertEqual(f.value(-100, []), 3.720075976020836e-44, accuracy: 1e-57)
        XCTAssertEqual(f.value(1.5, []), 1.7014132779827524, accuracy: 1e-15)
        XCTAssertEqual(f.derivative(0, []), 0.5)
        XCTAssertEqual(f.specName, "softplus")
    }

    /// PyTorch's values (torch.nn.functional.gelu, silu, selu; torch.sqrt, abs, pow, clamp), in
    /// float64, and the derivatives at a few points.
    func testNewUnaryFunctionsKnownValues() {
        func v(_ u: UnaryOp, _ x: Double, _ a: [Double] = []) -> Double { u.function.value(x, a) }
        func d(_ u: UnaryOp, _ x: Double, _ a: [Double] = []) -> Double { u.function.derivative(x, a) }
        XCTAssertEqual(v(.gelu, 1), 0.8413447460685429, accuracy: 1e-15)
        XCTAssertEqual(v(.gelu, -1), -0.15865525393145707, accuracy: 1e-15)
        XCTAssertEqual(v(.gelu, 0), 0)
        // erfc keeps gelu's tail, where 1 + erf(x/√2) would cancel to 0: -10 Φ(-10) = -7.62e-23.
        XCTAssertEqual(v(.gelu, -10), -7.619853024160593e-23, accuracy: 1e-35)
        XCTAssertEqual(d(.gelu, 0), 0.5)
        XCTAssertEqual(d(.gelu, 1), 1.0833154705876864, accuracy: 1e-14)
        XCTAssertEqual(v(.silu, 1), 0.7310585786300049, accuracy: 1e-15)
        XCTAssertEqual(v(.silu, -2), -0.2384058440442351, accuracy: 1e-15)
        XCTAssertEqual(v(.silu, -1000), 0)
        XCTAssertEqual(d(.silu, 0), 0.5)
        XCTAssertEqual(v(.selu, 1), 1.0507009873554805, accuracy: 1e-15)
        XCTAssertEqual(v(.selu, -1), -1.1113307378125625, accuracy: 1e-15)
        XCTAssertEqual(v(.selu, -100), -1.7580993408473766, accuracy: 1e-15)
        XCTAssertEqual(v(.sqrt, 2), 1.4142135623730951)
        XCTAssertEqual(d(.sqrt, 4), 0.25)
        XCTAssertEqual(v(.abs, -2.5), 2.5)
        XCTAssertEqual(d(.abs, -2.5), -1)
        XCTAssertEqual(d(.abs, 0), 0, "abs'(0) = sign(0) = 0, as PyTorch")
        XCTAssertEqual(v(.square, -3), 9)
        XCTAssertEqual(d(.square, -3), -6)
        XCTAssertEqual(v(.pow, 2, [3]), 8)
        XCTAssertEqual(v(.pow, 4, [0.5]), 2)
        XCTAssertEqual(d(.pow, 2, [3]), 12)
        XCTAssertEqual(d(.pow, 4, [-1]), -1.0 / 16)
        XCTAssertEqual(v(.clamp, -3, [-1, 2]), -1)
        XCTAssertEqual(v(.clamp, 0.5, [-1, 2]), 0.5)
        XCTAssertEqual(v(.clamp, 7, [-1, 2]), 2)
        XCTAssertEqual(d(.clamp, 0.5, [-1, 2]), 1)
        XCTAssertEqual(d(.clamp, -3, [-1, 2]), 0)
        XCTAssertEqual(d(.clamp, 7, [-1, 2]), 0)
        XCTAssertEqual(d(.clamp, 2, [-1, 2]), 1, "the bounds pass the gradient, as PyTorch's clamp")
        XCTAssertEqual(v(.step, 3), 1)
        XCTAssertEqual(v(.step, -3), 0)
        XCTAssertEqual(v(.step, 0), 0.5)
        XCTAssertNil(UnaryOp.step.function.specName, "step is internal")
        XCTAssertEqual(UnaryOp.pow.function.attributes.map(\.name), ["p"])
        XCTAssertNil(UnaryOp.pow.function.attributes[0].defaultValue, "pow's p has no default")
        XCTAssertEqual(UnaryOp.clamp.function.attributes.map(\.name), ["lo", "hi"])
    }

    /// max and min: their spec names, values, commutativity, and no name shared with a unary function
    /// or a language built-in's IR name.
    func testMaxAndMinAreNamedBinaryFunctions() {
        let max = BinaryOp.maximum.function, min = BinaryOp.minimum.function
        XCTAssertEqual(max.specName, "max")
        XCTAssertEqual(min.specName, "min")
        XCTAssertEqual(max.value(-1, 2), 2)
        XCTAssertEqual(min.value(-1, 2), -1)
        XCTAssertTrue(max.commutative && min.commutative)
        XCTAssertEqual(max.c("a", "b"), "fmaxf(a, b)")
        XCTAssertEqual(min.c("a", "b"), "fminf(a, b)")
        XCTAssertEqual(Opcode(name: "maximum"), .binary(.maximum))
        XCTAssertEqual(Opcode(name: "minimum"), .binary(.minimum))
        for b in [BinaryOp.add, .sub, .mul, .div] { XCTAssertNil(b.function.specName, "\(b) is an operator") }
        let unaryNames = Set(UnaryOp.allCases.compactMap(\.function.specName))
        XCTAssertTrue(unaryNames.isDisjoint(with: BinaryOp.allCases.compactMap(\.function.specName)))
    }

    /// The generated spec names every function the language has.
    func testGeneratedSpecCallsEveryNamedFunction() {
        let spec = everyElementwiseFunctionSpec()
        for u in UnaryOp.allCases {
            guard let name = u.function.specName else { continue }
            XCTAssertTrue(spec.contains("\(name)("), name)
        }
        for b in BinaryOp.allCases {
            guard let name = b.function.specName else { continue }
            XCTAssertTrue(spec.contains("\(name)(z, p)"), name)
        }
        XCTAssertTrue(spec.contains("pow(p, 1.5)") && spec.contains("clamp(z, -1, 1)"), spec)
    }
}
