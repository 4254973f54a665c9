// Expressions: names, arithmetic with broadcasting, gathers, edgewise/aggregate blocks, calls.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func unknownName(_ name: String, at r: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(.unknownName, "unknown name '\(name)'", at: r, notes: suggestion.map { [Note("did you mean '\($0)'?")] } ?? [])
    }
    static func layerUsedAsValue(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unknownName, "'\(name)' is a layer: call it as \(name)<dims>(args)", at: r)
    }
    static func gatherOutsideBlock(_ which: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.gatherOutsideBlock, "[\(which)] can only be used inside edgewise { } or aggregate(...) { }", at: r)
    }
    static func badGatherIndex(_ which: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badGatherIndex, "unknown index '\(which)': expected src, dst or edge", at: r)
    }
    static func gatherOfNonNode(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.gatherOfNonNode, message, at: r)
    }
    static func edgeValueWithoutEdgeIndex(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.edgeValueWithoutEdgeIndex, "edge value '\(name)' is used inside a block without [edge]", at: r,
                   notes: [Note("write \(name)[edge] to read the value of the current edge")])
    }
    static func nodeValueInEdgeBlock(_ what: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.nodeValueInEdgeBlock, "the body of \(what) is a node value; read node values per edge with [src] or [dst]", at: r)
    }
    static func aggregateNeedsEdgeValue(at r: SourceRange) -> Diagnostic {
        Diagnostic(.aggregateNeedsEdgeValue, "the body of aggregate must depend on the edge, e.g. h[src]", at: r)
    }
    static func unknownAggregation(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unknownAggregation, "unknown aggregation '\(name)'", at: r, notes: [Note("known aggregations: sum, mean, max, min")])
    }
    static func nestedBlock(at r: SourceRange) -> Diagnostic {
        Diagnostic(.nestedBlock, "edgewise and aggregate blocks cannot be nested", at: r)
    }
    static func listNotAllowed(at r: SourceRange) -> Diagnostic {
        Diagnostic(.listNotAllowed, "a list is only valid as a train setting", at: r)
    }
    static func scalarWhereTensorExpected(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.scalarWhereTensorExpected, message, at: r)
    }
    static func unknownFunction(_ name: String, at r: SourceRange, suggestion: String?) -> Diagnostic {
        Diagnostic(.unknownFunction, "unknown function or layer '\(name)'", at: r,
                   notes: suggestion.map { [Note("did you mean '\($0)'?")] } ?? [])
    }
    static func expressionsTooDeep(at r: SourceRange) -> Diagnostic {
        Diagnostic(.programTooLarge, "expressions nest more than \(Elaborator.maxEvalDepth) levels deep through layer instances", at: r)
    }
    static func notALayer(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.notALayer, "'\(name)' is a value, not a layer or a function", at: r)
    }
}

extension Elaborator {
    func eval(_ e: Expr, _ scope: inout Scope) -> SemaValue? {
        evalDepth += 1
        defer { evalDepth -= 1 }
        if evalDepth > Elaborator.maxEvalDepth {
            if !halted { report(.expressionsTooDeep(at: e.range)) }
            halted = true
            return nil
        }
        switch e {
        case .integer(let v, _): return .number(Double(v), isInt: true)
        case .float(let v, _): return .number(v, isInt: false)
        case .name(let id): return lookup(id, &scope, indexed: false)
        case .negate(let inner, let range):
            switch eval(inner, &scope) {
            case .number(let v, let isInt)?: return .number(-v, isInt: isInt)
            case .pendingNumber(let isInt)?: return .pendingNumber(isInt: isInt)
            case .tensor(let v, _)?: return tensor(add(.unary(.neg), [v], at: range))
            case nil: return nil
            }
        case .binary(let op, let l, let r, let opRange, let range):
            let a = eval(l, &scope), b = eval(r, &scope)
            guard let a, let b else { return nil }
            return binary(op, a, b, opRange: opRange, range: range)
        case .call(let callee, let dimArgs, let args, let instance, let range):
            return call(callee, dimArgs, args, instance, range, &scope)
        case .index(let base, let which, let range):
            return index(base, which, range, &scope)
        case .block(let kind, let body, let keyword, let range):
            return block(kind, body, keyword: keyword, range: range, &scope)
        case .list(_, let range):
            report(.listNotAllowed(at: range))
            return nil
        case .invalid: return nil
        }
    }

    func tensor(_ v: ValueID?) -> SemaValue? {
        guard let v else { return nil }
        return .tensor(v, builder.module.type(of: v))
    }

    func lookup(_ id: Ident, _ scope: inout Scope, indexed: Bool) -> SemaValue? {
        if let b = scope.values[id.name] {
            if !indexed, scope.block != nil, case .tensor(_, let t)? = b.value, t.domain == .edge {
                report(.edgeValueWithoutEdgeIndex(id.name, at: id.range))
                return nil
            }
            return b.value
        }
        if let c = consts[id.name] { return c.value }
        if spec.unparsedNames.contains(id.name) { return nil }
        if let dim = scope.dims[id.name] {
            scope.usedDims.insert(id.name)
            // A model dimension in an expression is a run-time scalar (`rsqrt(FO)` with FO = C), not
            // a compile-time number: places that need a number say so themselves.
            if lowering, dim.constantValue == nil {
                return tensor(add(.constant, [], Attributes(["value": .dims([dim])]), at: id.range))
            }
            return dimensionAsNumber(id, dim, scope)
        }
        if layers[id.name] != nil { report(.layerUsedAsValue(id.name, at: id.range)); return nil }
        let candidates = Array(scope.values.keys) + Array(consts.keys)
        report(.unknownName(id.name, at: id.range, suggestion: suggestion(for: id.name, in: candidates)))
        return nil
    }

    /// Arithmetic on numbers, evaluated now; a result that is not finite (`1 / 0`, an overflow) is an
    /// error at the operator rather than an inf or NaN in the program.
    func foldNumbers(_ op: BinaryOperator, _ a: SemaValue, _ b: SemaValue, at range: SourceRange) -> SemaValue? {
        guard a.isNumeric, b.isNumeric else { return nil }
        if op == .matmul {
            report(.scalarWhereTensorExpected("@ multiplies a tensor by a parameter matrix, not numbers", at: range))
            return nil
        }
        guard case .number(let x, let xi) = a, case .number(let y, let yi) = b else {
            return .pendingNumber(isInt: a.isIntNumber && b.isIntNumber && op != .div)
        }
        let bothInt = xi && yi
        let result: Double
        switch op {
        case .add: result = x + y
        case .sub: result = x - y
        case .mul: result = x * y
        case .div:
            guard y != 0 else {
                report(.numberOutOfDomain("\(SemaTypes.formatNumber(x)) / 0 divides by zero", at: range))
                return nil
            }
            result = x / y
        case .matmul: return nil // reported above
        }
        return finiteNumber(result, isInt: bothInt && op != .div, at: range) {
            "\(SemaTypes.formatNumber(x)) \(op.rawValue) \(SemaTypes.formatNumber(y))"
        }
    }

    func binary(_ op: BinaryOperator, _ a: SemaValue, _ b: SemaValue, opRange: SourceRange, range: SourceRange) -> SemaValue? {
        if a.isNumeric, b.isNumeric { return foldNumbers(op, a, b, at: opRange) }
        if op == .matmul {
            guard case .tensor(let x, _) = a, case .tensor(let y, _) = b else {
                report(.scalarWhereTensorExpected("@ needs tensors on both sides; use * to scale by a number", at: opRange))
                return nil
            }
            return tensor(add(.matmul, [x, y], at: opRange))
        }
        if op == .div, case .number(0, _) = b {
            report(.numberOutOfDomain("dividing by 0 gives inf or NaN", at: opRange))
            return nil
        }
        guard let x = materialize(a, at: range), let y = materialize(b, at: range) else { return nil }
        let code: BinaryOp = switch op {
        case .add: .add
        case .sub: .sub
        case .mul: .mul
        case .div: .div
        case .matmul: .mul // handled above
        }
        return tensor(add(.binary(code), [x, y], at: opRange))
    }

    /// A number meeting a tensor becomes a global scalar `constant` op.
    func materialize(_ v: SemaValue, at range: SourceRange) -> ValueID? {
        switch v {
        case .tensor(let id, _): return id
        case .number(let x, _): return add(.constant, [], Attributes(["value": .float(x)]), at: range)
        // Only while a layer is checked generically (its graph is discarded): any value will do.
        case .pendingNumber: return add(.constant, [], Attributes(["value": .float(0)]), at: range)
        }
    }

    func index(_ base: Expr, _ which: Ident, _ range: SourceRange, _ scope: inout Scope) -> SemaValue? {
        guard ["src", "dst", "edge"].contains(which.name) else {
            report(.badGatherIndex(which.name, at: which.range))
            return nil
        }
        guard scope.block != nil else {
            report(.gatherOutsideBlock(which.name, at: which.range))
            return nil
        }
        let value: SemaValue?
        if case .name(let id) = base { value = lookup(id, &scope, indexed: true) } else { value = eval(base, &scope) }
        guard let value else { return nil }
        guard case .tensor(let v, let t) = value else {
            report(.gatherOfNonNode("[\(which.name)] indexes a node or edge value, not a number", at: which.range))
            return nil
        }
        if which.name == "edge" {
            guard t.domain == .edge else {
                report(.gatherOfNonNode("[edge] reads an edge value, but this is \(SemaTypes.show(t))\(t.domain == .node ? "; use [src] or [dst]" : "")", at: which.range))
                return nil
            }
            return value
        }
        guard t.domain == .node else {
            report(.gatherOfNonNode("[\(which.name)] reads a node value at an edge endpoint, but this is \(SemaTypes.show(t))\(t.domain == .edge ? "; use [edge]" : "")", at: which.range))
            return nil
        }
        return tensor(add(.gather(which.name == "src" ? .src : .dst), [v], at: range))
    }

    func block(_ kind: BlockKind, _ body: Expr, keyword: SourceRange, range: SourceRange, _ scope: inout Scope) -> SemaValue? {
        guard scope.block == nil else {
            report(.nestedBlock(at: keyword))
            return nil
        }
        if case .reduce(let r) = kind { return reduceOverNodes(r, body, keyword: keyword, &scope) }
        if case .readout(let r) = kind { return readout(r, body, keyword: keyword, &scope) }
        var reduction: Reduction?
        if case .aggregate(let r) = kind {
            reduction = Reduction(rawValue: r.name)
            if reduction == nil { report(.unknownAggregation(r.name, at: r.range)) }
        }
        if case .edgewise = kind { scope.block = .edgewise } else { scope.block = .aggregate }
        defer { scope.block = nil }
        guard let value = eval(body, &scope) else { return nil }
        guard case .tensor(let v, let t) = value, t.domain == .edge else {
            if case .tensor(_, let t) = value, t.domain == .node {
                report(.nodeValueInEdgeBlock(reduction == nil ? "edgewise" : "aggregate", at: body.range))
            } else {
                report(.aggregateNeedsEdgeValue(at: body.range))
            }
            return nil
        }
        guard let reduction else {
            if case .aggregate = kind { return nil }
            return value
        }
        return tensor(add(.aggregate(.dst, reduction), [v], at: keyword))
    }

    /// `readout(r) { h }`: each graph's nodes reduced into the graph's row (`aggregate.graph.r`),
    /// the pooling of graph classification (PyG's global_add_pool and its kin). A single graph is a
    /// batch of one, so on a node dataset it gives one row.
    func readout(_ r: Ident, _ body: Expr, keyword: SourceRange, _ scope: inout Scope) -> SemaValue? {
        guard let (reduction, v, _) = nodeReduction("readout", r, body, over: "each graph's nodes", &scope) else { return nil }
        return tensor(add(.aggregate(.graph, reduction), [v], at: keyword))
    }

    /// The reduction `r` names and the node value `body` gives, for `keyword(r) { body }`; each
    /// mistake reported (an unknown reduction, an argument that is not a node value).
    func nodeReduction(_ keyword: String, _ r: Ident, _ body: Expr, over: String, _ scope: inout Scope) -> (Reduction, ValueID, TensorType)? {
        guard let reduction = Reduction(rawValue: r.name) else {
            report(Diagnostic(.unknownAggregation, "\(keyword) takes sum, mean, max or min, not '\(r.name)'", at: r.range))
            return nil
        }
        guard let value = eval(body, &scope) else { return nil }
        guard case .tensor(let v, let t) = value, t.domain == .node else {
            let what: String
            if case .tensor(_, let t) = value { what = SemaTypes.show(t) } else { what = "a number" }
            report(Diagnostic(.domainMismatch, "\(keyword)(\(r.name)) reduces a node value over \(over), but its argument is \(what)", at: body.range))
            return nil
        }
        return (reduction, v, t)
    }

    /// `reduce(sum) { e }` sums a node value over all nodes (sum_to a global value); `mean`
    /// divides by the node count, itself the sum of a broadcast 1; `max` and `min` are max_to and
    /// min_to. The op table's derivative rules give the backward (max's and min's split the
    /// gradient evenly among tied nodes, as PyTorch's amax and amin do).
    func reduceOverNodes(_ r: Ident, _ body: Expr, keyword: SourceRange, _ scope: inout Scope) -> SemaValue? {
        guard let (reduction, v, t) = nodeReduction("reduce", r, body, over: "all nodes", &scope) else { return nil }
        switch reduction {
        case .max, .min: return tensor(add(.reduceTo(reduction), [v], declared: .global(t.dims), at: keyword))
        case .sum, .mean: break
        }
        guard let sum = add(.sumTo, [v], declared: .global(t.dims), at: keyword) else { return nil }
        if reduction == .sum { return tensor(sum) }
        guard let one = add(.constant, [], Attributes(["value": .float(1)]), at: keyword),
              let ones = add(.broadcastTo, [one], declared: .node([Dim(1)]), at: keyword),
              let count = add(.sumTo, [ones], declared: .global([Dim(1)]), at: keyword) else { return nil }
        return tensor(add(.binary(.div), [sum, count], at: keyword))
    }
}
