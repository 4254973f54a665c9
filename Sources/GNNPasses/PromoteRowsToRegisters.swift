// Keeps a row that a CPU kernel accumulates (an aggregation's output row over its edges, a matmul's row over k) in locals instead of memory: one store per element per row, not one load and store per element per edge.
import GNNIR

/// In a row kernel (`parallel for v`), an f32 temp buffer row `B[v * W + j]` whose width W is a constant
/// (or a dimension the program was planned for) of 2 ... `maxWidth`, that the kernel only touches
/// through feature loops `for j in 0 ..< W` at that index, and updates inside another loop (an edge
/// loop, a matmul's k loop), becomes W float locals: each such feature loop is unrolled W times,
/// its reads and writes of the row going to the locals; the row is read into them first unless a
/// feature loop writes it whole before anything reads it, and written out once at the end of the
/// row unless nothing else reads it (a temp no other kernel reads and no result). The C compiler
/// keeps the locals in vector registers (its SLP vectoriser packs the unrolled copies), so an
/// aggregation no longer loads and stores its output row per edge. Each element sees the same
/// operations in the same order, so every result keeps its bits. CPU only: CUDA spreads a row's
/// features over lanes, each lane holding its own elements already.
///
/// The C emitter puts an empty volatile asm at the head of a loop carrying such a row, so that
/// GCC does not vectorise the edge loop itself (with gathers and in-order reductions: 254 gathers
/// in spmm_weighted's training aggregation, slower than the row in memory) and packs the unrolled
/// copies instead (4 zmm accumulators, a broadcast edge weight, 4 multiplies and adds per edge).
///
/// Not promoted, each measured slower or wrong on synthetic:large before that barrier existed and
/// kept out since: a row whose update reads more than one row per iteration (the backward of an
/// SDDMM, `g[e] * x[src]`: edge_softmax's forward+backward took 490-570 ms promoted, 280-430 ms
/// in memory); a row accumulated in a loop that calls the math library (an edge's
/// `sigmoid(s[e])`: the call clobbers the vector registers, so the row is spilled and reloaded
/// around it every iteration: spmm_weighted's forward 225 ms promoted, 130 ms in memory); and a
/// row updated under a branch inside the loop (the matmul's `if a != 0`, which skips zero inputs):
/// GCC 12 with `-O3 -march=native` on AVX-512 miscompiles that loop once its accumulators are
/// locals, if-converting the branch and vectorising the in-order reductions with masks (`gnnc
/// selftest`'s gcn training gradient of conv1.W: relative error 1.5; right with -O2, -mavx2 or
/// -fno-tree-loop-if-convert).
public struct PromoteRowsToRegisters: KernelPass {
    public let name = "promote-rows-to-registers"
    public let summary = "keeps rows a CPU kernel accumulates across a loop in unrolled float locals (registers), not memory"

    /// The widest row promoted; `maxFloats` bounds all of a kernel's promoted rows together (a
    /// fused backward aggregation with two 64-wide rows, both live to the end of the row, ran
    /// 2.5x slower promoted than in memory).
    public static let maxWidth = 64
    public static let maxFloats = 64

    public init() {}

    /// The most statements the unrolling may add to one program. The C compiler's time grows
    /// with the code (about 1 ms per unrolled statement at -O3 here: GCNII's training program,
    /// 16 layers of 64-wide rows, took 3.0 s to compile as loops and 11.8 s with every row
    /// unrolled), so kernels are promoted in launch order while the budget lasts.
    public static let statementBudget = 1024

    public func run(_ p: KernelProgram) throws -> KernelProgram {
        var out = p
        var spent = 0
        for i in out.kernels.indices {
            var k = promoted(out.kernels[i], in: p)
            k.variants = k.variants.map { promoted($0, in: p) }
            let cost = Self.statementCount(k) - Self.statementCount(out.kernels[i])
            guard spent + cost <= Self.statementBudget else { continue }
            spent += cost
            out.kernels[i] = k
        }
        return out
    }

    static func statementCount(_ k: Kernel) -> Int {
        var n = 0
        for body in [k.body] + k.variants.map(\.body) { KStmt.walk(body) { _ in n += 1 } }
        return n
    }

    /// A promotable row: buffer, width, and the constant index form `v * W + j` minus `j`.
    struct Row {
        let buffer: Int
        let width: Int
        let stride: Dim
    }

    func promoted(_ k: Kernel, in p: KernelProgram) -> Kernel {
        guard k.lanes == 1, k.gemm == nil, k.body.count == 1, case .loop(let v, let a, let b, true, let body) = k.body[0] else { return k }
        var rows: [Row] = []
        var floats = 0
        for candidate in Self.candidates(body, v, p) where floats + candidate.width <= Self.maxFloats {
            rows.append(candidate)
            floats += candidate.width
        }
        guard !rows.isEmpty else { return k }
        var taken = Set<String>()
        KStmt.walk(k.body) { taken.formUnion($0.declaredNames) }
        var names: [Int: [String]] = [:]
        for r in rows {
            var base = "r\(r.buffer)_"
            while taken.contains(where: { $0.hasPrefix(base) }) { base = "r" + base }
            names[r.buffer] = (0..<r.width).map { "\(base)\($0)" }
        }
        var newBody: [KStmt] = []
        for r in rows {
            let writtenFirst = Self.writtenWholeFirst(body, r, v)
            for (c, n) in names[r.buffer]!.enumerated() {
                newBody.append(.letValue(n, writtenFirst ? .const(0) : .load(r.buffer, Self.element(v, r, c))))
            }
        }
        newBody += Unroller(v: v, rows: rows, names: names).rewrite(body)
        for r in rows where !Self.isDeadAfter(r.buffer, k, p) {
            for (c, n) in names[r.buffer]!.enumerated() { newBody.append(.store(r.buffer, Self.element(v, r, c), .local(n))) }
        }
        var m = k
        m.body = [.loop(variable: v, start: a, end: b, parallel: true, body: newBody)]
        return m
    }

    static func element(_ v: String, _ r: Row, _ c: Int) -> KIndex { .add(.mul(.v(v), .dim(r.stride)), .lit(c)) }

    // MARK: which rows

    /// Temp buffers of this kernel that every access reaches as `B[v * W + j]` inside a
    /// `for j in 0 ..< W` loop with a small constant W, at least one of them nested in another
    /// loop (the accumulation that promotion pays for), in buffer order.
    static func candidates(_ body: [KStmt], _ v: String, _ p: KernelProgram) -> [Row] {
        var widths: [Int: (Int, Dim)] = [:]
        var rejected: Set<Int> = []
        var accumulated: Set<Int> = []
        func visit(_ ss: [KStmt], featureLoop: (j: String, width: Int, stride: Dim)?, depth: Int, guarded: Bool = false) {
            for s in ss {
                let (indices, values) = s.operands
                var accesses: [(Int, KIndex)] = []
                for i in indices { i.visit { if case .load(let b, let x) = $0 { accesses.append((b, x)) } } }
                for x in values { x.visit(index: { if case .load(let b, let i) = $0 { accesses.append((b, i)) } }, value: { if case .load(let b, let i) = $0 { accesses.append((b, i)) } }) }
                if case .store(let b, let i, _) = s { accesses.append((b, i)) }
                if case .storeVector(let b, _, _) = s { rejected.insert(b) }
                if case .loadVector(_, let b, _) = s { rejected.insert(b) }
                for (b, i) in accesses {
                    // f32 rows only: a 16-bit row rounds every store, which locals would skip.
                    guard p.buffers[b].role == .temp, p.buffers[b].dtype == .f32, let f = featureLoop, i == .add(.mul(.v(v), .dim(f.stride)), .v(f.j)),
                          widths[b].map({ $0.0 == f.width && $0.1 == f.stride }) ?? true else {
                        rejected.insert(b)
                        continue
                    }
                    widths[b] = (f.width, f.stride)
                    if depth > 0 { accumulated.insert(b) }
                    if depth > 0 && guarded { rejected.insert(b) }
                }
                if case .loop(let j, let start, .dim(let extent), false, let inner) = s, start == .zero,
                   let w = extent.substituting(p.dimValues.mapValues { Dim($0) })?.constantValue, (2...maxWidth).contains(w),
                   featureLoop == nil, !containsLoop(inner) {
                    visit(inner, featureLoop: (j, w, extent), depth: depth,
                          guarded: guarded || (depth > 0 && Self.gatheredRows(inner, j, row: .add(.mul(.v(v), .dim(extent)), .v(j))) > 1))
                } else if case .loop(_, _, _, _, let inner) = s {
                    // Another loop (never inside a feature loop, which has none): the rows its
                    // feature loops touch are touched in every iteration, accumulated.
                    visit(inner, featureLoop: nil, depth: depth + 1, guarded: guarded || callsMathLibrary(inner))
                } else {
                    if s.declaredNames.contains(v) { rejected.formUnion(widths.keys) }
                    let branch: Bool
                    switch s {
                    case .ifEqual, .ifLess, .ifGreater, .ifNonzero: branch = true
                    default: branch = false
                    }
                    visit(s.nestedBody, featureLoop: featureLoop, depth: depth, guarded: guarded || (branch && depth > 0))
                }
            }
        }
        visit(body, featureLoop: nil, depth: 0)
        return widths.keys.sorted().filter { !rejected.contains($0) && accumulated.contains($0) }.map {
            Row(buffer: $0, width: widths[$0]!.0, stride: widths[$0]!.1)
        }
    }

    /// Whether these statements call the math library (a call clobbers the vector registers the
    /// rows would live in: each edge would spill and reload them).
    static func callsMathLibrary(_ ss: [KStmt]) -> Bool {
        var found = false
        KStmt.visitValues(ss) { x in
            switch x {
            case .unary(let u, _, _), .unaryGrad(let u, _, _, _): if u.function.callsMathLibrary { found = true }
            default: break
            }
        }
        return found
    }

    /// The distinct rows a feature loop reads at the feature index, other than the row at `row`.
    static func gatheredRows(_ ss: [KStmt], _ j: String, row: KIndex) -> Int {
        Set(KStmt.loads(ss).filter { $0.1 != row && $0.1.mentions(j) }.map { KIndex.load($0.0, $0.1) }).count
    }

    static func containsLoop(_ ss: [KStmt]) -> Bool {
        var found = false
        KStmt.walk(ss) { if case .loop = $0 { found = true } }
        return found
    }

    /// Whether the first statement of the row body (blocks opened, in order) that touches the row
    /// is a feature loop storing every element without reading the row: then nothing reads the
    /// buffer's old contents.
    static func writtenWholeFirst(_ body: [KStmt], _ r: Row, _ v: String) -> Bool {
        for s in body {
            if case .block(let inner) = s {
                if touches(inner, r.buffer) { return writtenWholeFirst(inner, r, v) }
                continue
            }
            guard touches([s], r.buffer) else { continue }
            guard case .loop(let j, _, _, false, let inner) = s, inner.count == 1,
                  case .store(r.buffer, let i, let x) = inner[0], i == .add(.mul(.v(v), .dim(r.stride)), .v(j)) else { return false }
            return !touches([.letValue("_", x)], r.buffer)
        }
        return false
    }

    static func touches(_ ss: [KStmt], _ b: Int) -> Bool {
        KStmt.loads(ss).contains { $0.0 == b } || KStmt.storedBuffers(ss).contains(b)
    }

    /// A temp no result is and no other kernel (or variant) reads: its final row need not be written.
    static func isDeadAfter(_ b: Int, _ k: Kernel, _ p: KernelProgram) -> Bool {
        guard p.buffers[b].role == .temp, !p.results.contains(b) else { return false }
        let others = p.kernels.flatMap { [$0] + $0.variants }.filter { $0.name != k.name }
        return !others.contains { KStmt.loads($0.body).contains { $0.0 == b } }
    }

    // MARK: the rewrite

    /// Unrolls every feature loop that touches a promoted row, the row's elements read from and
    /// assigned to its locals.
    struct Unroller {
        let v: String
        let rows: [Row]
        let names: [Int: [String]]

        func rewrite(_ ss: [KStmt]) -> [KStmt] {
            ss.flatMap { s -> [KStmt] in
                // A feature loop touching a promoted row has the row's width (candidates checked it).
                if case .loop(let j, .zero, .dim(let extent), false, let inner) = s, !PromoteRowsToRegisters.containsLoop(inner),
                   let r = rows.first(where: { $0.stride == extent && PromoteRowsToRegisters.touches(inner, $0.buffer) }) {
                    // A copy that declares locals gets its own scope, so the copies' names do not clash.
                    let scoped = inner.contains { !$0.declaredNames.isEmpty }
                    return (0..<r.width).flatMap { c in scoped ? [.block(copy(inner, j: j, c: c))] : copy(inner, j: j, c: c) }
                }
                return [s.mappingBodies(rewrite)]
            }
        }

        /// One copy of a feature loop's body at `j = c`.
        func copy(_ body: [KStmt], j: String, c: Int) -> [KStmt] {
            let promotedAccess = KernelRewriter(
                value: { x in
                    guard case .load(let b, let i) = x, let r = rows.first(where: { $0.buffer == b }),
                          i == .add(.mul(.v(v), .dim(r.stride)), .v(j)) else { return nil }
                    return .local(names[b]![c])
                },
                statement: { s in
                    guard case .store(let b, let i, let x) = s, let r = rows.first(where: { $0.buffer == b }),
                          i == .add(.mul(.v(v), .dim(r.stride)), .v(j)) else { return nil }
                    return [.assign(names[b]![c], x)]
                })
            let fixed = KernelRewriter(index: { if case .v(j) = $0 { return .lit(c) }; return nil })
            return fixed.rewrite(promotedAccess.rewrite(body))
        }
    }
}
