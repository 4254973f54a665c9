// Loop nests of the dense and reduction ops: matmuls, row and broadcast reductions, log-softmax,
// concat and slice, and the train block's losses with their gradients.
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
            .loop(variable: "r", start: .zero, end: .dim(rowsDim), parallel: true,
                  body: Scheduler.rowAccumulation(out, a, inner: "k", k: k, m: m) { .load(w, .v("k") * .dim(m) + .v("c")) }),
        ], gemm: gemm)
    }

    /// Row `r` of a product accumulated in the f32 output row: `out[r, c] = sum over the inner
    /// index of a * rhs(c)`, the c loop innermost (vectorisable). Zero entries of `a` (most of a
    /// bag-of-words feature row, a dropped one, a ReLU's zero gradient) add nothing: skipping them
    /// is exact for finite weights.
    static func rowAccumulation(_ out: Int, _ a: KValue, inner: String, k: Dim, m: Dim, _ rhs: () -> KValue) -> [KStmt] {
        let at = KIndex.v("r") * .dim(m) + .v("c")
        return [
            .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [.store(out, at, .const(0))]),
            .loop(variable: inner, start: .zero, end: .dim(k), parallel: false, body: [
                .letValue("a", a),
                .ifNonzero(.local("a"), [
                    .loop(variable: "c", start: .zero, end: .dim(m), parallel: false, body: [
                        .store(out, at, .binary(.add, .load(out, at), .binary(.mul, .local("a"), rhs()))),
                    ]),
                ]),
            ]),
        ]
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
        if !libraryGEMMs, op.type.dtype == .f32 { return try transposedProduct(i, op, g: g, w: w, out: out, rows: rowsDim, k: k, m: m) }
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

    /// The CPU schedule's `g @ W^T`: W (a parameter, small) transposed into a buffer of its own by
    /// a kernel of its own at the start of the program, then each row accumulated as `matmul` accumulates it, the output loop
    /// innermost and contiguous (vectorisable, where a dot product's float sum is not) and zero
    /// gradient entries skipped (exact for finite weights). Each element still sums its terms from
    /// 0 in q order, as the dot product does, so the results are the same bits.
    mutating func transposedProduct(_ i: Int, _ op: Operation, g: Int, w: Int, out: Int, rows: Dim, k: Dim, m: Dim) throws(ScheduleError) {
        let wt = try transposedWeight(i, op, w: w, k: k, m: m)
        emit("matmul_nt", "\(op.opcode)", [
            .loop(variable: "r", start: .zero, end: .dim(rows), parallel: true,
                  body: Scheduler.rowAccumulation(out, .load(g, .v("r") * .dim(m) + .v("q")), inner: "q", k: m, m: k) {
                      .load(wt, .v("q") * .dim(k) + .v("c"))
                  }),
        ])
    }

    /// W^T in a buffer of its own, made by a kernel at the start of the program (it reads a parameter
    /// only; placed before the product it would stand between the product and the kernel that makes
    /// g, which row-local fusion would otherwise merge); once per weight.
    mutating func transposedWeight(_ i: Int, _ op: Operation, w: Int, k: Dim, m: Dim) throws(ScheduleError) -> Int {
        if let done = transposed[w] { return done }
        guard let size = k.multiplying(m) else { throw ScheduleError(message: "size overflow") }
        program.buffers.append(KBuffer(name: "\(op.name ?? "t\(i)").wt", dtype: program.buffers[w].dtype, elements: size, role: .temp))
        let wt = program.buffers.count - 1
        program.kernels.insert(Kernel(name: "k\(program.kernels.count)_transpose", comment: "\(op.opcode) (W^T)", body: [
            .loop(variable: "q", start: .zero, end: .dim(m), parallel: true, body: [
                .loop(variable: "c", start: .zero, end: .dim(k), parallel: false, body: [
                    .store(wt, .v("q") * .dim(k) + .v("c"), .load(w, .v("c") * .dim(m) + .v("q"))),
                ]),
            ]),
        ]), at: 0)
        transposed[w] = wt
        return wt
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
    /// With `extremum` (max_to, min_to) the same loops keep the max (min), starting from -inf (inf).
    mutating func sumTo(_ i: Int, _ op: Operation, extremum: Reduction? = nil) throws(ScheduleError) {
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
        let (start, combined): (Double, KValue)
        switch extremum {
        case .max?: (start, combined) = (-.infinity, .max(.local("acc"), element))
        case .min?: (start, combined) = (.infinity, .min(.local("acc"), element))
        default: (start, combined) = (0, .binary(.add, .local("acc"), element))
        }
        var inner: [KStmt] = [.assign("acc", combined)]
        for (name, extent) in reduced { inner = [.loop(variable: name, start: .zero, end: .dim(extent), parallel: false, body: inner)] }
        emit(extremum.map { "\($0.rawValue)_to" } ?? "sum_to", "\(op.opcode)", [
            .loop(variable: "t", start: .zero, end: .dim(try total(small)), parallel: true, body: [.letValue("acc", .const(start))] + inner + [
                .store(out, .v("t"), .local("acc")),
            ]),
        ])
    }

    /// Each row of the last axis minus its log-sum-exp: per row the max, the sum of exponentials
    /// shifted by it (no overflow), then the stores. The operand is read through `value(of:)`.
    mutating func logSoftmax(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let c = op.type.dims.last!
        guard let lead = op.type.with(dims: op.type.dims.dropLast() + [Dim(1)]).rowElements else {
            throw ScheduleError(message: "size overflow")
        }
        let out = try newBuffer(for: i, op)
        // One softmax per leading index j (per head of a [.., H, C] value); a [C] row has one.
        let at = lead.isOne ? KIndex.v("c") : KIndex.v("j") * .dim(c) + .v("c")
        let x = try value(of: op.operands[0], row: .v("r"), feature: at)
        let perSoftmax: [KStmt] = [
            .letValue("top", .const(-.infinity)),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [.assign("top", .max(.local("top"), x))]),
            .letValue("total", .const(0)),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                .assign("total", .binary(.add, .local("total"), .unary(.exp, Attributes(), .binary(.sub, x, .local("top"))))),
            ]),
            .letValue("lse", .binary(.add, .local("top"), .unary(.log, Attributes(), .local("total")))),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                .store(out, .v("r") * .dim(try width(op.type)) + at, .binary(.sub, x, .local("lse"))),
            ]),
        ]
        emit("log_softmax", "\(op.opcode)", [
            .loop(variable: "r", start: .zero, end: .dim(rows(op.type)), parallel: true,
                  body: lead.isOne ? perSoftmax : [.loop(variable: "j", start: .zero, end: .dim(lead), parallel: false, body: perSoftmax)]),
        ])
    }

    /// The train block's loss, a masked mean over the nodes (graphs) of a term of each output row and its
    /// label (a serial sum, so the loss is bit-reproducible), or its gradient w.r.t. the output; the
    /// formulas are LossKind's, the float64 reference's.
    mutating func loss(_ i: Int, _ op: Operation, _ kind: LossKind, gradient: Bool) throws(ScheduleError) {
        let outputs = try buffer(op.operands[0]), labels = try buffer(op.operands[1]), mask = try buffer(op.operands[2])
        let c = module.type(of: op.operands[0]).dims[0]
        let out = try newBuffer(for: i, op)
        let element = KValue.load(outputs, .v("v") * .dim(c) + .v("c"))
        let onehot = KValue.selectEqual(.v("c"), .load(labels, .v("v")), .const(1), .const(0))
        let picked = KValue.load(outputs, .v("v") * .dim(c) + .load(labels, .v("v")))
        let classes = KValue.fromIndex(.dim(c))
        // Cross-entropy's per-row statistics: the max and the sum of exponentials shifted by it.
        let rowStats: [KStmt] = [
            .letValue("top", .const(-.infinity)),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [.assign("top", .max(.local("top"), element))]),
            .letValue("total", .const(0)),
            .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                .assign("total", .binary(.add, .local("total"), .unary(.exp, Attributes(), .binary(.sub, element, .local("top"))))),
            ]),
        ]
        // A row per node, or per graph for a graph classifier.
        let n = KIndex.dim(rows(module.type(of: op.operands[0])))
        let countLoop: [KStmt] = [
            .letValue("count", .const(0)),
            .loop(variable: "v", start: .zero, end: n, parallel: false, body: [
                .assign("count", .binary(.add, .local("count"), .load(mask, .v("v")))),
            ]),
        ]
        let name = gradient ? "\(kind.rawValue)_grad" : kind.rawValue
        if !gradient {
            // The node's term, after the statements that compute what it reads.
            let (perRow, term): ([KStmt], KValue)
            switch kind {
            case .crossEntropy:
                (perRow, term) = (rowStats, .binary(.sub, .binary(.add, .local("top"), .unary(.log, Attributes(), .local("total"))), picked))
            case .nll:
                (perRow, term) = ([], .unary(.neg, Attributes(), picked))
            case .mse:
                let diff = KValue.binary(.sub, element, onehot)
                (perRow, term) = ([
                    .letValue("squares", .const(0)),
                    .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                        .assign("squares", .binary(.add, .local("squares"), .binary(.mul, diff, diff))),
                    ]),
                ], .binary(.div, .local("squares"), classes))
            }
            emit(name, "\(op.opcode)", countLoop + [
                .letValue("loss", .const(0)),
                .loop(variable: "v", start: .zero, end: n, parallel: false, body: [
                    .ifGreater(.load(mask, .v("v")), .const(0), perRow + [
                        .assign("loss", .binary(.add, .local("loss"), .binary(.mul, .load(mask, .v("v")), term))),
                    ]),
                ]),
                .store(out, .zero, .const(0)),
                .ifGreater(.local("count"), .const(0), [.store(out, .zero, .binary(.div, .local("loss"), .local("count")))]),
            ])
        } else {
            // The term's gradient w.r.t. output element (v, c).
            let (perRow, derivative): ([KStmt], KValue)
            switch kind {
            case .crossEntropy:
                let p = KValue.binary(.div, .unary(.exp, Attributes(), .binary(.sub, element, .local("top"))), .local("total"))
                (perRow, derivative) = (rowStats, .binary(.sub, p, onehot))
            case .nll:
                (perRow, derivative) = ([], .selectEqual(.v("c"), .load(labels, .v("v")), .const(-1), .const(0)))
            case .mse:
                (perRow, derivative) = ([], .binary(.div, .binary(.mul, .const(2), .binary(.sub, element, onehot)), classes))
            }
            let grad = KValue.binary(.div, .binary(.mul, .load(mask, .v("v")), derivative), .max(.local("count"), .const(1)))
            emit(name, "\(op.opcode)", countLoop + [
                .loop(variable: "v", start: .zero, end: n, parallel: true, body: perRow + [
                    .loop(variable: "c", start: .zero, end: .dim(c), parallel: false, body: [
                        .store(out, .v("v") * .dim(c) + .v("c"), grad),
                    ]),
                ]),
            ])
        }
    }
}
