// Loop fusion on kernel IR: consecutive kernels whose parallel loops run over the same rows become
// one kernel when the later one reads the earlier one's outputs only at its own row. Dependent
// pairs fuse vertically (a matmul and its bias/activation epilogue); independent pairs fuse
// horizontally (two transforms of the same rows). Fewer launches, and rows stay in cache.
import GNNIR

public struct FuseRowLocalKernels: KernelPass {
    public init() {}
    public var name: String { "fuse-row-local-kernels" }
    public var summary: String { "merge consecutive kernels over the same rows when the later reads the earlier's results only at its own row" }
    public func run(_ p: KernelProgram) -> KernelProgram { FuseRowLocalKernels.run(p) }

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
        // A library GEMM is a call of its own; rows on lanes, edge slots and variants belong to later
        // passes, whose results this pass neither reads nor keeps.
        guard a.gemm == nil, b.gemm == nil, a.lanes == 1, b.lanes == 1, a.slots == 1, b.slots == 1,
              a.variants.isEmpty, b.variants.isEmpty else { return nil }
        guard let la = rowLoop(a), let lb = rowLoop(b), la.end == lb.end, case .dim(let rows) = la.end else { return nil }
        // The row variables must mean the row everywhere: never rebound or reassigned in either
        // body, and B's renamed onto A's clashes with no name of B's.
        guard !binds(la.body, la.variable), !binds(lb.body, lb.variable), !binds(lb.body, la.variable) else { return nil }
        let body = lb.variable == la.variable ? lb.body : KernelRewriter.renaming(lb.variable, to: la.variable).rewrite(lb.body)
        let written = Set(stores(la.body))
        // B writes nothing A touches; B reads A's outputs only at its own row, and A writes those
        // outputs only at its own row (so the row B reads is complete when B's part of the row runs).
        guard Set(stores(body)).isDisjoint(with: Set(a.buffers)) else { return nil }
        var shared = Set<Int>()
        for x in accesses(body) where !x.isStore && written.contains(x.buffer) {
            guard isRowLocal(x.index, la.variable, rowWidth: p.buffers[x.buffer].elements, rows: rows, extents: x.extents) else { return nil }
            shared.insert(x.buffer)
        }
        for x in accesses(la.body) where x.isStore && shared.contains(x.buffer) {
            guard isRowLocal(x.index, la.variable, rowWidth: p.buffers[x.buffer].elements, rows: rows, extents: x.extents) else { return nil }
        }
        let first: [KStmt] = a.comment.contains(" | ") ? la.body : [.block(la.body)]
        return Kernel(name: a.name, comment: a.comment + " | " + b.comment,
                      body: [.loop(variable: la.variable, start: .zero, end: la.end, parallel: true, body: first + [.block(body)])])
    }

    /// `index` addresses row `variable` of a buffer with `rows` rows of `width` elements: a sum with
    /// exactly one term `variable * width` (or `variable` when rows hold one element), the other
    /// terms built from loop variables and non-negative dimensions (`largestOffset`) whose largest
    /// sum, from the loops' `extents`, stays below the width. Anything else (a term that reads memory,
    /// an integer local, the row after, `variable + 1`) may address another row.
    static func isRowLocal(_ index: KIndex, _ variable: String, rowWidth total: Dim, rows: Dim, extents: [String: Dim]) -> Bool {
        var rowTerms = 0
        var width: Dim?
        var largest = Dim(0)
        for term in summands(index) {
            switch term {
            case .v(variable):
                width = Dim(1)
                rowTerms += 1
            case .mul(.v(variable), .dim(let w)), .mul(.dim(let w), .v(variable)):
                width = w
                rowTerms += 1
            default:
                guard let offset = largestOffset(term, extents), let sum = largest.adding(offset) else { return false }
                largest = sum
            }
        }
        guard rowTerms == 1, let w = width, rows.multiplying(w) == total else { return false }
        // width - 1 - largest >= 0 for every value of the symbols (each at least 1) when no
        // coefficient is negative.
        guard let negated = largest.multiplying(Dim(-1)), let slack = w.adding(Dim(-1))?.adding(negated) else { return false }
        return nonNegative(slack)
    }

    /// A bound no value of `term` exceeds, and proof that none is negative: built from loop variables
    /// of known extent and dimensions without negative coefficients by +, *, / and % (nil otherwise:
    /// a memory read, an integer local, a negative constant).
    static func largestOffset(_ term: KIndex, _ extents: [String: Dim]) -> Dim? {
        switch term {
        case .dim(let c):
            return nonNegative(c) ? c : nil
        case .v(let j):
            return extents[j]?.adding(Dim(-1))
        case .add(let a, let b):
            guard let x = largestOffset(a, extents), let y = largestOffset(b, extents) else { return nil }
            return x.adding(y)
        case .mul(let a, let b):
            // A bound of many terms proves nothing a schedule needs and costs their product.
            guard let x = largestOffset(a, extents), let y = largestOffset(b, extents), x.terms.count * y.terms.count <= 16 else { return nil }
            return x.multiplying(y)
        case .div(let a, .dim(let d)):
            guard let x = largestOffset(a, extents), let v = d.constantValue, v > 0 else { return nil }
            return x.constantValue.map { Dim($0 / v) } ?? x
        case .mod(let a, .dim(let m)):
            guard largestOffset(a, extents) != nil, nonNegative(m), m != Dim(0) else { return nil }
            return m.adding(Dim(-1))
        default:
            return nil
        }
    }

    /// Dimension symbols are at least 1, so a polynomial without negative coefficients is >= 0.
    static func nonNegative(_ d: Dim) -> Bool { d.terms.allSatisfy { $0.coeff >= 0 } }

    /// A buffer read or write, with the extents of the loops around it that run from 0 to a
    /// dimension (a name rebound by another loop or an integer local is dropped).
    struct Access {
        var buffer: Int
        var index: KIndex
        var isStore: Bool
        var extents: [String: Dim]
    }

    static func accesses(_ ss: [KStmt]) -> [Access] {
        var out: [Access] = []
        var reassigned = Set<String>()
        KStmt.walk(ss) { if case .assignIndex(let n, _) = $0 { reassigned.insert(n) } }
        accesses(ss, [:], reassigned, into: &out)
        return out
    }

    /// `reassigned`: integer names some statement assigns, whose loop extents bound nothing.
    static func accesses(_ ss: [KStmt], _ outer: [String: Dim], _ reassigned: Set<String>, into out: inout [Access]) {
        var scope = outer
        for s in ss {
            var loads: [(Int, KIndex)] = []
            let (indices, values) = s.operands
            for i in indices { i.visit { if case .load(let b, let x) = $0 { loads.append((b, x)) } } }
            for x in values {
                x.visit(index: { if case .load(let b, let y) = $0 { loads.append((b, y)) } },
                        value: { if case .load(let b, let i) = $0 { loads.append((b, i)) } })
            }
            switch s {
            case .loadVector(let names, let b, let i): loads += [(b, i), (b, i + .lit(names.count - 1))]
            case .store(let b, let i, _): out.append(Access(buffer: b, index: i, isStore: true, extents: scope))
            case .storeVector(let b, let i, let xs):
                out += [Access(buffer: b, index: i, isStore: true, extents: scope),
                        Access(buffer: b, index: i + .lit(xs.count - 1), isStore: true, extents: scope)]
            default: break
            }
            out += loads.map { Access(buffer: $0.0, index: $0.1, isStore: false, extents: scope) }
            var inner = scope
            switch s {
            case .loop(let v, let a, let b, _, _), .laneLoop(let v, let a, let b, _), .laneReduce(let v, let a, let b, _, _),
                 .slotReduce(let v, let a, let b, _, _):
                if a == .zero, case .dim(let e) = b, !reassigned.contains(v) { inner[v] = e } else { inner[v] = nil }
            default: break
            }
            accesses(s.nestedBody, inner, reassigned, into: &out)
            if case .letIndex(let n, _) = s { scope[n] = nil }
        }
    }

    static func summands(_ i: KIndex) -> [KIndex] {
        if case .add(let a, let b) = i { return summands(a) + summands(b) }
        return [i]
    }

    // MARK: walking kernel bodies

    static func stores(_ ss: [KStmt]) -> [Int] { KStmt.storedBuffers(ss) }

    /// Whether `ss` declares `name` (a loop variable, a local of either kind, a vector-load name, a
    /// partial) or assigns it.
    static func binds(_ ss: [KStmt], _ name: String) -> Bool {
        var found = false
        KStmt.walk(ss) { s in
            if s.declaredNames.contains(name) { found = true }
            if case .assign(name, _) = s { found = true }
            if case .assignIndex(name, _) = s { found = true }
        }
        return found
    }
}
