// Loop fusion on kernel IR: consecutive kernels whose parallel loops run over the same rows become
// one kernel when the later one reads the earlier one's outputs only at its own row. Dependent
// pairs fuse vertically (a matmul and its bias/activation epilogue); independent pairs fuse
// horizontally (two transforms of the same rows). Fewer launches, and rows stay in cache.
import GNNIR

public enum FuseRowLocalKernels {
    public static func run(_ p: KernelProgram) -> KernelProgram {
        var out = p
        out.kernels = []
        for k in p.kernels {
            if let last = out.kernels.last, let merged = merge(last, k, p) {
                out.kernels[out.kernels.count - 1] = merged
            } else {
                out.kernels.append(k)
            }
        }
        return out
    }

    /// The kernel's single top-level parallel loop, if that is all it is.
    static func rowLoop(_ k: Kernel) -> (variable: String, end: KIndex, body: [KStmt])? {
        guard k.body.count == 1, case .loop(let v, let start, let end, true, let body) = k.body[0], start == .zero else { return nil }
        return (v, end, body)
    }

    static func merge(_ a: Kernel, _ b: Kernel, _ p: KernelProgram) -> Kernel? {
        // A library GEMM is a call of its own.
        guard a.gemm == nil, b.gemm == nil else { return nil }
        guard let la = rowLoop(a), let lb = rowLoop(b), la.end == lb.end, case .dim(let rows) = la.end else { return nil }
        guard !declares(lb.body, la.variable) else { return nil }
        let body = lb.variable == la.variable ? lb.body : lb.body.map { rename($0, lb.variable, la.variable) }
        let written = Set(stores(la.body))
        // B may read A's outputs only at its own row; and B writes nothing A touches.
        guard Set(stores(body)).isDisjoint(with: Set(a.buffers)) else { return nil }
        for (buffer, index) in loads(body) where written.contains(buffer) {
            guard isRowLocal(index, la.variable, rowWidth: p.buffers[buffer].elements, rows: rows) else { return nil }
        }
        let first: [KStmt] = a.comment.contains(" | ") ? la.body : [.block(la.body)]
        return Kernel(name: a.name, comment: a.comment + " | " + b.comment,
                      body: [.loop(variable: la.variable, start: .zero, end: la.end, parallel: true, body: first + [.block(body)])])
    }

    /// `index` addresses row `variable` of a buffer with `rows` rows: a sum with exactly one term
    /// `variable * width` (or `variable` when rows hold one element) and other terms that neither
    /// mention the row nor read memory.
    static func isRowLocal(_ index: KIndex, _ variable: String, rowWidth total: Dim, rows: Dim) -> Bool {
        var rowTerms = 0
        for term in summands(index) {
            switch term {
            case .v(variable):
                guard rows == total else { return false }
                rowTerms += 1
            case .mul(.v(variable), .dim(let w)), .mul(.dim(let w), .v(variable)):
                guard rows.multiplying(w) == total else { return false }
                rowTerms += 1
            default:
                if mentions(term, variable) || readsMemory(term) { return false }
            }
        }
        return rowTerms == 1
    }

    static func summands(_ i: KIndex) -> [KIndex] {
        if case .add(let a, let b) = i { return summands(a) + summands(b) }
        return [i]
    }

    static func mentions(_ i: KIndex, _ v: String) -> Bool {
        switch i {
        case .dim: return false
        case .v(let n): return n == v
        case .load(_, let x): return mentions(x, v)
        case .add(let a, let b), .mul(let a, let b), .div(let a, let b), .mod(let a, let b): return mentions(a, v) || mentions(b, v)
        }
    }

    static func readsMemory(_ i: KIndex) -> Bool {
        switch i {
        case .dim, .v: return false
        case .load: return true
        case .add(let a, let b), .mul(let a, let b), .div(let a, let b), .mod(let a, let b): return readsMemory(a) || readsMemory(b)
        }
    }

    // MARK: walking kernel bodies

    static func stores(_ ss: [KStmt]) -> [Int] { KStmt.storedBuffers(ss) }

    /// Every (buffer, index) read, from integer and float expressions alike.
    static func loads(_ ss: [KStmt]) -> [(Int, KIndex)] { KStmt.loads(ss) }

    /// Whether `ss` binds `name` as a loop variable or integer local (renaming onto it would clash).
    static func declares(_ ss: [KStmt], _ name: String) -> Bool {
        ss.contains { s in
            switch s {
            case .loop(let v, _, _, _, let body), .laneLoop(let v, _, _, let body), .laneReduce(let v, _, _, _, let body),
                 .slotReduce(let v, _, _, _, let body):
                return v == name || declares(body, name)
            case .letIndex(let n, _): return n == name
            default: return declares(s.nestedBody, name)
            }
        }
    }

    static func rename(_ s: KStmt, _ from: String, _ to: String) -> KStmt {
        let i: (KIndex) -> KIndex = { renameIndex($0, from, to) }
        let x: (KValue) -> KValue = { renameValue($0, from, to) }
        let ss: ([KStmt]) -> [KStmt] = { $0.map { rename($0, from, to) } }
        switch s {
        case .loop(let v, let a, let b, let par, let body): return .loop(variable: v, start: i(a), end: i(b), parallel: par, body: ss(body))
        case .letIndex(let n, let e): return .letIndex(n, i(e))
        case .assignIndex(let n, let e): return .assignIndex(n, i(e))
        case .letValue(let n, let e): return .letValue(n, x(e))
        case .assign(let n, let e): return .assign(n, x(e))
        case .store(let b, let e, let v): return .store(b, i(e), x(v))
        case .ifEqual(let a, let b, let body): return .ifEqual(i(a), i(b), ss(body))
        case .ifLess(let a, let b, let body): return .ifLess(i(a), i(b), ss(body))
        case .ifGreater(let a, let b, let body): return .ifGreater(x(a), x(b), ss(body))
        case .ifNonzero(let a, let body): return .ifNonzero(x(a), ss(body))
        case .block(let body): return .block(ss(body))
        case .laneLoop(let v, let a, let b, let body): return .laneLoop(variable: v, start: i(a), end: i(b), body: ss(body))
        case .laneReduce(let v, let a, let b, let ps, let body): return .laneReduce(variable: v, start: i(a), end: i(b), partials: ps, body: ss(body))
        case .laneZero(let body): return .laneZero(ss(body))
        case .slotReduce(let v, let a, let b, let ps, let body): return .slotReduce(variable: v, start: i(a), end: i(b), partials: ps, body: ss(body))
        case .laneSync: return s
        case .loadVector(let ns, let b, let e): return .loadVector(names: ns, buffer: b, index: i(e))
        case .storeVector(let b, let e, let vs): return .storeVector(buffer: b, index: i(e), values: vs.map(x))
        }
    }

    static func renameIndex(_ e: KIndex, _ from: String, _ to: String) -> KIndex {
        let r: (KIndex) -> KIndex = { renameIndex($0, from, to) }
        switch e {
        case .dim: return e
        case .v(let n): return n == from ? .v(to) : e
        case .load(let b, let x): return .load(b, r(x))
        case .add(let a, let b): return .add(r(a), r(b))
        case .mul(let a, let b): return .mul(r(a), r(b))
        case .div(let a, let b): return .div(r(a), r(b))
        case .mod(let a, let b): return .mod(r(a), r(b))
        }
    }

    static func renameValue(_ e: KValue, _ from: String, _ to: String) -> KValue {
        let i: (KIndex) -> KIndex = { renameIndex($0, from, to) }
        let r: (KValue) -> KValue = { renameValue($0, from, to) }
        switch e {
        case .load(let b, let x): return .load(b, i(x))
        case .const, .local: return e
        case .unary(let u, let a, let v): return .unary(u, a, r(v))
        case .unaryGrad(let u, let a, let g, let v): return .unaryGrad(u, a, r(g), r(v))
        case .binary(let op, let a, let b): return .binary(op, r(a), r(b))
        case .max(let a, let b): return .max(r(a), r(b))
        case .min(let a, let b): return .min(r(a), r(b))
        case .fromIndex(let x): return .fromIndex(i(x))
        case .dropoutScale(let p, let s, let x): return .dropoutScale(p: p, stream: s, index: i(x))
        case .selectEqual(let a, let b, let t, let f): return .selectEqual(i(a), i(b), r(t), r(f))
        }
    }
}
