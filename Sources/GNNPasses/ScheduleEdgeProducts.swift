// Edge-row products computed inside their consumer's loop: `e @ W` over edge features, read
// element by element by one aggregation or element-wise op, never gets its E x F buffer.
import GNNIR


/// The dot products that inlined edge-row products leave in a kernel being built. `value(of:)`
/// names each element it is asked for as a fresh local and records how to compute it; `emit`
/// then defines each local just before the statement that reads it (`hoist`). A class, so the
/// snapshots of the scheduler that build a kernel's closures share one record.
final class InlineProducts {
    struct Dot {
        var name: String
        var counter: String
        var depth: Dim
        /// Term k of the element's sum.
        var term: KValue
        /// The product's row and the element's feature, as the consumer's loop names them.
        var row: KIndex
        var feature: KIndex
        /// For a whole row (`hoistRows`): the row's width, and term k of feature `rowFeature`.
        var width: Dim
        var rowFeature: String
        var left: KValue
        var weight: KValue
    }
    /// The dots recorded since the last `hoist` (each kernel's are its own).
    private(set) var dots: [String: Dot] = [:]
    private var made = 0

    /// A local holding element (`row`, `feature`) of `left @ weight`: the sum over k < depth of
    /// left(k) * weight(k, feature), defined by `hoistRows` or `hoist`.
    func local(row: KIndex, feature: KIndex, depth: Dim, width: Dim,
               left: (KIndex) throws(ScheduleError) -> KValue,
               weight: (KIndex, KIndex) throws(ScheduleError) -> KValue) throws(ScheduleError) -> KValue {
        let n = made
        made += 1
        let k = KIndex.v("kd\(n)"), j = "jd\(n)"
        let a = try left(k)
        let dot = Dot(name: "dot\(n)", counter: "kd\(n)", depth: depth, term: .binary(.mul, a, try weight(k, feature)),
                      row: row, feature: feature, width: width, rowFeature: j, left: a, weight: try weight(k, .v(j)))
        dots[dot.name] = dot
        return .local(dot.name)
    }

    /// The CPU form: a dot read inside a feature loop `for j` whose product row is fixed outside
    /// that loop (the row-accumulated aggregation: edge loop outside, features inside) is computed
    /// for the whole row before the loop, as matmul's row accumulation computes a row (output
    /// loop innermost, so the compiler vectorises it, where a per-element dot of symbolic length
    /// is not), into a scratch row of the kernel's parallel iteration (`scratch(name, rows x width)`
    /// makes the buffer: G or N rows, not E), and read from there.
    func hoistRows(_ ss: [KStmt], scratch: (String, Dim) -> Int) -> [KStmt] {
        guard !dots.isEmpty else { return ss }
        return hoistRows(ss, parallel: nil, scratch: scratch)
    }

    private func hoistRows(_ ss: [KStmt], parallel: (name: String, rows: Dim)?, scratch: (String, Dim) -> Int) -> [KStmt] {
        var out: [KStmt] = []
        for s in ss {
            guard case .loop(let v, let a, let b, let par, let body) = s else {
                out.append(s.mappingBodies { hoistRows($0, parallel: parallel, scratch: scratch) })
                continue
            }
            if par, case .dim(let rows) = b {
                out.append(.loop(variable: v, start: a, end: b, parallel: true, body: hoistRows(body, parallel: (v, rows), scratch: scratch)))
                continue
            }
            var inner = body
            if let p = parallel {
                var bound: Set<String> = [v]
                KStmt.walk(body) { bound.formUnion($0.declaredNames) }
                let fixed = readDots(body).filter { $0.feature == .v(v) && !$0.row.mentions(bound) }
                for d in fixed {
                    guard let elements = p.rows.multiplying(d.width) else { continue }
                    let buffer = scratch(d.name + "_row", elements)
                    let at = KIndex.v(p.name) * .dim(d.width)
                    out += rowDefinition(d, buffer: buffer, at: at)
                    inner = KernelRewriter(value: { x in
                        if case .local(d.name) = x { return .load(buffer, at + .v(v)) }
                        return nil
                    }).rewrite(inner)
                }
            }
            out.append(.loop(variable: v, start: a, end: b, parallel: par, body: hoistRows(inner, parallel: parallel, scratch: scratch)))
        }
        return out
    }

    private func readDots(_ ss: [KStmt]) -> [Dot] {
        var names: [String] = []
        KStmt.visitValues(ss) { x in if case .local(let n) = x, self.dots[n] != nil, !names.contains(n) { names.append(n) } }
        return names.compactMap { dots[$0] }
    }

    private func rowDefinition(_ d: Dot, buffer: Int, at: KIndex) -> [KStmt] {
        let j = KIndex.v(d.rowFeature), a = "a\(d.name)"
        return [
            .loop(variable: d.rowFeature, start: .zero, end: .dim(d.width), parallel: false, body: [.store(buffer, at + j, .const(0))]),
            .loop(variable: d.counter, start: .zero, end: .dim(d.depth), parallel: false, body: [
                .letValue(a, d.left),
                .ifNonzero(.local(a), [
                    .loop(variable: d.rowFeature, start: .zero, end: .dim(d.width), parallel: false, body: [
                        .store(buffer, at + j, .binary(.add, .load(buffer, at + j), .binary(.mul, .local(a), d.weight))),
                    ]),
                ]),
            ]),
        ]
    }

    /// `ss` with each recorded dot computed right before the statement whose own operands read
    /// it (inside the same loops, so per element of the consumer), in the order they are read.
    func hoist(_ ss: [KStmt]) -> [KStmt] {
        guard !dots.isEmpty else { return ss }
        defer { dots = [:] }
        var defined: Set<String> = []
        let rewriter = KernelRewriter(statement: { s in
            let read = self.readDots(s)
            guard !read.isEmpty else { return nil }
            // A statement sharing an expression with an earlier one (both read the same element)
            // gets its own copy of the dot: one definition per name, whatever the scopes.
            var renamed: [String: String] = [:], defs: [KStmt] = []
            for var d in read {
                if defined.contains(d.name) {
                    let copy = "\(d.name)_\(defined.count)"
                    renamed[d.name] = copy
                    d.name = copy
                }
                defined.insert(d.name)
                defs += self.definition(d)
            }
            let rename = KernelRewriter(value: { v in
                if case .local(let n) = v, let m = renamed[n] { return .local(m) }
                return nil
            })
            let stmt = renamed.isEmpty ? s : s.mappingOperands(index: { $0 }, value: rename.rewrite)
            return defs + [stmt]
        })
        return rewriter.rewrite(ss)
    }

    private func readDots(_ s: KStmt) -> [Dot] {
        var names: [String] = []
        for x in s.operands.values {
            x.visit(index: { _ in }, value: { v in
                if case .local(let n) = v, self.dots[n] != nil, !names.contains(n) { names.append(n) }
            })
        }
        return names.compactMap { dots[$0] }
    }

    private func definition(_ d: Dot) -> [KStmt] {
        [.letValue(d.name, .const(0)),
         .loop(variable: d.counter, start: .zero, end: .dim(d.depth), parallel: false, body: [
             .assign(d.name, .binary(.add, .local(d.name), d.term)),
         ])]
    }
}

extension Scheduler {
    /// A matrix product that may be computed inside its consumer's loop: rows are edges, the left
    /// operand an edge value, the right a parameter matrix. Each element is then a K-long dot
    /// product, the same multiplications as the product's own kernel, but the E x F result is never
    /// stored. Taken when a row of the left operand is no wider than the result's (or a width is
    /// symbolic, as edge-feature widths are): reading it per edge then costs no more memory traffic
    /// than writing and re-reading the product.
    static func isInlinableEdgeProduct(_ m: GraphModule, _ op: Operation) -> Bool {
        guard op.opcode == .matmul, op.type.domain == .edge, op.type.dims.count == 1 else { return false }
        let a = m.type(of: op.operands[0]), w = m.type(of: op.operands[1])
        guard a.domain == .edge, a.dims.count == 1, w.domain == .global, w.dims.count == 2 else { return false }
        if let k = a.dims[0].constantValue, let f = op.type.dims[0].constantValue { return k <= f }
        return true
    }

    /// Element `feature` of row `row` of the inlined product `op`: a local computed by `hoist`.
    func inlineProductElement(_ op: Operation, row: KIndex, feature: KIndex) throws(ScheduleError) -> KValue {
        let a = op.operands[0], w = op.operands[1]
        let dims = module.type(of: w).dims
        return try products.local(row: row, feature: feature, depth: dims[0], width: dims[1],
                                  left: { (k) throws(ScheduleError) in try value(of: a, row: row, feature: k) },
                                  weight: { (k, j) throws(ScheduleError) in try value(of: w, row: .zero, feature: k * .dim(dims[1]) + j) })
    }
}
