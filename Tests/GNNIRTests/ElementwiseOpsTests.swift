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

    static func defaults(_ f: UnaryFunction) -> [Double] { f.attributes.map { $0.defaultValue ?? 0.5 } }

    /// f' is the derivative of f: central differences of the float64 value at every sample.
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

    /// The generated spec names every function the language has.
    func testGeneratedSpecCallsEveryNamedFunction() {
        let spec = everyElementwiseFunctionSpec()
        for u in UnaryOp.allCases {
            guard let name = u.function.specName else { continue }
            XCTAssertTrue(spec.contains("\(name)("), name)
        }
    }
}
