// Fused edge softmax + aggregation (GAT): one destination-parallel kernel with an online softmax,
// so neither the attention weights nor the E x F messages are ever stored.
import GNNIR

extension Scheduler {
    /// The edge_softmax that `message` depends on linearly through inlined products and dropout,
    /// and that nothing else reads; nil when the message has no such factor.
    func fusableSoftmax(feeding message: ValueID) -> ValueID? {
        var v = message
        while true {
            let op = module[v]
            if op.opcode == .edgeSoftmax { return uses[v.index] == 1 ? v : nil }
            guard inlined.contains(v.index) else { return nil }
            switch op.opcode {
            case .dropout, .view: v = op.operands[0]
            case .binary(.mul):
                let a = dependsOnSoftmax(op.operands[0]), b = dependsOnSoftmax(op.operands[1])
                guard a != b else { return nil }
                v = a ? op.operands[0] : op.operands[1]
            default: return nil
            }
        }
    }

    func dependsOnSoftmax(_ v: ValueID) -> Bool {
        let op = module[v]
        if op.opcode == .edgeSoftmax { return true }
        guard inlined.contains(v.index) else { return false }
        return op.operands.contains(where: dependsOnSoftmax)
    }

    var uses: [Int] {
        var u = [Int](repeating: 0, count: module.ops.count)
        for op in module.ops { for x in op.operands { u[x.index] += 1 } }
        for r in module.results { u[r.index] += 2 }
        return u
    }

    /// Softmax ops that a later aggregation computes itself, by index, with that aggregation.
    var softmaxFusedInto: [Int: Int] {
        guard fuse else { return [:] }
        var out: [Int: Int] = [:]
        for (i, op) in module.ops.enumerated() {
            if case .aggregate(.dst, .sum) = op.opcode, let s = fusableSoftmax(feeding: op.operands[0]),
               let heads = try? width(module.type(of: s)), Scheduler.featuresPerHead(heads: heads, result: op.type) != nil {
                out[s.index] = i
            }
        }
        return out
    }

    /// Features per head when an aggregation of type `result` shares each of `heads` softmax
    /// weights among a contiguous run of features: the output row is heads x perHead (a leading
    /// head axis, symbolic trailing dims allowed, e.g. [8, C]), or one weight for the whole row.
    static func featuresPerHead(heads: Dim, result: TensorType) -> Dim? {
        guard let w = result.rowElements else { return nil }
        if heads.isOne { return w }
        if let first = result.dims.first, first == heads, result.dims.count >= 2 {
            var rest = Dim(1)
            for d in result.dims.dropFirst() { guard let p = rest.multiplying(d) else { return nil }; rest = p }
            return rest
        }
        if let h = heads.constantValue, let total = w.constantValue, h > 0, total % h == 0 { return Dim(total / h) }
        return nil
    }

    /// Per destination and head: one pass over the in-edges keeping the running max `top` and the
    /// running sum of exp(score - top) (two exps per edge and head, not per feature), and, for each
    /// feature of the head, the weighted sum of messages in the output row itself, all rescaled
    /// whenever the max grows; the message is built with the softmax replaced by its unnormalised
    /// weight. Every feature sees the same sequence of operations as a per-feature loop would.
    mutating func softmaxAggregate(_ i: Int, _ op: Operation, softmax: ValueID) throws(ScheduleError) {
        let out = try newBuffer(for: i, op)
        let w = try width(op.type)
        let heads = try width(module.type(of: softmax))
        guard let perHead = Scheduler.featuresPerHead(heads: heads, result: op.type) else {
            throw ScheduleError(message: "edge softmax of width \(heads) does not divide the aggregated width \(w)")
        }
        let j = KIndex.v("h") * .dim(perHead) + .v("f")
        let scoreValue = module[softmax].operands[0]
        let scoreFeature = try featureIndex(module.type(of: softmax), .v("h") * .dim(perHead), in: op.type)
        let score = try value(of: scoreValue, row: .v("e"), feature: scoreFeature)
        substituted[softmax.index] = .local("weight")
        let message = try value(of: op.operands[0], row: .v("e"), feature: j)
        substituted[softmax.index] = nil
        let p = ptr(.dst), list = inEdge
        let slot = KIndex.v("v") * .dim(w) + j
        let features: ([KStmt]) -> KStmt = { .loop(variable: "f", start: .zero, end: .dim(perHead), parallel: false, body: $0) }
        if op.type.dtype != .f32 {
            return lowPrecisionSoftmaxAggregate(out, heads: heads, perHead: perHead, slot: slot, score: score, message: message, op)
        }
        emit("edge_softmax_aggregate", "edge_softmax + \(op.opcode) (online softmax)", [
            .loop(variable: "v", start: .zero, end: .dim(Dim(symbol: "N")), parallel: true, body: [
                .letIndex("start", .load(p, .v("v"))), .letIndex("end", .load(p, .v("v") + .lit(1))),
                .loop(variable: "h", start: .zero, end: .dim(heads), parallel: false, body: [
                    .letValue("top", .const(-.infinity)), .letValue("total", .const(0)),
                    features([.store(out, slot, .const(0))]),
                    .loop(variable: "q", start: .v("start"), end: .v("end"), parallel: false, body: Scheduler.onlineSoftmaxStep(list, score) + [
                        features([.store(out, slot, .binary(.add, .binary(.mul, .load(out, slot), .local("rescale")), message))]),
                        .assign("top", .local("next")),
                    ]),
                    .ifLess(.v("start"), .v("end"), [
                        features([.store(out, slot, .binary(.div, .load(out, slot), .local("total")))]),
                    ]),
                ]),
            ]),
        ])
    }

    /// One edge of the online softmax: its score, the new running max `next`, the factor
    /// `rescale` that moves what was summed so far onto it, the edge's unnormalised `weight`, and
    /// the running sum `total` updated; the caller rescales its weighted sum and sets `top`.
    static func onlineSoftmaxStep(_ list: Int, _ score: KValue) -> [KStmt] {
        [
            .letIndex("e", .load(list, .v("q"))),
            .letValue("score", score),
            .letValue("next", .max(.local("top"), .local("score"))),
            .letValue("rescale", .unary(.exp, Attributes(), .binary(.sub, .local("top"), .local("next")))),
            .letValue("weight", .unary(.exp, Attributes(), .binary(.sub, .local("score"), .local("next")))),
            .assign("total", .binary(.add, .binary(.mul, .local("total"), .local("rescale")), .local("weight"))),
        ]
    }

    /// The online softmax per feature, its weighted sum in an f32 local, stored once: a
    /// low-precision result is never an accumulator (the exps are computed per feature, not per head).
    mutating func lowPrecisionSoftmaxAggregate(_ out: Int, heads: Dim, perHead: Dim, slot: KIndex, score: KValue, message: KValue,
                                               _ op: Operation) {
        let p = ptr(.dst), list = inEdge
        emit("edge_softmax_aggregate", "edge_softmax + \(op.opcode) (online softmax, per feature)", [
            .loop(variable: "v", start: .zero, end: .dim(Dim(symbol: "N")), parallel: true, body: [
                .letIndex("start", .load(p, .v("v"))), .letIndex("end", .load(p, .v("v") + .lit(1))),
                .loop(variable: "h", start: .zero, end: .dim(heads), parallel: false, body: [
                    .loop(variable: "f", start: .zero, end: .dim(perHead), parallel: false, body: [
                        .letValue("top", .const(-.infinity)), .letValue("total", .const(0)), .letValue("acc", .const(0)),
                        .loop(variable: "q", start: .v("start"), end: .v("end"), parallel: false, body: Scheduler.onlineSoftmaxStep(list, score) + [
                            .assign("acc", .binary(.add, .binary(.mul, .local("acc"), .local("rescale")), message)),
                            .assign("top", .local("next")),
                        ]),
                        .ifLess(.v("start"), .v("end"), [.assign("acc", .binary(.div, .local("acc"), .local("total")))]),
                        .store(out, slot, .local("acc")),
                    ]),
                ]),
            ]),
        ])
    }
}
