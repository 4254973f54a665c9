// The op table: every graph IR op described once (mnemonic, arity, type rule, traits, FLOP count,
// derivative rule), read by the printer, parser, verifier, autodiff, passes, scheduler and FlopCount.

/// What the passes and the scheduler may assume of an op.
public struct OpTraits: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Each result element from the matching (broadcast) elements of its operands and nothing else,
    /// so a consumer's loop can compute it instead of loading it (fusion inlines it).
    public static let elementwise = OpTraits(rawValue: 1 << 0)
    /// Its kernel reads operands element by element, so inlined values can be computed in its loop.
    public static let hostsInlined = OpTraits(rawValue: 1 << 1)
    /// Each row of its result from the same rows of its operands: it commutes with a gather.
    public static let rowwise = OpTraits(rawValue: 1 << 2)
    /// Bound by the runtime (inputs, parameters): never merged, never graph-only.
    public static let bound = OpTraits(rawValue: 1 << 3)
    /// Draws from the step's random stream (dropout): never graph-only; two are one value only
    /// when they name the same stream.
    public static let random = OpTraits(rawValue: 1 << 4)
    /// Depends on the graph alone (degrees, constants): the root of graph-only values.
    public static let graphSource = OpTraits(rawValue: 1 << 5)
    /// Its result stays f32 under 16-bit storage (statistics, sums of many terms, the loss).
    public static let keepsF32 = OpTraits(rawValue: 1 << 6)
}

/// How gradients flow back through an op.
public enum DerivativeRule: Sendable {
    /// Nothing flows back: the op has no differentiable operands (inputs, parameters, constants, degrees).
    case none
    /// Adds the operands' contributions given the result `y`, the op and the result's gradient `g`.
    case rule(@Sendable (GradientContext, _ y: ValueID, Operation, _ g: ValueID) throws(AutodiffError) -> Void)
    /// No rule: the ops autodiff itself creates are not differentiated again.
    case undefined
}

/// The number of operands an op takes.
public enum Arity: Sendable, Hashable {
    case exactly(Int)
    case atLeast(Int)

    func check(_ op: Opcode, _ operands: [TensorType]) throws(TypeRuleError) {
        switch self {
        case .exactly(let n):
            guard operands.count == n else { throw TypeRuleError(.arity, "\(op) takes \(n) operand\(n == 1 ? "" : "s"), got \(operands.count)") }
        case .atLeast(let n):
            guard operands.count >= n else { throw TypeRuleError(.arity, "\(op) takes at least \(n) operands, got \(operands.count)") }
        }
    }
}

public struct OpInfo: Sendable {
    public typealias TypeRule = @Sendable (_ operands: [TensorType], Attributes, _ declared: TensorType?) throws(TypeRuleError) -> TensorType
    public typealias Flops = @Sendable (_ resultElements: Int, _ operandShapes: [[Int]]) -> Int

    /// The printed name (`aggregate.dst.sum`), also the name the `.gir` parser reads.
    public let mnemonic: String
    public let arity: Arity
    /// The result type with every float seen as f32 (TypeRules adds the storage dtype); the
    /// operands' count is already checked against `arity`.
    public let typeRule: TypeRule
    public let traits: OpTraits
    /// Floating-point operations: one per add, multiply, compare, division or elementary function;
    /// moves count nothing.
    public let flops: Flops
    public let derivative: DerivativeRule

    init(_ mnemonic: String, _ arity: Arity, traits: OpTraits = [], flops: @escaping Flops = { _, _ in 0 },
         derivative: DerivativeRule = .undefined, type: @escaping TypeRule) {
        self.mnemonic = mnemonic; self.arity = arity; self.typeRule = type; self.traits = traits; self.flops = flops
        self.derivative = derivative
    }
}

extension Opcode {
    /// This op's row of the table.
    public var info: OpInfo {
        // Built once per opcode: the table is consulted for every op of every pass.
        OpTable.rows[self] ?? OpTable.describe(self)
    }
}

enum OpTable {
    static let rows: [Opcode: OpInfo] = Dictionary(uniqueKeysWithValues: Opcode.all.map { ($0, describe($0)) })

    static func describe(_ op: Opcode) -> OpInfo {
        switch op {
        case .input: return input()
        case .param: return param()
        case .state: return state()
        case .ifTraining: return ifTraining()
        case .constant: return constant()
        case .degree(let k): return degree(k)
        case .convert: return convert()
        case .dropout: return dropout()
        case .view: return view()
        case .unary(let u): return unary(u)
        case .unaryGrad(let u): return unaryGrad(u)
        case .binary(let b): return binary(b)
        case .matmul: return matmul()
        case .matmulNT: return matmulNT()
        case .matmulTN: return matmulTN()
        case .gather(let side): return gather(side)
        case .aggregate(let side, let r): return aggregate(side, r)
        case .edgeSoftmax: return edgeSoftmax()
        case .aggregateArg(let side, let r): return aggregateArg(side, r)
        case .scatterArg(let side): return scatterArg(side)
        case .rowsum: return rowsum()
        case .concat: return concat()
        case .meanHeads: return meanHeads()
        case .slice: return slice()
        case .sumTo: return sumTo()
        case .reduceTo(let r): return reduceTo(r)
        case .broadcastTo: return broadcastTo()
        case .logSoftmax: return logSoftmax()
        case .loss(let k): return loss(k, gradient: false)
        case .lossGrad(let k): return loss(k, gradient: true)
        }
    }

    static func perElement(_ k: Int) -> OpInfo.Flops { { r, _ in k * r } }
    static func operandElements(_ r: Int, _ xs: [[Int]], _ k: Int) -> Int { xs.indices.contains(k) ? xs[k].reduce(1, *) : 0 }

    // MARK: element-wise functions

    static func unary(_ u: UnaryOp) -> OpInfo {
        let f = u.function
        return OpInfo(u.rawValue, .exactly(1), traits: [.elementwise, .hostsInlined, .rowwise], flops: perElement(f.flops),
                      derivative: .rule { d, _, op, g throws(AutodiffError) in
                          if f.linear { return try d.accumulate(op.operands[0], try d.add(.unary(u), [g], op.attributes)) }
                          // Fault "<f>-grad-double": the rule's constant forgotten (sqrt's 1/2), f' twice what it is.
                          let gIn = d.faults.contains("\(u.rawValue)-grad-double") ? try d.add(.binary(.add), [g, g]) : g
                          try d.accumulate(op.operands[0], try d.add(.unaryGrad(u), [gIn, op.operands[0]], op.attributes))
                      }) { xs, attrs, _ throws(TypeRuleError) in
            try f.checkAttributes(attrs, grad: false)
            return xs[0]
        }
    }

    static func unaryGrad(_ u: UnaryOp) -> OpInfo {
        let f = u.function
        return OpInfo("\(u.rawValue)_grad", .exactly(2), traits: [.elementwise, .hostsInlined, .rowwise], flops: perElement(f.flops + 1)) { xs, attrs, _ throws(TypeRuleError) in
            guard xs[0] == xs[1] else {
                throw TypeRuleError(.shape, "\(u.rawValue)_grad needs the gradient and the input of one type, got \(xs[0]) and \(xs[1])")
            }
            try f.checkAttributes(attrs, grad: true)
            return xs[0]
        }
    }

    static func binary(_ b: BinaryOp) -> OpInfo {
        let f = b.function
        return OpInfo(b.rawValue, .exactly(2), traits: [.elementwise, .hostsInlined, .rowwise], flops: perElement(f.flops),
                      derivative: .rule { d, y, op, g throws(AutodiffError) in try f.backward(d, y, op.operands[0], op.operands[1], g) }) { xs, _, _ throws(TypeRuleError) in
            try TypeRules.broadcast(xs[0], xs[1], .binary(b))
        }
    }

    // MARK: values from outside, moves

    static func input() -> OpInfo {
        OpInfo("input", .exactly(0), traits: [.bound], derivative: .none) { _, _, declared throws(TypeRuleError) in
            // A global input is a scalar the host sets each run (the loss scale of f16 training).
            guard let t = declared, t.domain != .global || t.isScalar else {
                throw TypeRuleError(.domain, "input must be a node, edge or graph value, or a scalar")
            }
            return t
        }
    }

    static func param() -> OpInfo {
        OpInfo("param", .exactly(0), traits: [.bound, .keepsF32], derivative: .none) { _, attrs, declared throws(TypeRuleError) in
            try initialized("param", attrs, declared)
        }
    }

    /// Bound like a parameter and initialised like one, but not trained: nothing flows back to it
    /// (autodiff differentiates parameters only), so no gradient, optimizer step or weight decay.
    static func state() -> OpInfo {
        OpInfo("state", .exactly(0), traits: [.bound, .keepsF32], derivative: .none) { _, attrs, declared throws(TypeRuleError) in
            try initialized("state", attrs, declared)
        }
    }

    /// A global value with an initializer of the ParamInit table (`param`, `state`).
    static func initialized(_ op: String, _ attrs: Attributes, _ declared: TensorType?) throws(TypeRuleError) -> TensorType {
        guard let t = declared, t.domain == .global else { throw TypeRuleError(.domain, "\(op) must be a global value (no N, E or G axis)") }
        guard let initName = attrs["init"]?.asIdent, let kind = ParamInit(rawValue: initName) else {
            throw TypeRuleError(.attribute, "\(op) needs init = " + ParamInit.allCases.map(\.rawValue).joined(separator: "|"))
        }
        var numbers: [String: Double] = [:]
        for a in kind.arguments {
            switch a.kind {
            case .number:
                if let v = attrs[a.name] {
                    guard let d = v.asDouble else { throw TypeRuleError(.attribute, "\(op) with init = \(initName): \(a.name) must be a number") }
                    numbers[a.name] = d
                }
            case .dimension:
                if let v = attrs[a.name], v.asDims?.count != 1 {
                    throw TypeRuleError(.attribute, "\(op) with init = \(initName): \(a.name) must be one dimension, <D>")
                }
            }
        }
        if let problem = kind.problem(numbers: numbers, rank: t.dims.count, hasFanIn: attrs["fan_in"] != nil) {
            throw TypeRuleError(.attribute, "\(op) with init = \(problem)")
        }
        return t
    }

    /// The training operand flows back in training, the evaluation one in evaluation; each derivative
    /// is itself an if_training, so `specialize-mode` resolves the backward as it does the forward.
    static func ifTraining() -> OpInfo {
        OpInfo("if_training", .exactly(2), traits: [.elementwise, .rowwise],
               derivative: .rule { d, _, op, g throws(AutodiffError) in
                   let (a, b) = (op.operands[0], op.operands[1])
                   let zero = try d.zeros(like: d.type(a))
                   if d.needs(a) { try d.accumulate(a, try d.add(.ifTraining, [g, zero])) }
                   if d.needs(b) { try d.accumulate(b, try d.add(.ifTraining, [zero, g])) }
               }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0] == xs[1] else {
                throw TypeRuleError(.shape, "if_training needs its training and evaluation values of one type, got \(xs[0]) and \(xs[1])")
            }
            return xs[0]
        }
    }

    static func constant() -> OpInfo {
        OpInfo("constant", .exactly(0), traits: [.graphSource, .keepsF32], derivative: .none) { _, attrs, _ throws(TypeRuleError) in
            // A number, or a dimension (`value = <C>`) whose value the run binds: a model dimension used as a number.
            if case .dims(let d)? = attrs["value"], d.count == 1 { return .scalar }
            guard attrs["value"]?.asDouble != nil else { throw TypeRuleError(.attribute, "constant needs a numeric value or one dimension") }
            return .scalar
        }
    }

    static func degree(_ k: DegreeKind) -> OpInfo {
        OpInfo(k.rawValue, .exactly(0), traits: [.graphSource, .keepsF32], flops: perElement(1), derivative: .none) { _, attrs, _ throws(TypeRuleError) in
            if let m = attrs["min"], m.asInt == nil { throw TypeRuleError(.attribute, "degree min must be an integer") }
            return TensorType(.f32, k.domain, [Dim(1)])
        }
    }

    static func convert() -> OpInfo {
        OpInfo("convert", .exactly(1), derivative: .rule { d, _, op, g throws(AutodiffError) in try d.accumulate(op.operands[0], g) }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0].dtype.isFloat else { throw TypeRuleError(.dtype, "convert takes a float value, got \(xs[0])") }
            return xs[0]
        }
    }

    /// Linear with a mask fixed by (seed, stream): the same dropout is its own transpose.
    static func dropout() -> OpInfo {
        OpInfo("dropout", .exactly(1), traits: [.elementwise, .hostsInlined, .random], flops: perElement(1),
                      derivative: .rule { d, _, op, g throws(AutodiffError) in
                          try d.accumulate(op.operands[0], try d.add(.dropout, [g], op.attributes))
                      }) { xs, attrs, _ throws(TypeRuleError) in
            guard let p = attrs["p"]?.asDouble, p >= 0, p < 1 else { throw TypeRuleError(.attribute, "dropout needs 0 <= p < 1") }
            return xs[0]
        }
    }

    static func view() -> OpInfo {
        OpInfo("view", .exactly(1), traits: [.elementwise, .rowwise],
                      derivative: .rule { d, _, op, g throws(AutodiffError) in
                          let x = op.operands[0]
                          try d.accumulate(x, try d.add(.view, [g], ["shape": .dims(d.type(x).dims)]))
                      }) { xs, attrs, _ throws(TypeRuleError) in
            guard let shape = attrs["shape"]?.asDims else { throw TypeRuleError(.attribute, "view needs shape = <dims>") }
            let from = xs[0]
            guard let a = from.rowElements, let b = from.with(dims: shape).rowElements, a == b else {
                throw TypeRuleError(.shape, "view cannot reshape \(from) to <\(shape.map(\.description).joined(separator: ", "))>: element counts differ")
            }
            return from.with(dims: shape)
        }
    }

    // MARK: dense products

    /// Every result element is a dot product: a multiply and an add per term of the inner axis.
    static func matmul() -> OpInfo {
        OpInfo("matmul", .exactly(2), traits: [.hostsInlined, .rowwise], flops: { r, xs in 2 * r * (xs[1].first ?? 1) },
                      derivative: .rule { d, _, op, g throws(AutodiffError) in
                          let (x, w) = (op.operands[0], op.operands[1])
                          if d.needs(x) { try d.accumulate(x, try d.add(.matmulNT, [g, w])) }
                          if d.needs(w) { try d.accumulate(w, try d.add(.matmulTN, [x, g])) }
                      }) { xs, _, _ throws(TypeRuleError) in try TypeRules.matmul(xs[0], xs[1]) }
    }

    static func matmulNT() -> OpInfo {
        OpInfo("matmul_nt", .exactly(2), traits: [.rowwise], flops: { r, xs in 2 * r * (xs[1].last ?? 1) }) { xs, _, _ throws(TypeRuleError) in
            let (g, w) = (xs[0], xs[1])
            guard w.domain == .global, w.rank == 2, g.rank >= 1, g.dims.last! == w.dims[1] else {
                throw TypeRuleError(.matmul, "matmul_nt needs g [.., M] and W [K, M], got \(g) and \(w)")
            }
            return g.with(dims: g.dims.dropLast() + [w.dims[0]])
        }
    }

    /// Summed over x's rows.
    static func matmulTN() -> OpInfo {
        OpInfo("matmul_tn", .exactly(2), flops: { r, xs in 2 * r * (operandElements(r, xs, 0) / max(xs[0].last ?? 1, 1)) }) { xs, _, _ throws(TypeRuleError) in
            let (x, g) = (xs[0], xs[1])
            guard x.domain == g.domain, x.rank >= 1, g.rank >= 1, Array(x.dims.dropLast()) == Array(g.dims.dropLast()) else {
                throw TypeRuleError(.matmul, "matmul_tn needs x [.., K] and g [.., M] with equal leading axes, got \(x) and \(g)")
            }
            return .global([x.dims.last!, g.dims.last!], x.dtype)
        }
    }

    // MARK: graph ops

    /// The transpose of a gather is a sum over the edges (nodes) that read each node (graph).
    static func gather(_ side: GraphSide) -> OpInfo {
        OpInfo("gather.\(side.rawValue)", .exactly(1), traits: [.elementwise, .hostsInlined],
                      derivative: .rule { d, _, op, g throws(AutodiffError) in
                          try d.accumulate(op.operands[0], try d.add(.aggregate(side, .sum), [g]))
                      }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0].domain == side.gatherSource else {
                throw TypeRuleError(.domain, "gather.\(side.rawValue) reads a \(side.gatherSource) value, got \(xs[0])")
            }
            return xs[0].with(domain: side.gatherTarget)
        }
    }

    /// One add (or compare) per message element; a mean also divides each result.
    static func aggregate(_ side: GraphSide, _ r: Reduction) -> OpInfo {
        OpInfo("aggregate.\(side.rawValue).\(r.rawValue)", .exactly(1), traits: [.hostsInlined],
                      flops: { n, xs in operandElements(n, xs, 0) + (r == .mean ? n : 0) },
                      derivative: .rule { d, _, op, g throws(AutodiffError) in try aggregateBackward(d, side, r, op.operands[0], g) }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0].domain == side.gatherTarget else {
                throw TypeRuleError(.domain, "aggregate.\(side.rawValue).\(r.rawValue) reduces \(article(side.gatherTarget)) value, got \(xs[0])")
            }
            return xs[0].with(domain: side.gatherSource)
        }
    }

    /// Max, subtract, exp, sum and divide per score.
    static func edgeSoftmax() -> OpInfo {
        OpInfo("edge_softmax", .exactly(1), flops: perElement(5),
                      derivative: .rule { d, y, op, g throws(AutodiffError) in
                          // ds = y * (g - sum over the destination's in-edges of g * y)
                          // Fault "edge-softmax-grad-uncentred": the destination's sum left out, y * g (the
                          // derivative of exp(s) alone), so a shift of every score no longer cancels.
                          if d.faults.contains("edge-softmax-grad-uncentred") {
                              return try d.accumulate(op.operands[0], try d.add(.binary(.mul), [y, g]))
                          }
                          let gy = try d.add(.binary(.mul), [g, y])
                          let total = try d.add(.aggregate(.dst, .sum), [gy])
                          let centered = try d.add(.binary(.sub), [g, try d.add(.gather(.dst), [total])])
                          try d.accumulate(op.operands[0], try d.add(.binary(.mul), [y, centered]))
                      }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0].domain == .edge else { throw TypeRuleError(.domain, "edge_softmax normalises edge scores, got \(xs[0])") }
            return xs[0]
        }
    }

    static func aggregateArg(_ side: GraphSide, _ r: Reduction) -> OpInfo {
        let op = Opcode.aggregateArg(side, r)
        return OpInfo("aggregate_arg.\(side.rawValue).\(r.rawValue)", .exactly(1), flops: { n, xs in operandElements(n, xs, 0) }) { xs, _, _ throws(TypeRuleError) in
            guard r == .max || r == .min else { throw TypeRuleError(.attribute, "\(op) exists for max and min only") }
            guard xs[0].domain == side.gatherTarget else {
                throw TypeRuleError(.domain, "\(op) reduces \(article(side.gatherTarget)) value, got \(xs[0])")
            }
            return TensorType(.i32, side.gatherSource, xs[0].dims)
        }
    }

    static func scatterArg(_ side: GraphSide) -> OpInfo {
        let op = Opcode.scatterArg(side)
        return OpInfo("scatter_arg.\(side.rawValue)", .exactly(2), flops: perElement(1)) { xs, _, _ throws(TypeRuleError) in
            let (g, arg) = (xs[0], xs[1])
            let from = side.gatherSource
            guard g.domain == from, arg == TensorType(.i32, from, g.dims) else {
                throw TypeRuleError(.shape, "\(op) needs \(article(from)) gradient and i32 indices of its shape, got \(g) and \(arg)")
            }
            return g.with(domain: side.gatherTarget)
        }
    }

    static func article(_ d: Domain) -> String { d == .edge ? "an edge" : "a \(d)" }

    static func aggregateBackward(_ d: GradientContext, _ side: GraphSide, _ r: Reduction, _ m: ValueID, _ g: ValueID) throws(AutodiffError) {
        switch r {
        case .sum:
            try d.accumulate(m, try d.add(.gather(side), [g]))
        case .mean:
            let count = try d.add(.degree(DegreeKind(groupsOf: side)), [], ["min": .int(1)])
            try d.accumulate(m, try d.add(.gather(side), [try d.add(.binary(.div), [g, count])]))
        case .max, .min:
            let arg = try d.add(.aggregateArg(side, r), [m])
            try d.accumulate(m, try d.add(.scatterArg(side), [g, arg]))
        }
    }

    // MARK: shape ops and reductions

    static func rowsum() -> OpInfo {
        OpInfo("rowsum", .exactly(1), traits: [.hostsInlined, .rowwise, .keepsF32], flops: { n, xs in operandElements(n, xs, 0) },
                      derivative: .rule { d, _, op, g throws(AutodiffError) in
                          let x = op.operands[0]
                          try d.accumulate(x, try d.add(.broadcastTo, [g], declared: d.type(x)))
                      }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0].rank >= 1 else { throw TypeRuleError(.shape, "rowsum needs at least one feature axis, got \(xs[0])") }
            return xs[0].with(dims: xs[0].dims.dropLast() + [Dim(1)])
        }
    }

    static func concat() -> OpInfo {
        OpInfo("concat", .atLeast(2), traits: [.rowwise], derivative: .rule { d, _, op, g throws(AutodiffError) in
            var offset = Dim(0)
            for x in op.operands {
                let width = d.type(x).dims.last!
                if d.needs(x) { try d.accumulate(x, try d.add(.slice, [g], ["range": .dims([offset, width])])) }
                guard let next = offset.adding(width) else { throw AutodiffError("concat width overflows") }
                offset = next
            }
        }) { xs, _, _ throws(TypeRuleError) in try TypeRules.concat(xs) }
    }

    static func meanHeads() -> OpInfo {
        OpInfo("mean_heads", .exactly(1), traits: [.rowwise], flops: { n, xs in operandElements(n, xs, 0) },
                      derivative: .rule { d, _, op, g throws(AutodiffError) in try meanHeadsBackward(d, op.operands[0], g) }) { xs, _, _ throws(TypeRuleError) in
            let t = xs[0]
            guard t.rank >= 2 else { throw TypeRuleError(.shape, "mean_heads needs [.., H, F], got \(t)") }
            var dims = t.dims
            dims.remove(at: dims.count - 2)
            return t.with(dims: dims)
        }
    }

    static func slice() -> OpInfo {
        OpInfo("slice", .exactly(1), traits: [.rowwise]) { xs, attrs, _ throws(TypeRuleError) in
            guard let r = attrs["range"]?.asDims, r.count == 2, xs[0].rank >= 1 else {
                throw TypeRuleError(.attribute, "slice needs range = <start, size> and a feature axis")
            }
            let last = xs[0].dims.last!
            if let a = r[0].constantValue, let b = r[1].constantValue, let l = last.constantValue, a + b > l {
                throw TypeRuleError(.shape, "slice <\(a), \(b)> runs past the last axis of \(xs[0])")
            }
            return xs[0].with(dims: xs[0].dims.dropLast() + [r[1]])
        }
    }

    /// Sums a value down to a declared type that broadcasts to it (the backward of broadcasting).
    static func sumTo() -> OpInfo {
        OpInfo("sum_to", .exactly(1), traits: [.hostsInlined, .keepsF32], flops: { n, xs in operandElements(n, xs, 0) },
               derivative: .rule { d, _, op, g throws(AutodiffError) in
                   // Each summed element receives the sum's gradient (a forward sum_to: reduce over nodes).
                   let x = op.operands[0]
                   try d.accumulate(x, try d.add(.broadcastTo, [g], declared: d.type(x)))
               }) { xs, _, declared throws(TypeRuleError) in
            try broadcastPair(.sumTo, small: declared, big: xs[0], declared: declared)
        }
    }

    /// `max_to`, `min_to`: like sum_to, a reduction down to a declared type (a compare per element).
    static func reduceTo(_ r: Reduction) -> OpInfo {
        let op = Opcode.reduceTo(r)
        return OpInfo("\(r.rawValue)_to", .exactly(1), traits: [.hostsInlined], flops: { n, xs in operandElements(n, xs, 0) },
                      derivative: .rule { d, y, o, g throws(AutodiffError) in try extremumBackward(d, r, o.operands[0], y, g) }) { xs, _, declared throws(TypeRuleError) in
            guard r == .max || r == .min else { throw TypeRuleError(.attribute, "\(r.rawValue)_to does not exist: max_to and min_to do (a sum is sum_to)") }
            return try broadcastPair(op, small: declared, big: xs[0], declared: declared)
        }
    }

    /// The gradient of a max (min) goes to the elements that attain it, split evenly among ties, as
    /// PyTorch's `amax`/`amin` split it: `w = step(x - y)` (`step(y - x)` for min) is 1/2 where x
    /// attains y and 0 elsewhere (x never passes y), and x gets `w * g / sum_to(w)`, so the halves
    /// cancel and each of k tied elements gets g / k. Written in the table's own ops, so the backward
    /// fuses like any other; the comparison is exact because x, read twice, is one stored value (two
    /// consumers keep it from being inlined) and y is one of its elements.
    static func extremumBackward(_ d: GradientContext, _ r: Reduction, _ x: ValueID, _ y: ValueID, _ g: ValueID) throws(AutodiffError) {
        let margin = try d.add(.binary(.sub), r == .max ? [x, y] : [y, x])
        let w = try d.add(.unary(.step), [margin])
        let share = try d.add(.sumTo, [w], declared: d.type(y))
        try d.accumulate(x, try d.add(.binary(.mul), [w, try d.add(.binary(.div), [g, share])]))
    }

    static func broadcastTo() -> OpInfo {
        OpInfo("broadcast_to", .exactly(1), traits: [.elementwise, .hostsInlined],
               derivative: .rule { d, _, op, g throws(AutodiffError) in
                   let x = op.operands[0]
                   try d.accumulate(x, try d.add(.sumTo, [g], declared: d.type(x)))
               }) { xs, _, declared throws(TypeRuleError) in
            try broadcastPair(.broadcastTo, small: xs[0], big: declared, declared: declared)
        }
    }

    /// sum_to and broadcast_to: `small` broadcasts to `big`, one of them the declared result.
    static func broadcastPair(_ op: Opcode, small: TensorType?, big: TensorType?, declared: TensorType?) throws(TypeRuleError) -> TensorType {
        guard let target = declared, let small, let big else { throw TypeRuleError(.attribute, "\(op) needs a declared result type") }
        let joined = try? TypeRules.broadcast(small, big, op)
        guard joined == big, small.domain == big.domain || small.domain == .global else {
            throw TypeRuleError(.shape, "\(op): \(small) does not broadcast to \(big)")
        }
        return target
    }

    static func meanHeadsBackward(_ d: GradientContext, _ x: ValueID, _ g: ValueID) throws(AutodiffError) {
        let t = d.type(x)
        guard let heads = t.dims[t.rank - 2].constantValue else {
            throw AutodiffError("mean_heads over a symbolic head count has no derivative rule yet")
        }
        var expanded = d.type(g).dims
        expanded.insert(Dim(1), at: expanded.count - 1)
        let v = try d.add(.view, [g], ["shape": .dims(expanded)])
        // One head: the mean is a reshape, and so is its derivative.
        guard heads != 1 else { return try d.accumulate(x, v) }
        let spread = try d.add(.broadcastTo, [v], declared: t)
        let scale = try d.add(.constant, [], ["value": .float(1 / Double(heads))])
        try d.accumulate(x, try d.add(.binary(.mul), [spread, scale]))
    }

    /// `log_softmax`: per row, max, subtract, exp and sum, then subtract the log-sum-exp. Its
    /// derivative, `g - exp(y) * rowsum(g)`, is written in the table's ops.
    static func logSoftmax() -> OpInfo {
        OpInfo("log_softmax", .exactly(1), traits: [.hostsInlined, .rowwise], flops: perElement(5),
               derivative: .rule { d, y, op, g throws(AutodiffError) in
                   let total = try d.add(.rowsum, [g])
                   let p = try d.add(.unary(.exp), [y])
                   try d.accumulate(op.operands[0], try d.add(.binary(.sub), [g, try d.add(.binary(.mul), [p, total])]))
               }) { xs, _, _ throws(TypeRuleError) in
            guard xs[0].rank >= 1 else { throw TypeRuleError(.shape, "log_softmax needs at least one feature axis, got \(xs[0])") }
            return xs[0]
        }
    }

    // MARK: the loss

    static func loss(_ kind: LossKind, gradient: Bool) -> OpInfo {
        let op: Opcode = gradient ? .lossGrad(kind) : .loss(kind)
        // Per output element: cross-entropy's max, subtract, exp and sum (the gradient's subtract
        // and scale); mse's subtract, square and sum; nll's pick is a move, its sum one add per node.
        let perOutput: Int, perNode: Int
        switch kind {
        case .crossEntropy: (perOutput, perNode) = (4, 0)
        case .mse: (perOutput, perNode) = (3, 0)
        case .nll: (perOutput, perNode) = gradient ? (1, 0) : (0, 1)
        }
        return OpInfo(gradient ? "\(kind.rawValue)_grad" : kind.rawValue, .exactly(3), traits: [.keepsF32],
                      flops: { n, xs in perOutput * operandElements(n, xs, 0) + perNode * operandElements(n, xs, 2) }) { xs, _, _ throws(TypeRuleError) in
            let (output, labels, mask) = (xs[0], xs[1], xs[2])
            // Node classification, or graph classification (a row per graph).
            let rows = output.domain
            guard rows == .node || rows == .graph, output.rank == 1, labels == TensorType(.i32, rows, []),
                  mask == TensorType(output.dtype, rows, []) else {
                throw TypeRuleError(.shape, "\(op) needs an output f32[N, C], labels i32[N] and a mask f32[N] (or the same per graph, [G]), got \(output), \(labels), \(mask)")
            }
            return gradient ? output : TensorType(output.dtype, .global, [])
        }
    }
}
