// Loop-invariant code motion on kernel IR: what a feature loop computes the same way in every iteration (an edge's weight, sigmoid(s[e])) is computed once, before the loop.
import GNNIR

/// In a sequential loop over a feature width (`for j in 0 ..< F`, F a model or constant width,
/// so at least one iteration), a subexpression of a statement at the loop's top level that reads
/// nothing the loop changes (no variable or local it binds or assigns, no buffer it stores to)
/// and holds an operation worth saving (an element-wise function, a derivative, a division) is
/// computed into a local before the loop. The fused aggregation of `x[src] * sigmoid(s[e])`
/// evaluated the sigmoid once per edge and feature; now once per edge. The same expression runs,
/// once instead of F times, so every result keeps its bits.
public struct HoistLoopInvariants: KernelPass {
    public let name = "hoist-loop-invariants"
    public let summary = "computes values that do not change across a feature loop once, before it"

    public init() {}

    public func run(_ p: KernelProgram) throws -> KernelProgram {
        var out = p
        var made = 0
        for i in out.kernels.indices { out.kernels[i].body = hoist(out.kernels[i].body, &made) }
        return out
    }

    func hoist(_ ss: [KStmt], _ made: inout Int) -> [KStmt] {
        var out: [KStmt] = []
        for s in ss {
            let inner = s.mappingBodies { body in hoist(body, &made) }
            guard case .loop(let v, let a, let b, false, let body) = inner, a == .zero, case .dim(let width) = b,
                  Self.isFeatureWidth(width) else {
                out.append(inner)
                continue
            }
            var motion = Motion(loop: v, body: body)
            let rewritten = body.map { motion.rewrite($0, &made) }
            out += motion.hoisted.map { .letValue($0.name, $0.value) }
            out.append(.loop(variable: v, start: a, end: b, parallel: false, body: rewritten))
        }
        return out
    }

    /// A width that is never zero: a constant of at least 1, or a product of model dimensions
    /// (the graph's sizes N, E and G can be 0, and a loop over them may not run at all).
    static func isFeatureWidth(_ d: Dim) -> Bool {
        if let c = d.constantValue { return c >= 1 }
        return d.symbols.allSatisfy { !["N", "E", "G"].contains($0) }
    }

    /// The hoisting out of one loop: what its body changes, and the locals made so far.
    struct Motion {
        var varying: Set<String>
        var stored: Set<Int>
        var hoisted: [(name: String, value: KValue)] = []

        init(loop v: String, body: [KStmt]) {
            var names: Set<String> = [v]
            KStmt.walk(body) { s in
                names.formUnion(s.declaredNames)
                if case .assign(let n, _) = s { names.insert(n) }
                if case .assignIndex(let n, _) = s { names.insert(n) }
            }
            varying = names
            stored = Set(KStmt.storedBuffers(body))
        }

        /// The statement with its invariant parts read from hoisted locals; nested bodies are
        /// left as they are (they may not run in every iteration).
        mutating func rewrite(_ s: KStmt, _ made: inout Int) -> KStmt {
            switch s {
            case .store(let b, let i, let x): return .store(b, i, replace(x, &made))
            case .letValue(let n, let x): return .letValue(n, replace(x, &made))
            case .assign(let n, let x): return .assign(n, replace(x, &made))
            default: return s
            }
        }

        mutating func replace(_ x: KValue, _ made: inout Int) -> KValue {
            if isInvariant(x) && Self.isWorthHoisting(x) {
                if let done = hoisted.first(where: { $0.value == x }) { return .local(done.name) }
                let name = "inv\(made)"
                made += 1
                hoisted.append((name, x))
                return .local(name)
            }
            switch x {
            case .unary(let u, let a, let y): return .unary(u, a, replace(y, &made))
            case .unaryGrad(let u, let a, let g, let y): return .unaryGrad(u, a, replace(g, &made), replace(y, &made))
            case .binary(let op, let y, let z): return .binary(op, replace(y, &made), replace(z, &made))
            case .max(let y, let z): return .max(replace(y, &made), replace(z, &made))
            case .min(let y, let z): return .min(replace(y, &made), replace(z, &made))
            case .selectEqual(let i, let j, let y, let z): return .selectEqual(i, j, replace(y, &made), replace(z, &made))
            case .load, .const, .local, .fromIndex, .dropoutScale: return x
            }
        }

        func isInvariant(_ x: KValue) -> Bool {
            var ok = true
            x.visit(index: { i in
                if case .v(let n) = i, varying.contains(n) { ok = false }
                if case .load(let b, _) = i, stored.contains(b) { ok = false }
            }, value: { v in
                if case .local(let n) = v, varying.contains(n) { ok = false }
                if case .load(let b, _) = v, stored.contains(b) { ok = false }
            })
            return ok
        }

        /// Whether `x` holds an operation dearer than the local it becomes: an element-wise
        /// function, a derivative, a division.
        static func isWorthHoisting(_ x: KValue) -> Bool {
            var dear = false
            x.visit(index: { _ in }, value: { v in
                switch v {
                case .unary, .unaryGrad, .binary(.div, _, _): dear = true
                default: break
                }
            })
            return dear
        }
    }
}
