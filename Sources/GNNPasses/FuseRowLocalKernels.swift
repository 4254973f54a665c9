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
        // A library GEMM is a call of its own.
        guard a.gemm == nil, b.gemm == nil else { return nil }
        guard let la = rowLoop(a), let lb = rowLoop(b), la.end == lb.end, case .dim(let rows) = la.end else { return nil }
        guard !declares(lb.body, la.variable) else { return nil }
        let body = lb.variable == la.variable ? lb.body : KernelRewriter.renaming(lb.variable, to: la.variable).rewrite(lb.body)
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
                if term.mentions(variable) || term.readsMemory { return false }
            }
        }
        return rowTerms == 1
    }

    static func summands(_ i: KIndex) -> [KIndex] {
        if case .add(let a, let b) = i { return summands(a) + summands(b) }
        return [i]
    }

    // MARK: walking kernel bodies

    static func stores(_ ss: [KStmt]) -> [Int] { KStmt.storedBuffers(ss) }

    /// Every (buffer, index) read, from integer and float expressions alike.
    static func loads(_ ss: [KStmt]) -> [(Int, KIndex)] { KStmt.loads(ss) }

    /// Whether `ss` binds `name` as a loop variable or integer local (renaming onto it would clash).
    static func declares(_ ss: [KStmt], _ name: String) -> Bool {
        var found = false
        KStmt.walk(ss) { s in
            switch s {
            case .loop, .laneLoop, .laneReduce, .slotReduce, .letIndex: if s.declaredNames.first == name { found = true }
            default: break
            }
        }
        return found
    }
}
