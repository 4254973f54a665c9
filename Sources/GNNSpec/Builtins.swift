// Built-in functions of the spec language: their signatures and how each lowers to one IR op.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func wrongArity(_ message: String, at r: SourceRange, declared: SourceRange?) -> Diagnostic {
        Diagnostic(.wrongArity, message, at: r, notes: declared.map { [Note("declared here", at: $0)] } ?? [])
    }
    static func badScalarArgument(_ message: String, at r: SourceRange, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.badScalarArgument, message, at: r, notes: notes)
    }
    static func edgeSoftmaxNeedsEdgeValue(_ t: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.edgeSoftmaxNeedsEdgeValue, "edge_softmax normalises edge scores, but its argument is \(t)", at: r,
                   notes: [Note("compute the scores with edgewise { ... }")])
    }
}

/// How a built-in's arguments are read: tensors first, then named numbers with defaults.
struct BuiltinSignature {
    enum Lowering {
        case unary(UnaryOp), binary(BinaryOp), op(Opcode), concat, view
        /// A normalisation layer: an instance with parameters (and state), see ElaborateNorms.
        case norm(NormKind)
    }
    var tensors: Int
    /// Extra tensors allowed beyond `tensors` (concat is variadic).
    var variadic = false
    /// Named numeric arguments, in positional order, with a default (nil: required).
    var scalars: [(name: String, defaultValue: Double?)] = []
    var lowering: Lowering

    /// Whether a call is a layer instance (`as NAME` names it).
    var isInstance: Bool {
        if case .norm = lowering { return true }
        return false
    }

    var usage: String {
        // max(x, y): two tensors of a binary function; concat(x, x, ...) keeps its spelling.
        let t = (tensors == 2 && !variadic ? ["x", "y"] : (0..<tensors).map { _ in "x" }) + (variadic ? ["..."] : [])
        return (t + scalars.map { $0.defaultValue == nil ? $0.name : "\($0.name) = \(SemaTypes.formatNumber($0.defaultValue!))" })
            .joined(separator: ", ")
    }
}

enum Builtins {
    /// The element-wise functions come from the op table (name, numeric arguments, defaults); the
    /// rest are the language's own.
    static let table: [String: BuiltinSignature] = {
        var t: [String: BuiltinSignature] = [
            "dropout": .init(tensors: 1, scalars: [("p", nil)], lowering: .op(.dropout)),
            "rowsum": .init(tensors: 1, lowering: .op(.rowsum)),
            "log_softmax": .init(tensors: 1, lowering: .op(.logSoftmax)),
            "mean_heads": .init(tensors: 1, lowering: .op(.meanHeads)),
            "edge_softmax": .init(tensors: 1, lowering: .op(.edgeSoftmax)),
            "in_degree": .init(tensors: 0, lowering: .op(.degree(.inDegree))),
            "out_degree": .init(tensors: 0, lowering: .op(.degree(.outDegree))),
            "concat": .init(tensors: 2, variadic: true, lowering: .concat),
            "view": .init(tensors: 1, variadic: true, lowering: .view),
        ]
        for k in [NormKind.batch, .layer] { t[k.rawValue] = .init(tensors: 1, scalars: k.scalars, lowering: .norm(k)) }
        for u in UnaryOp.allCases {
            let f = u.function
            guard let name = f.specName else { continue }
            t[name] = .init(tensors: 1, scalars: f.attributes.map { ($0.name, $0.defaultValue) }, lowering: .unary(u))
        }
        for b in BinaryOp.allCases {
            guard let name = b.function.specName else { continue }
            t[name] = .init(tensors: 2, lowering: .binary(b))
        }
        return t
    }()
}

extension Elaborator {
    func call(_ callee: Ident, _ dimArgs: [DimExpr]?, _ args: [CallArg], _ instance: InstanceName?, _ range: SourceRange,
              _ scope: inout Scope) -> SemaValue? {
        if let layer = layers[callee.name] {
            return callLayer(layer, callee: callee, dimArgs: dimArgs, args: args, instance: instance, range: range, &scope)
        }
        guard let sig = Builtins.table[callee.name] else {
            if spec.unparsedNames.contains(callee.name) { return nil }
            if scope.values[callee.name] != nil { report(.notALayer(callee.name, at: callee.range)); return nil }
            let known = Array(Builtins.table.keys) + Array(layers.keys)
            report(.unknownFunction(callee.name, at: callee.range, suggestion: suggestion(for: callee.name, in: known)))
            for a in args { _ = eval(a.value, &scope) }
            return nil
        }
        if let dimArgs, let first = dimArgs.first {
            report(.wrongArity("'\(callee.name)' is a built-in function and takes no <dimensions>", at: first.range, declared: nil))
            return nil
        }
        if let instance, !sig.isInstance {
            report(.wrongArity("'as \(instance.name.name)' names a layer instance, but '\(callee.name)' is a built-in function", at: instance.range, declared: nil))
        }
        if case .view = sig.lowering { return view(callee, args, range, &scope) }
        return builtin(callee, sig, args, range, &scope, instance: sig.isInstance ? instance : nil)
    }

    /// Kept small and free of string work: `eval` recurses through it once per nesting level, so
    /// its debug-build frame bounds how deep an expression may nest before the stack runs out.
    func builtin(_ callee: Ident, _ sig: BuiltinSignature, _ args: [CallArg], _ range: SourceRange, _ scope: inout Scope,
                 instance: InstanceName? = nil) -> SemaValue? {
        let positional = args.filter { $0.label == nil }
        guard let checked = builtinAttributes(callee, sig, args, positional, range, &scope) else { return nil }
        var attrs = checked.attrs
        let pending = checked.pending
        if case .binary(let code) = sig.lowering { return builtinBinary(code, positional, range, &scope) }
        let tensorArgs = sig.variadic ? positional : Array(positional.prefix(sig.tensors))
        var operands: [ValueID] = []
        var operandTypes: [TensorType] = []
        for a in tensorArgs {
            guard let v = eval(a.value, &scope) else { return nil }
            guard case .tensor(let id, let t) = v else {
                return scalarOperand(v, callee, sig, a.value.range, pending ? nil : attrs, range)
            }
            guard checkOperand(callee, t, a.value.range) else { return nil }
            operands.append(id)
            operandTypes.append(t)
        }
        if callee.name == "dropout" {
            // Each dropout op draws its own mask: a stream id, numbered in program order.
            attrs["stream"] = .int(dropoutStreams)
            if lowering { dropoutStreams += 1 }
        }
        switch sig.lowering {
        case .unary(let u): return tensor(add(.unary(u), operands, attrs, at: range))
        case .op(let op): return tensor(add(op, operands, attrs, at: range))
        case .concat: return tensor(add(.concat, operands, at: range))
        case .norm(let kind):
            return normalize(kind, operands[0], operandTypes[0], attrs, instance: instance,
                             argument: tensorArgs[0].value.range, range: range, &scope)
        case .view, .binary: return nil
        }
    }

    /// The call's number arguments, checked against the signature, as op attributes; `pending` is
    /// true when one of them is only known at run time.
    func builtinAttributes(_ callee: Ident, _ sig: BuiltinSignature, _ args: [CallArg], _ positional: [CallArg],
                           _ range: SourceRange, _ scope: inout Scope) -> (attrs: Attributes, pending: Bool)? {
        let maxPositional = sig.variadic ? Int.max : sig.tensors + sig.scalars.count
        guard positional.count >= sig.tensors, positional.count <= maxPositional else {
            report(.wrongArity("\(callee.name)(\(sig.usage)) takes \(describeArity(sig)), got \(positional.count)", at: callee.range, declared: nil))
            return nil
        }
        var scalars: [String: Double] = [:]
        var pending = false
        for (i, a) in positional.dropFirst(sig.variadic ? positional.count : sig.tensors).enumerated() {
            guard let v = scalarArgument(a.value, callee.name, sig.scalars[i].name, &scope, pending: &pending) else { return nil }
            scalars[sig.scalars[i].name] = v
        }
        for a in args {
            guard let label = a.label else { continue }
            guard sig.scalars.contains(where: { $0.name == label.name }) else {
                report(.wrongArity("\(callee.name) has no argument named '\(label.name)'; it takes \(callee.name)(\(sig.usage))", at: label.range, declared: nil))
                return nil
            }
            guard let v = scalarArgument(a.value, callee.name, label.name, &scope, pending: &pending) else { return nil }
            scalars[label.name] = v
        }
        var attrs = Attributes()
        for s in sig.scalars {
            guard let v = scalars[s.name] ?? s.defaultValue else {
                report(.wrongArity("\(callee.name)(\(sig.usage)) needs '\(s.name)'", at: callee.range, declared: nil))
                return nil
            }
            attrs[s.name] = .float(v)
        }
        guard checkScalarRanges(callee, sig, attrs, pending: pending, range, scope) else { return nil }
        return (attrs, pending)
    }

    /// Ranges a signature cannot state: dropout's probability, a norm's momentum and epsilon,
    /// clamp's bounds.
    func checkScalarRanges(_ callee: Ident, _ sig: BuiltinSignature, _ attrs: Attributes, pending: Bool,
                           _ range: SourceRange, _ scope: Scope) -> Bool {
        let site = scope.callSite.map { [Note("the layer is instantiated here", at: $0)] } ?? []
        if !pending, callee.name == "dropout", let p = attrs["p"]?.asDouble, !(p >= 0 && p < 1) {
            report(.badScalarArgument("dropout probability must be in [0, 1), got \(SemaTypes.formatNumber(p))", at: range, notes: site))
            return false
        }
        if !pending, case .norm(let kind) = sig.lowering, let problem = kind.problem(attrs) {
            report(.badScalarArgument(problem, at: range, notes: site))
            return false
        }
        if callee.name == "clamp", let lo = attrs["lo"]?.asDouble, let hi = attrs["hi"]?.asDouble, !(lo <= hi) {
            report(.badScalarArgument("clamp needs lo <= hi, got lo = \(SemaTypes.formatNumber(lo)) and hi = \(SemaTypes.formatNumber(hi))", at: range))
            return false
        }
        return true
    }

    /// max(x, y) and min(x, y) take numbers as + does: two fold, one meeting a tensor becomes a
    /// constant that broadcasts.
    func builtinBinary(_ code: BinaryOp, _ positional: [CallArg], _ range: SourceRange, _ scope: inout Scope) -> SemaValue? {
        guard let a = eval(positional[0].value, &scope), let b = eval(positional[1].value, &scope) else { return nil }
        if case .number(let x, let xi) = a, case .number(let y, let yi) = b {
            return .number(code.function.value(x, y), isInt: xi && yi)
        }
        guard let x = materialize(a, at: range), let y = materialize(b, at: range) else { return nil }
        return tensor(add(.binary(code), [x, y], at: range))
    }

    /// A number where a tensor goes: unary functions fold it, everything else reports it.
    func scalarOperand(_ v: SemaValue, _ callee: Ident, _ sig: BuiltinSignature, _ at: SourceRange, _ attrs: Attributes?,
                       _ range: SourceRange) -> SemaValue? {
        if case .unary(let u) = sig.lowering { return foldUnary(u, v, attrs, callee.name, at: range) }
        report(.scalarWhereTensorExpected("\(callee.name) needs a tensor argument, got a number", at: at))
        return nil
    }

    func checkOperand(_ callee: Ident, _ t: TensorType, _ at: SourceRange) -> Bool {
        if callee.name == "edge_softmax", t.domain != .edge {
            report(.edgeSoftmaxNeedsEdgeValue(SemaTypes.show(t), at: at))
            return false
        }
        return true
    }

    func describeArity(_ sig: BuiltinSignature) -> String {
        if sig.variadic { return "at least \(sig.tensors) arguments" }
        let required = sig.tensors + sig.scalars.filter { $0.defaultValue == nil }.count
        let total = sig.tensors + sig.scalars.count
        let noun = total == 1 ? "argument" : "arguments"
        return required == total ? "\(total) \(noun)" : "\(required) to \(total) \(noun)"
    }

    /// Why a global scalar is not a number: it comes from a model dimension, bound at run time.
    func runTimeScalarNote(_ v: SemaValue) -> [Note] {
        guard case .tensor(_, let t) = v, t.domain == .global, t.dims.isEmpty else { return [] }
        return [Note("a model dimension (F, C, or a layer dimension bound to one) is a run-time value; use a const or a layer dimension bound to an integer")]
    }

    func scalarArgument(_ e: Expr, _ fn: String, _ name: String, _ scope: inout Scope, pending: inout Bool) -> Double? {
        guard let v = eval(e, &scope) else { return nil }
        if case .pendingNumber = v { pending = true; return 0 } // generic check: any value
        guard case .number(let x, _) = v else {
            report(.badScalarArgument("'\(name)' of \(fn) must be a number known at compile time", at: e.range, notes: runTimeScalarNote(v)))
            return nil
        }
        return x
    }

    /// `x.view(H, FO)`: the arguments after the receiver are dimensions.
    func view(_ callee: Ident, _ args: [CallArg], _ range: SourceRange, _ scope: inout Scope) -> SemaValue? {
        guard args.count >= 2 else {
            report(.wrongArity("view takes the new dimensions, e.g. x.view(H, F)", at: callee.range, declared: nil))
            return nil
        }
        guard let base = eval(args[0].value, &scope) else { return nil }
        guard case .tensor(let v, let t) = base else {
            report(.scalarWhereTensorExpected("view reshapes a tensor, not a number", at: args[0].value.range))
            return nil
        }
        var dims: [Dim] = []
        for a in args.dropFirst() {
            guard let d = dimFromExpr(a.value, &scope) else { return nil }
            dims.append(d)
        }
        let from = t.rowElements, to = t.with(dims: dims).rowElements
        if let from, let to, from != to {
            report(.viewSizeMismatch(from: t, to: dims, at: range))
            return nil
        }
        return tensor(add(.view, [v], Attributes(["shape": .dims(dims)]), at: range))
    }
}
