// Dimensions and types of the spec: resolving names to symbolic dims, showing types in messages.
import GNNDiagnostics
import GNNIR

extension Diagnostic {
    static func badDimension(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.badDimension, message, at: r)
    }
    static func unknownDomain(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.unknownDomain, message, at: r)
    }
    static func viewSizeMismatch(from: TensorType, to: [Dim], at r: SourceRange) -> Diagnostic {
        Diagnostic(.viewSizeMismatch, "cannot view \(SemaTypes.show(from)) as [\(to.map(\.description).joined(separator: ", "))]: the element counts differ", at: r)
    }
    static func reservedName(_ name: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.reservedName, "'\(name)' is reserved and cannot be declared", at: r,
                   notes: [Note("N, E and G are the node, edge and graph axes; src, dst and edge are gather indices; built-in function names are taken")])
    }
    static func argumentTypeMismatch(_ message: String, at r: SourceRange, declared: SourceRange) -> Diagnostic {
        Diagnostic(.argumentTypeMismatch, message, at: r, notes: [Note("parameter declared here", at: declared)])
    }
    static func shapeMismatch(_ message: String, at r: SourceRange) -> Diagnostic {
        Diagnostic(.shapeMismatch, message, at: r)
    }
}

enum SemaTypes {
    /// Types in spec syntax: `node[16]`, `edge[8, 1]`, `graph[C]`, `[F, 16]`.
    static func show(_ t: TensorType) -> String {
        let dims = "[" + t.dims.map(\.description).joined(separator: ", ") + "]"
        switch t.domain {
        case .node: return "node" + dims
        case .edge: return "edge" + dims
        case .graph: return "graph" + dims
        case .global: return t.dims.isEmpty ? "a number" : dims
        }
    }

    static func formatNumber(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    /// Maps a failed type rule to a diagnostic with the id that names the mistake.
    static func diagnostic(for error: TypeRuleError, at range: SourceRange) -> Diagnostic {
        switch error.kind {
        case .matmul: return Diagnostic(.matmulShapeMismatch, error.message, at: range)
        case .domain:
            return Diagnostic(.domainMismatch, error.message, at: range,
                              notes: [Note("node and edge values meet only through x[src], x[dst] or w[edge] inside edgewise { } or aggregate(...) { }")])
        case .shape, .dtype: return Diagnostic(.shapeMismatch, error.message, at: range)
        case .arity: return Diagnostic(.wrongArity, error.message, at: range)
        case .attribute: return Diagnostic(.badScalarArgument, error.message, at: range)
        }
    }
}

extension Elaborator {
    /// `node[F]` or `edge[H, 1]`: the type of an argument or a result.
    func resolveValueType(_ t: TypeExpr, _ scope: inout Scope, quiet: Bool = false) -> TensorType? {
        // Dims first: they count as used even when the domain is wrong, which avoids a cascade.
        var dims: [Dim] = []
        var ok = true
        for e in t.dims {
            if let dim = resolveDim(e, &scope) { dims.append(dim) } else { ok = false }
        }
        guard let d = t.domain else {
            if !quiet { report(.unknownDomain("an argument or result type needs a domain: node[...], edge[...] or graph[...]", at: t.range)) }
            return nil
        }
        let domain: Domain
        switch d.name {
        case "node": domain = .node
        case "edge": domain = .edge
        case "graph": domain = .graph
        default:
            if !quiet { report(.unknownDomain("unknown domain '\(d.name)': expected node, edge or graph", at: d.range)) }
            return nil
        }
        return ok ? TensorType(.f32, domain, dims) : nil
    }

    /// A dimension: a positive integer, an integer constant, or a dimension parameter (symbolic).
    /// Extents are int32 in the kernels, so a dimension is at most `Elaborator.maxDimension`.
    func resolveDim(_ e: DimExpr, _ scope: inout Scope) -> Dim? {
        let d: Dim?
        switch e {
        case .integer(let v, let r):
            guard v > 0 else { report(.badDimension("a dimension must be a positive integer, got \(v)", at: r)); return nil }
            guard v <= Elaborator.maxDimension else {
                report(.badDimension("dimension \(v) is too large (at most \(Elaborator.maxDimension))", at: r))
                return nil
            }
            return Dim(v)
        case .name(let id):
            if let dim = scope.dims[id.name] { scope.usedDims.insert(id.name); return dim }
            if let c = consts[id.name] {
                guard case .number(let v, true) = c.value, v >= 1 else {
                    report(.badDimension("constant '\(id.name)' is not a positive integer, so it cannot be a dimension", at: id.range))
                    return nil
                }
                guard v <= Double(Elaborator.maxDimension) else {
                    report(.badDimension("constant '\(id.name)' is \(SemaTypes.formatNumber(v)), too large for a dimension (at most \(Elaborator.maxDimension))",
                                         at: id.range))
                    return nil
                }
                return Dim(Int(v))
            }
            if reservedDimensionNames.contains(id.name) {
                report(.badDimension("'\(id.name)' is the \(id.name == "N" ? "node" : "edge") axis and is implicit in node[...] and edge[...]", at: id.range))
                return nil
            }
            report(.unknownName(id.name, at: id.range, suggestion: suggestion(for: id.name, in: Array(scope.dims.keys) + Array(consts.keys))))
            return nil
        case .mul(let a, let b, let r):
            guard let x = resolveDim(a, &scope), let y = resolveDim(b, &scope) else { return nil }
            d = x.multiplying(y)
            if d == nil { report(.badDimension("dimension is too large (at most \(Elaborator.maxDimension))", at: r)) }
        case .add(let a, let b, let r):
            guard let x = resolveDim(a, &scope), let y = resolveDim(b, &scope) else { return nil }
            d = x.adding(y)
            if d == nil { report(.badDimension("dimension is too large (at most \(Elaborator.maxDimension))", at: r)) }
        case .invalid: return nil
        }
        if let d, let v = d.constantValue, v > Elaborator.maxDimension {
            report(.badDimension("dimension \(v) is too large (at most \(Elaborator.maxDimension))", at: e.range))
            return nil
        }
        return d
    }

    /// Dimensions written as expressions (the arguments of `view`).
    func dimFromExpr(_ e: Expr, _ scope: inout Scope) -> Dim? {
        guard let d = dimExpr(e) else {
            report(.badDimension("expected a dimension (a positive integer, a dimension name, or a product or sum of them)", at: e.range))
            return nil
        }
        return resolveDim(d, &scope)
    }

    func dimExpr(_ e: Expr) -> DimExpr? {
        switch e {
        case .integer(let v, let r): return .integer(v, r)
        case .name(let id): return .name(id)
        case .binary(.mul, let a, let b, _, let r):
            guard let x = dimExpr(a), let y = dimExpr(b) else { return nil }
            return .mul(x, y, r)
        case .binary(.add, let a, let b, _, let r):
            guard let x = dimExpr(a), let y = dimExpr(b) else { return nil }
            return .add(x, y, r)
        default: return nil
        }
    }
}
