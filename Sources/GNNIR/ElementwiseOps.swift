// The element-wise functions of the graph IR, each described once: spec name, attributes and their
// defaults, float64 value and derivative, the C body both emitters use, cost and backward rule.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The C library's functions under names the cases below (exp, log, tanh) do not shadow.
private func fexp(_ x: Double) -> Double { exp(x) }
private func flog(_ x: Double) -> Double { log(x) }
private func ftanh(_ x: Double) -> Double { tanh(x) }
private func flog1p(_ x: Double) -> Double { log1p(x) }
private func fexpm1(_ x: Double) -> Double { expm1(x) }
private func ferfc(_ x: Double) -> Double { erfc(x) }
private func fpow(_ x: Double, _ p: Double) -> Double { pow(x, p) }
private func fabs(_ x: Double) -> Double { Swift.abs(x) }

/// The Heaviside step with H(0) = 1/2: the mask max and min route their gradient by, so a tie
/// splits it evenly between the operands (PyTorch's rule for torch.maximum and torch.minimum).
private func heaviside(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? 0 : 0.5) }

/// SELU's constants (Klambauer et al. 2017, as torch.nn.SELU has them).
private let seluAlpha = 1.6732632423543772848170429916717
private let seluScale = 1.0507009873554804934193349852946

/// A number an element-wise function takes besides its operand (leaky_relu's slope). The IR always
/// carries it as an attribute; the spec language fills in the default when it is not written.
public struct ScalarAttribute: Sendable, Hashable {
    public let name: String
    public let defaultValue: Double?
    /// The value the generated tests give an attribute that has no default (pow's p, clamp's
    /// bounds), chosen so that the tests' sample points stay away from the function's kinks.
    public let sampleValue: Double
    public init(_ name: String, default value: Double? = nil, sample: Double? = nil) {
        self.name = name; defaultValue = value; sampleValue = sample ?? value ?? 0.5
    }
}

public enum UnaryOp: String, Sendable, Hashable, CaseIterable {
    case relu, leakyRelu = "leaky_relu", elu, sigmoid, tanh, exp, log, rsqrt, neg, softplus
    case sqrt, abs, square, pow, clamp, gelu, silu, selu, step

    /// The description every stage reads; adding a case here and its entry below is the whole of
    /// adding an element-wise function (the spec language, printer, parser, verifier, autodiff,
    /// reference, constant folding, FLOP count and both emitters read it).
    public var function: UnaryFunction {
        switch self {
        case .relu:
            return UnaryFunction(self, value: { x, _ in max(x, 0) }, derivative: { x, _ in x > 0 ? 1 : 0 },
                                 c: "return x > 0.0f ? x : 0.0f;", cGrad: "return x > 0.0f ? g : 0.0f;")
        case .leakyRelu:
            return UnaryFunction(self, attributes: [ScalarAttribute("slope", default: 0.01)],
                                 value: { x, a in x > 0 ? x : a[0] * x }, derivative: { x, a in x > 0 ? 1 : a[0] },
                                 c: "return x > 0.0f ? x : slope * x;", cGrad: "return x > 0.0f ? g : slope * g;")
        case .elu:
            return UnaryFunction(self, attributes: [ScalarAttribute("alpha", default: 1)],
                                 value: { x, a in x > 0 ? x : a[0] * (fexp(x) - 1) }, derivative: { x, a in x > 0 ? 1 : a[0] * fexp(x) },
                                 c: "return x > 0.0f ? x : alpha * (expf(x) - 1.0f);", cGrad: "return x > 0.0f ? g : g * alpha * expf(x);")
        case .sigmoid:
            return UnaryFunction(self, value: { x, _ in 1 / (1 + fexp(-x)) },
                                 derivative: { x, _ in let s = 1 / (1 + fexp(-x)); return s * (1 - s) },
                                 c: "return 1.0f / (1.0f + expf(-x));",
                                 cGrad: "float s = 1.0f / (1.0f + expf(-x)); return g * s * (1.0f - s);")
        case .tanh:
            return UnaryFunction(self, value: { x, _ in ftanh(x) }, derivative: { x, _ in let t = ftanh(x); return 1 - t * t },
                                 c: "return tanhf(x);", cGrad: "float t = tanhf(x); return g * (1.0f - t * t);")
        case .exp:
            return UnaryFunction(self, value: { x, _ in fexp(x) }, derivative: { x, _ in fexp(x) },
                                 c: "return expf(x);", cGrad: "return g * expf(x);")
        case .log:
            return UnaryFunction(self, requiresPositive: true, value: { x, _ in flog(x) }, derivative: { x, _ in 1 / x },
                                 c: "return logf(x);", cGrad: "return g / x;")
        case .rsqrt:
            return UnaryFunction(self, requiresPositive: true, value: { x, _ in 1 / x.squareRoot() }, derivative: { x, _ in -0.5 / (x * x.squareRoot()) },
                                 c: "return 1.0f / sqrtf(x);", cGrad: "return g * -0.5f / (x * sqrtf(x));")
        case .neg:
            // Linear, so its backward is itself applied to the gradient (no neg_grad is built).
            return UnaryFunction(self, specName: nil, linear: true, value: { x, _ in -x }, derivative: { _, _ in -1 },
                                 c: "return -x;", cGrad: "return -g;")
        case .softplus:
            // log(1 + e^x) as max(x, 0) + log1p(e^-|x|): no overflow for large x, no lost digits for
            // very negative x; its derivative is the sigmoid.
            return UnaryFunction(self, value: { x, _ in max(x, 0) + flog1p(fexp(-fabs(x))) }, derivative: { x, _ in 1 / (1 + fexp(-x)) },
                                 c: "return fmaxf(x, 0.0f) + log1pf(expf(-fabsf(x)));", cGrad: "return g / (1.0f + expf(-x));")
        case .sqrt:
            return UnaryFunction(self, requiresPositive: true, value: { x, _ in x.squareRoot() }, derivative: { x, _ in 0.5 / x.squareRoot() },
                                 c: "return sqrtf(x);", cGrad: "return g * 0.5f / sqrtf(x);")
        case .abs:
            // The derivative at 0 is 0 (the subgradient PyTorch picks: sign(x)).
            return UnaryFunction(self, value: { x, _ in fabs(x) }, derivative: { x, _ in x > 0 ? 1 : (x < 0 ? -1 : 0) },
                                 c: "return fabsf(x);", cGrad: "return x > 0.0f ? g : (x < 0.0f ? -g : 0.0f);")
        case .square:
            return UnaryFunction(self, value: { x, _ in x * x }, derivative: { x, _ in 2 * x },
                                 c: "return x * x;", cGrad: "return g * 2.0f * x;")
        case .pow:
            // x^p for any real p is real only for x > 0 (an integer p also takes x <= 0, as powf
            // does); the tests feed it positive values. p has no default.
            return UnaryFunction(self, attributes: [ScalarAttribute("p", sample: 1.5)], requiresPositive: true,
                                 value: { x, a in fpow(x, a[0]) }, derivative: { x, a in a[0] * fpow(x, a[0] - 1) },
                                 c: "return powf(x, p);", cGrad: "return g * p * powf(x, p - 1.0f);")
        case .clamp:
            // min(max(x, lo), hi); the gradient passes where lo <= x <= hi, bounds included, as
            // PyTorch's clamp does (so lo > hi gives hi everywhere and no gradient).
            return UnaryFunction(self, attributes: [ScalarAttribute("lo", sample: -1), ScalarAttribute("hi", sample: 1)],
                                 value: { x, a in min(max(x, a[0]), a[1]) }, derivative: { x, a in x >= a[0] && x <= a[1] ? 1 : 0 },
                                 c: "return fminf(fmaxf(x, lo), hi);", cGrad: "return x >= lo && x <= hi ? g : 0.0f;")
        case .gelu:
            // PyTorch's exact GELU, x Φ(x) = x/2 (1 + erf(x/√2)), written with erfc(-x/√2) so that
            // very negative x keeps its digits (1 + erf cancels to 0 there); the derivative is
            // Φ(x) + x φ(x).
            return UnaryFunction(self, value: { x, _ in 0.5 * x * ferfc(-x * 0.5.squareRoot()) },
                                 derivative: { x, _ in 0.5 * ferfc(-x * 0.5.squareRoot()) + x * fexp(-0.5 * x * x) / (2 * Double.pi).squareRoot() },
                                 c: "return 0.5f * x * erfcf(-x * 0.70710678118654752f);",
                                 cGrad: "return g * (0.5f * erfcf(-x * 0.70710678118654752f) + x * 0.39894228040143268f * expf(-0.5f * x * x));",
                                 flops: 4)
        case .silu:
            // x sigmoid(x) as x / (1 + e^-x): e^-x overflows to inf for very negative x, giving -0.
            return UnaryFunction(self, value: { x, _ in x / (1 + fexp(-x)) },
                                 derivative: { x, _ in let s = 1 / (1 + fexp(-x)); return s * (1 + x * (1 - s)) },
                                 c: "return x / (1.0f + expf(-x));",
                                 cGrad: "float s = 1.0f / (1.0f + expf(-x)); return g * s * (1.0f + x * (1.0f - s));", flops: 3)
        case .selu:
            // scale (x > 0 ? x : alpha (e^x - 1)) with PyTorch's constants; expm1 keeps the digits
            // near 0.
            return UnaryFunction(self, value: { x, _ in seluScale * (x > 0 ? x : seluAlpha * fexpm1(x)) },
                                 derivative: { x, _ in x > 0 ? seluScale : seluScale * seluAlpha * fexp(x) },
                                 c: "return x > 0.0f ? 1.05070098735548049f * x : 1.75809934084737685f * expm1f(x);",
                                 cGrad: "return x > 0.0f ? g * 1.05070098735548049f : g * 1.75809934084737685f * expf(x);", flops: 2)
        case .step:
            // Internal (no spec name): the mask of max's and min's backward, 1 for x > 0, 0 for
            // x < 0 and 1/2 at 0, so that a tie splits the gradient. Piecewise constant.
            return UnaryFunction(self, specName: nil, value: { x, _ in heaviside(x) }, derivative: { _, _ in 0 },
                                 c: "return x > 0.0f ? 1.0f : (x < 0.0f ? 0.0f : 0.5f);", cGrad: "return 0.0f;")
        }
    }
}

/// One element-wise function of one operand.
public struct UnaryFunction: Sendable {
    public let op: UnaryOp
    /// Its name in the spec language (`leaky_relu(x, 0.2)`); nil when the language spells it
    /// otherwise (`-x`).
    public let specName: String?
    public let attributes: [ScalarAttribute]
    /// f(a x + b y) = a f(x) + b f(y): its backward applies f itself to the gradient, and it
    /// commutes with a dense transform (transform-before-aggregate moves products through it).
    public let linear: Bool
    /// Real and smooth only for x > 0 (log, rsqrt): what tests and generated models feed it.
    public let requiresPositive: Bool
    /// f(x) in float64, for the reference interpreter and constant folding; the attributes in order.
    public let value: @Sendable (Double, [Double]) -> Double
    /// f'(x) in float64, the reference's `<f>_grad` (g times this).
    public let derivative: @Sendable (Double, [Double]) -> Double
    /// Body of `float gnnc_<name>(float x, float <attribute>...)` in C and CUDA alike.
    public let cBody: String
    /// Body of `float gnnc_<name>_grad(float g, float x, float <attribute>...)`: g * f'(x).
    public let cGradBody: String
    /// Floating-point operations per element (an elementary function counts as one).
    public let flops: Int

    /// Whether its C (value or gradient) calls the math library (`expf`, `tanhf`, `powf`, ...), read
    /// off the bodies above: a call clobbers every vector register, so a CPU kernel that keeps
    /// values in registers across a loop must not have one in that loop.
    public var callsMathLibrary: Bool {
        let inline: Set<String> = ["fabsf", "fmaxf", "fminf"]
        return [cBody, cGradBody].contains { body in
            var name = ""
            for ch in body {
                if ch == "(" && name.hasSuffix("f") && !inline.contains(name) { return true }
                name = ch.isLetter || ch.isNumber || ch == "_" ? name + String(ch) : ""
            }
            return false
        }
    }

    init(_ op: UnaryOp, specName: String? = "", attributes: [ScalarAttribute] = [], linear: Bool = false, requiresPositive: Bool = false,
         value: @escaping @Sendable (Double, [Double]) -> Double, derivative: @escaping @Sendable (Double, [Double]) -> Double,
         c: String, cGrad: String, flops: Int = 1) {
        self.op = op
        self.specName = specName == "" ? op.rawValue : specName
        self.attributes = attributes; self.linear = linear; self.requiresPositive = requiresPositive; self.value = value; self.derivative = derivative
        cBody = c; cGradBody = cGrad; self.flops = flops
    }

    /// The attribute values in order, or nil when one is missing or not a number.
    public func arguments(_ attrs: Attributes) -> [Double]? {
        var out: [Double] = []
        for a in attributes {
            guard let v = attrs[a.name]?.asDouble else { return nil }
            out.append(v)
        }
        return out
    }

    /// f as a float64 function of x, nil when an attribute is missing.
    public func evaluator(_ attrs: Attributes) -> ((Double) -> Double)? {
        guard let args = arguments(attrs) else { return nil }
        let f = value
        return { f($0, args) }
    }

    /// g * f'(x) as a float64 function, nil when an attribute is missing.
    public func gradientEvaluator(_ attrs: Attributes) -> ((Double, Double) -> Double)? {
        guard let args = arguments(attrs) else { return nil }
        let d = derivative
        return { g, x in g * d(x, args) }
    }

    /// The C helpers' names.
    public var cName: String { "gnnc_\(op.rawValue)" }
    public var cGradName: String { "gnnc_\(op.rawValue)_grad" }

    /// `GNNC_INLINE float gnnc_<name>(float x, ...) { body }` (and the gradient's), emitted once
    /// per program that uses them.
    public var cDefinition: String { "GNNC_INLINE float \(cName)(\((["x"] + attributes.map(\.name)).map { "float \($0)" }.joined(separator: ", "))) { \(cBody) }" }
    public var cGradDefinition: String {
        "GNNC_INLINE float \(cGradName)(\((["g", "x"] + attributes.map(\.name)).map { "float \($0)" }.joined(separator: ", "))) { \(cGradBody) }"
    }

    /// Checks the attributes an op of this function carries (every one present and a number).
    func checkAttributes(_ attrs: Attributes, grad: Bool) throws(TypeRuleError) {
        for a in attributes where attrs[a.name]?.asDouble == nil {
            let article = "aeiou".contains(a.name.first ?? "x") ? "an" : "a"
            throw TypeRuleError(.attribute, "\(op.rawValue)\(grad ? "_grad" : "") needs \(article) \(a.name)")
        }
    }
}

public enum BinaryOp: String, Sendable, Hashable, CaseIterable {
    case add, sub, mul, div
    /// `max(x, y)` and `min(x, y)` in the spec language; `maximum` and `minimum` in the IR (as in
    /// torch.maximum), apart from the kernel IR's own `max` and `min`.
    case maximum, minimum

    /// The description every stage reads (see UnaryOp.function).
    public var function: BinaryFunction {
        switch self {
        case .add:
            return BinaryFunction(self, value: (+), c: { "(\($0) + \($1))" }, commutative: true, leftIdentity: 0, rightIdentity: 0) { d, _, a, b, g throws(AutodiffError) in
                try d.accumulate(a, g)
                try d.accumulate(b, g)
            }
        case .sub:
            return BinaryFunction(self, value: (-), c: { "(\($0) - \($1))" }, rightIdentity: 0) { d, _, a, b, g throws(AutodiffError) in
                try d.accumulate(a, g)
                if d.needs(b) { try d.accumulate(b, try d.add(.unary(.neg), [g])) }
            }
        case .mul:
            return BinaryFunction(self, value: (*), c: { "(\($0) * \($1))" }, commutative: true, leftIdentity: 1, rightIdentity: 1) { d, _, a, b, g throws(AutodiffError) in
                if d.needs(a) { try d.accumulate(a, try d.add(.binary(.mul), [g, b])) }
                if d.needs(b) { try d.accumulate(b, try d.add(.binary(.mul), [g, a])) }
            }
        case .div:
            return BinaryFunction(self, value: (/), c: { "(\($0) / \($1))" }, rightIdentity: 1) { d, y, a, b, g throws(AutodiffError) in
                if d.needs(a) { try d.accumulate(a, try d.add(.binary(.div), [g, b])) }
                if d.needs(b) {
                    // d(a/b)/db = -(a/b)/b = -y/b
                    let gy = try d.add(.binary(.mul), [g, y])
                    try d.accumulate(b, try d.add(.unary(.neg), [try d.add(.binary(.div), [gy, b])]))
                }
            }
        case .maximum:
            return BinaryFunction(self, specName: "max", value: { Swift.max($0, $1) }, c: { "fmaxf(\($0), \($1))" }, commutative: true) { d, _, a, b, g throws(AutodiffError) in
                try routeByStep(d, a, b, g, larger: true)
            }
        case .minimum:
            return BinaryFunction(self, specName: "min", value: { Swift.min($0, $1) }, c: { "fminf(\($0), \($1))" }, commutative: true) { d, _, a, b, g throws(AutodiffError) in
                try routeByStep(d, a, b, g, larger: false)
            }
        }
    }
}

/// The backward of max (`larger: true`) and min: the gradient goes to `a` where a > b (a < b for
/// min), to `b` where b wins, and half to each at a tie, PyTorch's rule for torch.maximum and
/// torch.minimum: `a` gets g step(a - b) (step(b - a) for min) and `b` gets g minus that, with step
/// the Heaviside function with step(0) = 1/2.
private func routeByStep(_ d: GradientContext, _ a: ValueID, _ b: ValueID, _ g: ValueID, larger: Bool) throws(AutodiffError) {
    guard d.needs(a) || d.needs(b) else { return }
    let margin = try d.add(.binary(.sub), larger ? [a, b] : [b, a])
    let toA = try d.add(.binary(.mul), [g, try d.add(.unary(.step), [margin])])
    try d.accumulate(a, toA)
    if d.needs(b) { try d.accumulate(b, try d.add(.binary(.sub), [g, toA])) }
}

/// One element-wise function of two operands (numpy broadcasting).
public struct BinaryFunction: Sendable {
    public typealias Backward = @Sendable (GradientContext, _ y: ValueID, _ lhs: ValueID, _ rhs: ValueID, _ g: ValueID) throws(AutodiffError) -> Void
    public let op: BinaryOp
    /// Its name in the spec language, called like a function (`max(x, y)`); nil for the operators
    /// (`+ - * /`), which the language spells as such.
    public let specName: String?
    /// In float64, for the reference interpreter and constant folding.
    public let value: @Sendable (Double, Double) -> Double
    /// The C expression of two operand expressions, in C and CUDA alike.
    public let c: @Sendable (String, String) -> String
    /// x op y == y op x (the operand order cse ignores and canonicalize chooses).
    public let commutative: Bool
    /// c op x == x and x op c == x: the constants canonicalize removes.
    public let leftIdentity: Double?
    public let rightIdentity: Double?
    public let flops: Int
    /// Adds the operands' gradient contributions given the result's gradient `g`.
    public let backward: Backward

    init(_ op: BinaryOp, specName: String? = nil, value: @escaping @Sendable (Double, Double) -> Double, c: @escaping @Sendable (String, String) -> String,
         commutative: Bool = false, leftIdentity: Double? = nil, rightIdentity: Double? = nil, flops: Int = 1,
         backward: @escaping Backward) {
        self.op = op; self.specName = specName; self.value = value; self.c = c; self.commutative = commutative
        self.leftIdentity = leftIdentity; self.rightIdentity = rightIdentity; self.flops = flops; self.backward = backward
    }
}
