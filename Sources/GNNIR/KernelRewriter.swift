// The one traversal of kernel IR every kernel pass, the verifier and the emitters share: each
// statement's operands and bodies named once, then generic walks, searches and bottom-up rewrites.

extension KStmt {
    /// The integer and float expressions this statement reads directly (not those of nested bodies).
    public var operands: (indices: [KIndex], values: [KValue]) {
        switch self {
        case .loop(_, let a, let b, _, _), .laneLoop(_, let a, let b, _), .laneReduce(_, let a, let b, _, _),
             .slotReduce(_, let a, let b, _, _), .ifEqual(let a, let b, _), .ifLess(let a, let b, _):
            return ([a, b], [])
        case .letIndex(_, let i), .assignIndex(_, let i), .loadVector(_, _, let i): return ([i], [])
        case .letValue(_, let x), .assign(_, let x), .ifNonzero(let x, _): return ([], [x])
        case .store(_, let i, let x): return ([i], [x])
        case .ifGreater(let a, let b, _): return ([], [a, b])
        case .storeVector(_, let i, let xs): return ([i], xs)
        case .block, .laneZero, .laneSync: return ([], [])
        }
    }

    /// This statement with its direct operands replaced (bodies untouched).
    public func mappingOperands(index: (KIndex) -> KIndex, value: (KValue) -> KValue) -> KStmt {
        switch self {
        case .loop(let v, let a, let b, let par, let body): return .loop(variable: v, start: index(a), end: index(b), parallel: par, body: body)
        case .laneLoop(let v, let a, let b, let body): return .laneLoop(variable: v, start: index(a), end: index(b), body: body)
        case .laneReduce(let v, let a, let b, let ps, let body): return .laneReduce(variable: v, start: index(a), end: index(b), partials: ps, body: body)
        case .slotReduce(let v, let a, let b, let ps, let body): return .slotReduce(variable: v, start: index(a), end: index(b), partials: ps, body: body)
        case .ifEqual(let a, let b, let body): return .ifEqual(index(a), index(b), body)
        case .ifLess(let a, let b, let body): return .ifLess(index(a), index(b), body)
        case .letIndex(let n, let i): return .letIndex(n, index(i))
        case .assignIndex(let n, let i): return .assignIndex(n, index(i))
        case .loadVector(let ns, let b, let i): return .loadVector(names: ns, buffer: b, index: index(i))
        case .letValue(let n, let x): return .letValue(n, value(x))
        case .assign(let n, let x): return .assign(n, value(x))
        case .ifNonzero(let x, let body): return .ifNonzero(value(x), body)
        case .store(let b, let i, let x): return .store(b, index(i), value(x))
        case .ifGreater(let a, let b, let body): return .ifGreater(value(a), value(b), body)
        case .storeVector(let b, let i, let xs): return .storeVector(buffer: b, index: index(i), values: xs.map(value))
        case .block, .laneZero, .laneSync: return self
        }
    }

    /// The names this statement declares for what follows it or for its body: loop variables,
    /// locals, vector-load names, lane partials.
    public var declaredNames: [String] {
        switch self {
        case .loop(let v, _, _, _, _), .laneLoop(let v, _, _, _): return [v]
        case .laneReduce(let v, _, _, let ps, _), .slotReduce(let v, _, _, let ps, _): return [v] + ps.map(\.name)
        case .letIndex(let n, _), .letValue(let n, _): return [n]
        case .loadVector(let ns, _, _): return ns
        default: return []
        }
    }

    /// Every statement, depth first, each before its body.
    public static func walk(_ ss: [KStmt], _ visit: (KStmt) -> Void) {
        for s in ss { visit(s); walk(s.nestedBody, visit) }
    }

    /// Every index and float expression node, subexpressions included, in statement order.
    public static func visitExpressions(_ ss: [KStmt], index: (KIndex) -> Void = { _ in }, value: (KValue) -> Void = { _ in }) {
        walk(ss) { s in
            let (indices, values) = s.operands
            for i in indices { i.visit(index) }
            for x in values { x.visit(index: index, value: value) }
        }
    }
}

extension KIndex {
    /// This node, then its subexpressions.
    public func visit(_ f: (KIndex) -> Void) {
        f(self)
        switch self {
        case .dim, .v: break
        case .load(_, let x): x.visit(f)
        case .add(let a, let b), .mul(let a, let b), .div(let a, let b), .mod(let a, let b): a.visit(f); b.visit(f)
        }
    }

    public func contains(where test: (KIndex) -> Bool) -> Bool {
        var found = false
        visit { if !found && test($0) { found = true } }
        return found
    }

    /// Whether it uses a variable or integer local among `names`.
    public func mentions(_ names: Set<String>) -> Bool { contains { if case .v(let n) = $0 { return names.contains(n) }; return false } }
    public func mentions(_ name: String) -> Bool { mentions([name]) }

    /// Whether evaluating it reads a buffer.
    public var readsMemory: Bool { contains { if case .load = $0 { return true }; return false } }
}

extension KValue {
    /// This node and its float subexpressions to `value`, every index inside to `index`.
    public func visit(index: (KIndex) -> Void, value: (KValue) -> Void) {
        value(self)
        switch self {
        case .load(_, let i), .fromIndex(let i), .dropoutScale(_, _, let i): i.visit(index)
        case .const, .local: break
        case .unary(_, _, let a): a.visit(index: index, value: value)
        case .unaryGrad(_, _, let a, let b), .binary(_, let a, let b), .max(let a, let b), .min(let a, let b):
            a.visit(index: index, value: value); b.visit(index: index, value: value)
        case .selectEqual(let i, let j, let a, let b):
            i.visit(index); j.visit(index); a.visit(index: index, value: value); b.visit(index: index, value: value)
        }
    }

    /// Whether it reads a float local or uses an index variable among `names`.
    public func mentions(_ names: Set<String>) -> Bool {
        var found = false
        visit(index: { if case .v(let n) = $0, names.contains(n) { found = true } },
              value: { if case .local(let n) = $0, names.contains(n) { found = true } })
        return found
    }

    /// Whether it reads a float local among `names` (index variables not counted).
    public func readsLocal(_ names: Set<String>) -> Bool {
        var found = false
        visit(index: { _ in }, value: { if case .local(let n) = $0, names.contains(n) { found = true } })
        return found
    }
}

/// A bottom-up rewrite of kernel IR: children first, then the node is offered to the matching
/// closure, which returns its replacement or nil to keep it. Unchanged nodes are rebuilt exactly
/// (no folding), so a pass changes only what its closures change.
public struct KernelRewriter {
    public var index: (KIndex) -> KIndex?
    public var value: (KValue) -> KValue?
    /// A statement whose operands and bodies are already rewritten; nil keeps it, an array
    /// replaces it (empty deletes it).
    public var statement: (KStmt) -> [KStmt]?

    public init(index: @escaping (KIndex) -> KIndex? = { _ in nil }, value: @escaping (KValue) -> KValue? = { _ in nil },
                statement: @escaping (KStmt) -> [KStmt]? = { _ in nil }) {
        self.index = index; self.value = value; self.statement = statement
    }

    public func rewrite(_ ss: [KStmt]) -> [KStmt] { ss.flatMap(rewrite) }

    public func rewrite(_ s: KStmt) -> [KStmt] {
        let inner = s.mappingOperands(index: rewrite, value: rewrite).mappingBodies(rewrite)
        return statement(inner) ?? [inner]
    }

    public func rewrite(_ i: KIndex) -> KIndex {
        let rebuilt: KIndex
        switch i {
        case .dim, .v: rebuilt = i
        case .load(let b, let x): rebuilt = .load(b, rewrite(x))
        case .add(let a, let b): rebuilt = .add(rewrite(a), rewrite(b))
        case .mul(let a, let b): rebuilt = .mul(rewrite(a), rewrite(b))
        case .div(let a, let b): rebuilt = .div(rewrite(a), rewrite(b))
        case .mod(let a, let b): rebuilt = .mod(rewrite(a), rewrite(b))
        }
        return index(rebuilt) ?? rebuilt
    }

    public func rewrite(_ x: KValue) -> KValue {
        let rebuilt: KValue
        switch x {
        case .load(let b, let i): rebuilt = .load(b, rewrite(i))
        case .const, .local: rebuilt = x
        case .unary(let u, let a, let v): rebuilt = .unary(u, a, rewrite(v))
        case .unaryGrad(let u, let a, let g, let v): rebuilt = .unaryGrad(u, a, rewrite(g), rewrite(v))
        case .binary(let op, let a, let b): rebuilt = .binary(op, rewrite(a), rewrite(b))
        case .max(let a, let b): rebuilt = .max(rewrite(a), rewrite(b))
        case .min(let a, let b): rebuilt = .min(rewrite(a), rewrite(b))
        case .fromIndex(let i): rebuilt = .fromIndex(rewrite(i))
        case .dropoutScale(let p, let s, let i): rebuilt = .dropoutScale(p: p, stream: s, index: rewrite(i))
        case .selectEqual(let i, let j, let a, let b): rebuilt = .selectEqual(rewrite(i), rewrite(j), rewrite(a), rewrite(b))
        }
        return value(rebuilt) ?? rebuilt
    }

    /// Renames index variable `from` to `to` wherever it is used.
    public static func renaming(_ from: String, to: String) -> KernelRewriter {
        KernelRewriter(index: { if case .v(from) = $0 { return .v(to) }; return nil })
    }
}
