// Compile-time numbers: dimensions used as numbers, element-wise functions folded on numbers, and the
// checks that keep a folded number finite.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func numberOutOfDomain(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.numberOutOfDomain, message, at: r)
    }
    static func modelDimensionAsNumber(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.numberNotKnown, "'\(name)' is a model dimension: it is bound from the dataset at run time, so it has no value to use as a number here", at: r,
                   notes: [Note("use a const, or a layer dimension bound to an integer (conv<F, 16>)")])
    }
    static func boundDimensionAsNumber(_ name: String, bound: Dim, at r: SourceRange, callSite: SourceRange?) -> Diagnostic {
        // `conv<F>` binds the layer's own F to the model's F: say which one.
        let shown = bound.description == name ? "the model's \(bound)" : bound.description
        return Diagnostic(.numberNotKnown, "'\(name)' is bound to \(shown), which the dataset sets at run time, so it has no value to use as a number here", at: r,
                   notes: callSite.map { [Note("the layer is instantiated here", at: $0)] } ?? [])
    }
}

extension Builtins {
    /// The element-wise function a built-in name calls, if any: every one folds on numbers.
    static func foldable(_ name: String) -> UnaryOp? {
        guard case .unary(let u)? = table[name]?.lowering else { return nil }
        return u
    }

    /// Whether a built-in gives a number from numbers: the element-wise functions of one operand
    /// and of two (`max(2, 3)`), so a `const` may call any of them.
    static func foldsNumbers(_ name: String) -> Bool {
        switch table[name]?.lowering {
        case .unary?, .binary?: return true
        default: return false
        }
    }
}

extension Elaborator {
    /// A dimension where a number is expected: its value when it is an integer here (a layer's
    /// dimension bound at the call, `conv<F, 16>`); pending while a layer is checked generically;
    /// an error when it is (or is bound to) a model dimension, known only once the dataset is loaded.
    func dimensionAsNumber(_ id: Ident, _ dim: Dim, _ scope: Scope) -> SemaValue? {
        if let v = dim.constantValue { return .number(Double(v), isInt: true) }
        if !lowering { return .pendingNumber(isInt: true) }
        if scope.isModel && scope.prefix.isEmpty && dim == Dim(symbol: id.name) {
            report(.modelDimensionAsNumber(id.name, at: id.range))
        } else {
            report(.boundDimensionAsNumber(id.name, bound: dim, at: id.range, callSite: scope.callSite))
        }
        return nil
    }

    /// `f(x)` for a number `x`, with the op table's float64 value of the function, so every
    /// element-wise function folds. `arguments` holds the function's numeric arguments (nil while
    /// one is pending).
    func foldUnary(_ u: UnaryOp, _ x: SemaValue, _ arguments: Attributes?, _ name: String, at range: SourceRange) -> SemaValue? {
        let f = u.function
        guard case .number(let v, _) = x, let arguments, let args = f.arguments(arguments) else { return .pendingNumber(isInt: false) }
        let extra = zip(f.attributes, args).filter { $0.0.defaultValue != $0.1 }.map { ", \($0.0.name) = \(SemaTypes.formatNumber($0.1))" }
        return finiteNumber(f.value(v, args), isInt: false, at: range) {
            "\(name)(\(SemaTypes.formatNumber(v))\(extra.joined()))"
        }
    }

    /// A folded number, or an error when it is NaN or infinite (`log(-1)`, `rsqrt(0)`, `exp(1000)`).
    func finiteNumber(_ v: Double, isInt: Bool, at range: SourceRange, _ what: () -> String) -> SemaValue? {
        if v.isFinite { return .number(v, isInt: isInt) }
        let why = v.isNaN ? "is not a real number" : "is infinite"
        report(.numberOutOfDomain("\(what()) \(why); a number computed when the spec is compiled must be finite", at: range))
        return nil
    }
}
