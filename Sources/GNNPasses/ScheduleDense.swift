// Loop nests of the dense and reduction ops: matmuls, row and broadcast reductions, concat and
// slice, and the cross-entropy loss with its gradient.
import GNNIR

extension Scheduler {
    func buffer(_ v: ValueID) throws(ScheduleError) -> Int {
        guard let b = bufferOf[v.index] else { throw ScheduleError(message: "value \(IRPrinter.valueNames(module)[v.index]) has no buffer") }
        return b
    }

    func total(_ t: TensorType) throws(ScheduleError) -> Dim {
        guard let n = rows(t).multiplying(try width(t)) else { throw ScheduleError(message: "size overflow") }
        return n
    }

    /// Rows of a `[.., K]` value seen as a matrix: every leading index is a row.
    func matrixRows(_ t: TensorType) throws(ScheduleError) -> Dim {
        var r = rows(t)
        for d in t.dims.dropLast() { guard let p = r.multiplying(d) else { throw ScheduleError(message: "size overflow") }; r = p }
        return r
    }

    /// `out[r, m] = sum_k x[r, k] W[k, m]`, row-parallel with the m loop innermost (vectorisable).
    mutating func matmul(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let w = try buffer(op.operands[1])
        let wt = module.type(of: op.operands[1])
        let (k, m) = (wt.dims[0], wt.dims[1])
        // The left operand may be an inlined element-wise chain (e.g. the input dropout); with more
        // than one feature axis its matrix rows are not its rows, so it is read flat.
        let a: KValue = module.type(of: op.operands[0]).rank == 1
            ? try value(of: op.operands[0], row: .v("r"), feature: .v("k"))
            : .load(try buffer(op.operands[0]), .v("r") * .dim(k) + .v("k"))
        let out = try newBuffer(for: i, op)
        let at: (Int, String, String) -> KIndex = { _, row, col in .v(row) * .dim(m) + .v(col) }
        let rowsDim = try matrixRows(op.type)
        let gemm = inlined.contains(op.operands[0].index) ? nil
            : GEMM(a: try buffer(op.operands[0]), b: w, out: out, m: rowsDim, n: m, k: k)
        if op.type.dtype != .f32 {
            // A low-precision result accumulates in f32 locals and is rounded once, on its store.
            return emit("matmul", "\(op.opcode)", [
                .loop(variable: "r", start: .zero, end: .dim(rowsDim), parallel: true, body: Scheduler.rowProduct(a, w, out, k: k, m: m)),
            ], gemm: gemm)
        }
        emit("matmul", "\(op.opcode)", [
            .loop(variable: "r", start: .zero, end: .dim(rowsDim), parallel: true, body: [
                .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [.store(out, at(out, "r", "c"), .const(0))]),
                .loop(variable: "k", start: .zero, end: .dim(k), parallel: false, body: [
                    .letValue("a", a),
                    // Zero entries (most of a bag-of-words feature row, or a dropped one) add
                    // nothing: skipping them is exact for finite weights.
                    .ifNonzero(.local("a"), [
                        .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [
                            .store(out, at(out, "r", "c"), .binary(.add, .load(out, at(out, "r", "c")),
                                                                   .binary(.mul, .local("a"), .load(w, .v("k") * .dim(m) + .v("c"))))),
                        ]),
                    ]),
                ]),
            ]),
        ], gemm: gemm)
    }

    /// Row `r` of `a @ W` accumulated in f32 locals: one per column when there are at most
    /// `unrolledColumns` of them, known when scheduling (the row of `a` is then read once, and its
    /// zeros skipped once), else a dot product per column.
    static func rowProduct(_ a: KValue, _ w: Int, _ out: Int, k: Dim, m: Dim) -> [KStmt] {
        if let columns = m.constantValue, columns <= unrolledColumns {
            return (0..<columns).map { .letValue("acc\($0)", .const(0)) } + [
                .loop(variable: "k", start: .zero, end: .dim(k), parallel: false, body: [
                    .letValue("a", a),
                    .ifNonzero(.local("a"), (0..<columns).map { c in
                        .assign("acc\(c)", .binary(.add, .local("acc\(c)"), .binary(.mul, .local("a"), .load(w, .v("k") * .dim(m) + .lit(c)))))
                    }),
                ]),
            ] + (0..<columns).map { .store(out, .v("r") * .dim(m) + .lit($0), .local("acc\($0)")) }
        }
        return [
            .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [
                .letValue("acc", .const(0)),
                .loop(variable: "k", start: .zero, end: .dim(k), parallel: false, body: [
                    .letValue("a", a),
                    .ifNonzero(.local("a"), [
                        .assign("acc", .binary(.add, .local("acc"), .binary(.mul, .local("a"), .load(w, .v("k") * .dim(m) + .v("c"))))),
                    ]),
                ]),
                .store(out, .v("r") * .dim(m) + .v("c"), .local("acc")),
            ]),
        ]
    }

    static let unrolledColumns = 64

    /// `out[r, k] = sum_m g[r, m] W[k, m]`.
    mutating func matmulNT(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let g = try buffer(op.operands[0]), w = try buffer(op.operands[1])
        let wt = module.type(of: op.operands[1])
        let (k, m) = (wt.dims[0], wt.dims[1])
        let out = try newBuffer(for: i, op)
        let rowsDim = try matrixRows(op.type)
        emit("matmul_nt", "\(op.opcode)", [
            .loop(variable: "r", start: .zero, end: .dim(rowsDim), parallel: true, body: [
                .loop(variable: "c", start: .zero, end: .dim(k), parallel: false, body: [
                    .letValue("acc", .const(0)),
                    .loop(variable: "q", start: .zero, end: .dim(m), parallel: false, body: [
                        .assign("acc", .binary(.add, .local("acc"), .binary(.mul, .load(g, .v("r") * .dim(m) + .v("q")),
                                                                             .load(w, .v("c") * .dim(m) + .v("q"))))),
                    ]),
                    .store(out, .v("r") * .dim(k) + .v("c"), .local("acc")),
                ]),
            ]),
        ], gemm: GEMM(a: g, b: w, out: out, m: rowsDim, n: k, k: m, transB: true))
    }

    /// `out[k, m] = sum_r x[r, k] g[r, m]`, parallel over k; rows are summed in order.
    mutating func matmulTN(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let x = try buffer(op.operands[0]), g = try buffer(op.operands[1])
        let (k, m) = (op.type.dims[0], op.type.dims[1])
        let rowsDim = try matrixRows(module.type(of: op.operands[0]))
        let out = try newBuffer(for: i, op)
        let at = KIndex.v("k") * .dim(m) + .v("c")
        emit("matmul_tn", "\(op.opcode)", [
            .loop(variable: "k", start: .zero, end: .dim(k), parallel: true, body: [
                .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [.store(out, at, .const(0))]),
                .loop(variable: "r", start: .zero, end: .dim(rowsDim), parallel: false, body: [
                    .letValue("a", .load(x, .v("r") * .dim(k) + .v("k"))),
                    .ifNonzero(.local("a"), [
                        .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [
                            .store(out, at, .binary(.add, .load(out, at), .binary(.mul, .local("a"), .load(g, .v("r") * .dim(m) + .v("c"))))),
                        ]),
                    ]),
                ]),
            ]),
        ], gemm: GEMM(a: x, b: g, out: out, m: k, n: m, k: rowsDim, transA: true))
    }

    /// `out[r] = sum_k x(r, k)` over an inner axis of extent `inner`.
    mutating func rowReduce(_ i: Int, _ op: Operation, inner: Dim, name: String, _ x: (KIndex, KIndex) -> KValue) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        emit(name, "\(op.opcode)", [
            .loop(variable: "r", start: .zero, end: .dim(try total(op.type)), parallel: true, body: [
                .letValue("acc", .const(0)),
                .loop(variable: "k", start: .zero, end: .dim(inner), parallel: false, body: [
                    .assign("acc", .binary(.add, .local("acc"), x(.v("r"), .v("k")))),
                ]),
                .store(out, .v("r"), .local("acc")),
            ]),
        ])
    }

    mutating func concat(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        let last = op.type.dims.last!
        let rowsDim = try matrixRows(op.type)
        var offset = Dim(0)
        var body: [KStmt] = []
        for x in op.operands {
            let w = module.type(of: x).dims.last!
            body.append(.loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                .store(out, .v("r") * .dim(last) + .dim(offset) + .v("j"), .load(try buffer(x), .v("r") * .dim(w) + .v("j"))),
            ]))
            guard let next = offset.adding(w) else { throw ScheduleError(message: "size overflow") }
            offset = next
        }
        emit("concat", "\(op.opcode)", [.loop(variable: "r", start: .zero, end: .dim(rowsDim), parallel: true, body: body)])
    }

    mutating func slice(_ i: Int, _ op: Operation) throws(ScheduleError) {
        guard let range = op.attributes["range"]?.asDims, range.count == 2 else { throw ScheduleError(message: "slice without range") }
        let x = try buffer(op.operands[0])
        let width = module.type(of: op.operands[0]).dims.last!
        let out = try newBuffer(for: i, op)
        emit("slice", "\(op.opcode)", [
            .loop(variable: "r", start: .zero, end: .dim(try matrixRows(op.type)), parallel: true, body: [
                .loop(variable: "j", start: .zero, end: .dim(range[1]), parallel: false, body: [
                    .store(out, .v("r") * .dim(range[1]) + .v("j"), .load(x, .v("r") * .dim(width) + .dim(range[0]) + .v("j"))),
                ]),
            ]),
        ])
    }

    /// Sums the operand over the axes where the target has size 1 (or no row axis): parallel over
    /// target elements, with one serial loop per reduced axis. The operand is read through
    /// `value(of:)`, so an element-wise producer (a per-edge product) is never materialised.
    mutating func sumTo(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let bigType = module.type(of: op.operands[0]), small = op.type
        let big = [rows(bigType)] + bigType.dims
        let pad = [Dim](repeating: Dim(1), count: bigType.dims.count - small.dims.count)
        let aligned = [small.domain == .global ? Dim(1) : rows(small)] + pad + small.dims
        var featureIndex = KIndex.zero, rowIndex = KIndex.zero
        var smallStride = Dim(1), bigStride = Dim(1)
        var reduced: [(String, Dim)] = []
        for a in stride(from: big.count - 1, through: 0, by: -1) {
            let coord: KIndex
            if aligned[a].isOne && !big[a].isOne {
                coord = .v("k\(a)")
                reduced.append(("k\(a)", big[a]))
            } else {
                coord = (.v("t") / .dim(smallStride)) % .dim(aligned[a])
            }
            if a == 0 { rowIndex = coord } else { featureIndex = featureIndex + coord * .dim(bigStride) }
            guard let s1 = smallStride.multiplying(aligned[a]), let s2 = bigStride.multiplying(big[a]) else {
                throw ScheduleError(message: "stride overflow")
            }
            smallStride = s1; bigStride = s2
        }
        let element = try value(of: op.operands[0], row: rowIndex, feature: featureIndex)
        let out = try newBuffer(for: i, op)
        var inner: [KStmt] = [.assign("acc", .binary(.add, .local("acc"), element))]
        for (name, extent) in reduced { inner = [.loop(variable: name, start: .zero, end: .dim(extent), parallel: false, body: inner)] }
        emit("sum_to", "\(op.opcode)", [
            .loop(variable: "t", start: .zero, end: .dim(try total(small)), parallel: true, body: [.letValue("acc", .const(0))] + inner + [
                .store(out, .v("t"), .local("acc")),
            ]),
        ])
    }

    /// Masked mean cross-entropy (a serial sum, so the loss is bit-reproducible) or its gradient.
    mutating func crossEntropy(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let logits = try buffer(op.operands[0]), labels = try buffer(op.operands[1]), mask = try buffer(op.operands[2])
        let c = module.type(of: op.operands[0]).dims[0]
        let out = try newBuffer(for: i, op)
        let logit = KValue.load(logits, .v("v") * .dim(c) + .v("c"))
        let rowStats: [KStmt] = [
            .letValue("top", .const(-.infinity)),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [.assign("top", .max(.local("top"), logit))]),
            .letValue("total", .const(0)),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                .assign("total", .binary(.add, .local("total"), .unary(.exp, Attributes(), .binary(.sub, logit, .local("top"))))),
            ]),
        ]
        let n = KIndex.dim(Dim(symbol: "N"))
        let countLoop: [KStmt] = [
            .letValue("count", .const(0)),
            .loop(variable: "v", start: .zero, end: n, parallel: false, body: [
                .assign("count", .binary(.add, .local("count"), .load(mask, .v("v")))),
            ]),
        ]
        if op.opcode == .crossEntropy {
            let picked = KValue.load(logits, .v("v") * .dim(c) + .load(labels, .v("v")))
            let nll = KValue.binary(.sub, .binary(.add, .local("top"), .unary(.log, Attributes(), .local("total"))), picked)
            emit("cross_entropy", "\(op.opcode)", countLoop + [
                .letValue("loss", .const(0)),
                .loop(variable: "v", start: .zero, end: n, parallel: false, body: [
                    .ifGreater(.load(mask, .v("v")), .const(0), rowStats + [
                        .assign("loss", .binary(.add, .local("loss"), .binary(.mul, .load(mask, .v("v")), nll))),
                    ]),
                ]),
                .store(out, .zero, .const(0)),
                .ifGreater(.local("count"), .const(0), [.store(out, .zero, .binary(.div, .local("loss"), .local("count")))]),
            ])
        } else {
            let p = KValue.binary(.div, .unary(.exp, Attributes(), .binary(.sub, logit, .local("top"))), .local("total"))
            let onehot = KValue.selectEqual(.v("c"), .load(labels, .v("v")), .const(1), .const(0))
            let grad = KValue.binary(.div, .binary(.mul, .load(mask, .v("v")), .binary(.sub, p, onehot)), .max(.local("count"), .const(1)))
            emit("cross_entropy_grad", "\(op.opcode)", countLoop + [
                .loop(variable: "v", start: .zero, end: n, parallel: true, body: rowStats + [
                    .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                        .store(out, .v("v") * .dim(c) + .v("c"), grad),
                    ]),
                ]),
            ])
        }
    }
}
