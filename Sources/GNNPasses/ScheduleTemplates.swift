// The loop nest of each graph IR op (the op-by-op schedule that fusion starts from).
import GNNIR

extension Scheduler {
    mutating func lower(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let t = op.type
        let xs = op.operands
        // Operand lookups read only earlier ops' buffers, so a snapshot serves the closures below
        // while `self` is being extended.
        let before = self
        if inlined.contains(i) { return }
        switch op.opcode {
        case .input: _ = try newBuffer(for: i, op, role: .input)
        case .param: _ = try newBuffer(for: i, op, role: .param)
        case .state: _ = try newBuffer(for: i, op, role: .state)
        case .ifTraining:
            // Which operand runs depends on the program's mode, which the graph passes know.
            throw ScheduleError(message: "if_training reaches the schedule: specialize-mode must run first and keep one operand")
        case .constant: return
        case .view:
            bufferOf[i] = bufferOf[xs[0].index]
        case .unary(let u):
            try elementwise(i, op, "\(u.rawValue)") { (r, j) throws(ScheduleError) in
                .unary(u, op.attributes, try before.element(xs[0], row: r, j: j, in: t))
            }
        case .unaryGrad(let u):
            try elementwise(i, op, "\(u.rawValue)_grad") { (r, j) throws(ScheduleError) in
                .unaryGrad(u, op.attributes, try before.element(xs[0], row: r, j: j, in: t), try before.element(xs[1], row: r, j: j, in: t))
            }
        case .binary(let b):
            try elementwise(i, op, b.rawValue) { (r, j) throws(ScheduleError) in
                .binary(b, try before.element(xs[0], row: r, j: j, in: t), try before.element(xs[1], row: r, j: j, in: t))
            }
        case .broadcastTo:
            try elementwise(i, op, "broadcast_to") { (r, j) throws(ScheduleError) in try before.element(xs[0], row: r, j: j, in: t) }
        case .convert:
            // A copy: the load widens, the store rounds to the result's dtype.
            try elementwise(i, op, "convert") { (r, j) throws(ScheduleError) in try before.element(xs[0], row: r, j: j, in: t) }
        case .dropout:
            let p = op.attributes["p"]?.asDouble ?? 0
            let stream = op.attributes["stream"]?.asInt ?? i
            let w = try width(t)
            try elementwise(i, op, "dropout") { (r, j) throws(ScheduleError) in
                .binary(.mul, try before.element(xs[0], row: r, j: j, in: t), .dropoutScale(p: p, stream: stream, index: r * .dim(w) + j))
            }
        case .gather(let side):
            let endpoint = endpoint(side)
            try elementwise(i, op, "gather_\(side.rawValue)") { (r, j) throws(ScheduleError) in
                try before.value(of: xs[0], row: .load(endpoint, r), feature: j)
            }
        case .aggregate(let side, let r):
            if fuse, side == .dst, r == .sum, let softmax = fusableSoftmax(feeding: op.operands[0]) {
                try softmaxAggregate(i, op, softmax: softmax)
            } else {
                try aggregate(i, op, side, r)
            }
        case .aggregateArg(let side, let r): try aggregateArg(i, op, side, r)
        case .scatterArg(let side):
            let out = try newBuffer(for: i, op)
            let w = try width(t)
            let g = bufferOf[xs[0].index]!, arg = bufferOf[xs[1].index]!
            emit("scatter_arg_\(side.rawValue)", "\(op.opcode)", [
                .loop(variable: "e", start: .zero, end: .dim(rows(t)), parallel: true, body: [
                    .letIndex("v", .load(endpoint(side), .v("e"))),
                    .loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                        .store(out, .v("e") * .dim(w) + .v("j"),
                               .selectEqual(.load(arg, .v("v") * .dim(w) + .v("j")), .v("e"),
                                            .load(g, .v("v") * .dim(w) + .v("j")), .const(0))),
                    ]),
                ]),
            ])
        case .edgeSoftmax:
            // Computed inside the aggregation that consumes it (see softmaxAggregate).
            if fuse, let consumerAggregate = softmaxFusedInto[i], consumerAggregate > i { return }
            try edgeSoftmax(i, op)
        case .degree(let k):
            let out = try newBuffer(for: i, op)
            let side: GraphSide = k == .inDegree ? .dst : k == .outDegree ? .src : .graph
            let p = ptr(side)
            let count = KValue.fromIndex(.load(p, .v("v") + .lit(1)) + .load(p, .v("v")) * .lit(-1))
            let floor = Double(op.attributes["min"]?.asInt ?? 0)
            emit(k.rawValue, "\(op.opcode)", [
                .loop(variable: "v", start: .zero, end: .dim(groupCount(side)), parallel: true, body: [
                    .store(out, .v("v"), floor > 0 ? .max(count, .const(floor)) : count),
                ]),
            ])
        case .matmul: try matmul(i, op)
        case .matmulNT: try matmulNT(i, op)
        case .matmulTN: try matmulTN(i, op)
        case .rowsum:
            let inner = module.type(of: xs[0]).dims.last!
            let w = try width(t)
            let out = try newBuffer(for: i, op)
            let x = try before.value(of: xs[0], row: .v("r"), feature: .v("j") * .dim(inner) + .v("k"))
            emit("rowsum", "\(op.opcode)", [
                .loop(variable: "r", start: .zero, end: .dim(rows(t)), parallel: true, body: [
                    .loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                        .letValue("acc", .const(0)),
                        .loop(variable: "k", start: .zero, end: .dim(inner), parallel: false, body: [
                            .assign("acc", .binary(.add, .local("acc"), x)),
                        ]),
                        .store(out, .v("r") * .dim(w) + .v("j"), .local("acc")),
                    ]),
                ]),
            ])
        case .meanHeads:
            let x = module.type(of: xs[0])
            let h = x.dims[x.rank - 2], f = x.dims[x.rank - 1]
            let xb = bufferOf[xs[0].index]!
            let out = try newBuffer(for: i, op)
            let total = try rows(t).multiplying(width(t))!
            let leading = KIndex.v("r") / .dim(f), feature = KIndex.v("r") % .dim(f)
            emit("mean_heads", "\(op.opcode)", [
                .loop(variable: "r", start: .zero, end: .dim(total), parallel: true, body: [
                    .letValue("acc", .const(0)),
                    .loop(variable: "k", start: .zero, end: .dim(h), parallel: false, body: [
                        .assign("acc", .binary(.add, .local("acc"), .load(xb, (leading * .dim(h) + .v("k")) * .dim(f) + feature))),
                    ]),
                    .store(out, .v("r"), .binary(.div, .local("acc"), .fromIndex(.dim(h)))),
                ]),
            ])
        case .concat: try concat(i, op)
        case .slice: try slice(i, op)
        case .sumTo: try sumTo(i, op)
        case .reduceTo(let r): try sumTo(i, op, extremum: r)
        case .logSoftmax: try logSoftmax(i, op)
        case .loss(let kind): try loss(i, op, kind, gradient: false)
        case .lossGrad(let kind): try loss(i, op, kind, gradient: true)
        }
    }

    mutating func elementwise(_ i: Int, _ op: Operation, _ name: String,
                              _ value: (KIndex, KIndex) throws(ScheduleError) -> KValue) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        let w = try width(op.type)
        let body = try rowLoop(op.type) { (r, j) throws(ScheduleError) in [.store(out, r * .dim(w) + j, try value(r, j))] }
        emit(name, "\(op.opcode)", body)
    }

    /// Destination-parallel (or source-parallel) reduction over the CSR: no atomics.
    mutating func aggregate(_ i: Int, _ op: Operation, _ side: GraphSide, _ r: Reduction) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        let w = try width(op.type)
        let p = ptr(side), at = member(side, .v("q"))
        let message = try value(of: op.operands[0], row: .v("e"), feature: .v("j"))
        var body: [KStmt] = [.letIndex("start", .load(p, .v("v"))), .letIndex("end", .load(p, .v("v") + .lit(1)))]
        if !libraryGEMMs, r == .sum || r == .mean, op.type.dtype == .f32 {
            return emit("aggregate_\(side.rawValue)_\(r.rawValue)", "\(op.opcode)", [
                .loop(variable: "v", start: .zero, end: .dim(groupCount(side)), parallel: true,
                      body: body + Scheduler.rowAccumulated(out, w: w, member: at, message: message, mean: r == .mean)),
            ])
        }
        var inner: [KStmt] = [.letValue("acc", .const(0))]
        switch r {
        case .sum, .mean:
            inner.append(.loop(variable: "q", start: .v("start"), end: .v("end"), parallel: false, body: [
                .letIndex("e", at), .assign("acc", .binary(.add, .local("acc"), message)),
            ]))
            if r == .mean {
                let count = KValue.fromIndex(.v("end") + .v("start") * .lit(-1))
                inner.append(.assign("acc", .binary(.div, .local("acc"), .max(count, .const(1)))))
            }
        case .max, .min:
            let combine: (KValue, KValue) -> KValue = r == .max ? { .max($0, $1) } : { .min($0, $1) }
            inner.append(.ifLess(.v("start"), .v("end"), [
                .letIndex("e", member(side, .v("start"))),
                .assign("acc", message),
                .loop(variable: "q", start: .v("start") + .lit(1), end: .v("end"), parallel: false, body: [
                    .letIndex("e", at), .assign("acc", combine(.local("acc"), message)),
                ]),
            ]))
        }
        inner.append(.store(out, .v("v") * .dim(w) + .v("j"), .local("acc")))
        body.append(.loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: inner))
        emit("aggregate_\(side.rawValue)_\(r.rawValue)", "\(op.opcode)", [
            .loop(variable: "v", start: .zero, end: .dim(groupCount(side)), parallel: true, body: body),
        ])
    }

    /// A row's sum over its edges with the edge loop outside the feature loop, accumulated in the
    /// (f32) output row itself: each edge's index is read once and its message row streamed, where
    /// the feature-outside order reads the CSR once per feature and gathers with stride F. Every
    /// element still sums its messages from 0 in edge order, so the results are the same bits.
    /// The CPU schedule's order: the CUDA schedule keeps features outside, for its lanes.
    static func rowAccumulated(_ out: Int, w: Dim, member: KIndex, message: KValue, mean: Bool) -> [KStmt] {
        let at = KIndex.v("v") * .dim(w) + .v("j")
        var body: [KStmt] = [
            .loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [.store(out, at, .const(0))]),
            .loop(variable: "q", start: .v("start"), end: .v("end"), parallel: false, body: [
                .letIndex("e", member),
                .loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                    .store(out, at, .binary(.add, .load(out, at), message)),
                ]),
            ]),
        ]
        if mean {
            let count = KValue.max(.fromIndex(.v("end") + .v("start") * .lit(-1)), .const(1))
            body.append(.loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                .store(out, at, .binary(.div, .load(out, at), count)),
            ]))
        }
        return body
    }

    /// The first edge attaining the max/min per node and feature (-1 when there is none).
    mutating func aggregateArg(_ i: Int, _ op: Operation, _ side: GraphSide, _ r: Reduction) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        let w = try width(op.type)
        let m = bufferOf[op.operands[0].index]!
        let p = ptr(side)
        let message = KValue.load(m, .v("e") * .dim(w) + .v("j"))
        let better: (KValue, KValue) -> (KValue, KValue) = r == .max ? { ($0, $1) } : { ($1, $0) }
        let (lhs, rhs) = better(message, .local("best"))
        emit("aggregate_arg_\(side.rawValue)_\(r.rawValue)", "\(op.opcode)", [
            .loop(variable: "v", start: .zero, end: .dim(groupCount(side)), parallel: true, body: [
                .letIndex("start", .load(p, .v("v"))), .letIndex("end", .load(p, .v("v") + .lit(1))),
                .loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                    .letIndex("arg", .lit(-1)),
                    .letValue("best", .const(0)),
                    .loop(variable: "q", start: .v("start"), end: .v("end"), parallel: false, body: [
                        .letIndex("e", member(side, .v("q"))),
                        .ifEqual(.v("arg"), .lit(-1), [.assignIndex("arg", .v("e")), .assign("best", message)]),
                        .ifGreater(lhs, rhs, [.assignIndex("arg", .v("e")), .assign("best", message)]),
                    ]),
                    .store(out, .v("v") * .dim(w) + .v("j"), .fromIndex(.v("arg"))),
                ]),
            ]),
        ])
    }

    /// Three passes over each destination's in-edges: max, sum of exponentials, normalise.
    mutating func edgeSoftmax(_ i: Int, _ op: Operation) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        let w = try width(op.type)
        let s = bufferOf[op.operands[0].index]!
        let score = KValue.load(s, .v("e") * .dim(w) + .v("j"))
        let p = ptr(.dst)
        func overEdges(_ body: [KStmt]) -> KStmt {
            .loop(variable: "q", start: .v("start"), end: .v("end"), parallel: false, body: [.letIndex("e", member(.dst, .v("q")))] + body)
        }
        let shifted = KValue.unary(.exp, Attributes(), .binary(.sub, score, .local("top")))
        emit("edge_softmax", "\(op.opcode)", [
            .loop(variable: "v", start: .zero, end: .dim(Dim(symbol: "N")), parallel: true, body: [
                .letIndex("start", .load(p, .v("v"))), .letIndex("end", .load(p, .v("v") + .lit(1))),
                .loop(variable: "j", start: .zero, end: .dim(w), parallel: false, body: [
                    .letValue("top", .const(-.infinity)),
                    overEdges([.assign("top", .max(.local("top"), score))]),
                    .letValue("total", .const(0)),
                    overEdges([.assign("total", .binary(.add, .local("total"), shifted))]),
                    overEdges([.store(out, .v("e") * .dim(w) + .v("j"), .binary(.div, shifted, .local("total")))]),
                ]),
            ]),
        ])
    }
}
