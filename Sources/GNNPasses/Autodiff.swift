// Reverse-mode autodiff on the graph IR: appends the loss and one derivative rule per op, written
// in the same op set, so the backward program is fused and emitted like the forward one.
import GNNDiagnostics
import GNNIR

public struct Autodiff: GraphPass {
    public init() {}
    public var name: String { "autodiff" }
    public var summary: String { "append cross-entropy loss and the backward program (gradients of every parameter)" }

    /// A module whose train block asks for f16 gets the loss-scale input, as the trainer builds it.
    public func run(_ m: GraphModule) throws -> GraphModule {
        do {
            return try Autodiff.differentiate(m, lossScale: LowPrecisionStorage.precision(of: m) == .f16)
        } catch { throw PassFailure([error.diagnostic]) }
    }

    public struct Failure: Error {
        public var message: String
        var diagnostic: Diagnostic { Diagnostic(.passFailed, "autodiff: \(message)", at: nil) }
    }

    /// The training program: forward ops, then `labels: i32[N]` and `train_mask: f32[N]` inputs,
    /// the masked cross-entropy `loss`, and the gradient of every parameter. Results, in order:
    /// the logits, the loss, then `grad.<param>` for each parameter in definition order, then
    /// `grad.<input>` for each input named in `inputs` (the benchmarks' primitives, which have
    /// no parameters, differentiate with respect to their features this way).
    ///
    /// With `lossScale` (f16 training), a scalar input `loss_scale` multiplies the loss gradient
    /// before it flows back, so that small gradients stay above f16's smallest normal; every
    /// gradient result is then scaled by it, and the trainer divides it out.
    public static func differentiate(_ m: GraphModule, inputs: Set<String> = [], lossScale: Bool = false) throws(Failure) -> GraphModule {
        guard m.results.count == 1, m.type(of: m.results[0]).domain == .node, m.type(of: m.results[0]).rank == 1 else {
            throw Failure(message: "the model must return one node value of logits, node[C]")
        }
        var d = Differentiator(builder: GraphBuilder(adopting: m))
        let logits = m.results[0]
        let labels = try d.add(.input, [], ["name": .string("labels")], declared: TensorType(.i32, .node, []), name: "labels")
        let mask = try d.add(.input, [], ["name": .string("train_mask")], declared: TensorType(.f32, .node, []), name: "train_mask")
        let loss = try d.add(.crossEntropy, [logits, labels, mask], name: "loss")
        func inputName(_ op: Operation) -> String? {
            guard op.opcode == .input, case .string(let s)? = op.attributes["name"] else { return nil }
            return s
        }
        let wanted = m.ops.indices.filter { inputName(m.ops[$0]).map(inputs.contains) ?? false }
        let missing = inputs.subtracting(wanted.compactMap { inputName(m.ops[$0]) })
        guard missing.isEmpty else { throw Failure(message: "no input named \(missing.sorted().joined(separator: ", "))") }
        d.requiresGrad = Differentiator.dependsOnParams(m, or: Set(wanted.map { ValueID($0) }))
        d.grads[logits] = try d.add(.crossEntropyGrad, [logits, labels, mask])
        if lossScale {
            let scale = try d.add(.input, [], ["name": .string("loss_scale")], declared: .scalar, name: "loss_scale")
            d.grads[logits] = try d.add(.binary(.mul), [d.grads[logits]!, scale])
        }
        for i in stride(from: logits.index, through: 0, by: -1) {
            let v = ValueID(i)
            guard d.requiresGrad.contains(v), let g = d.grads[v] else { continue }
            try d.backward(v, m.ops[i], g)
        }
        var results = [logits, loss]
        for (i, op) in m.ops.enumerated() where op.opcode == .param || wanted.contains(i) {
            let grad: ValueID
            if let existing = d.grads[ValueID(i)] { grad = existing } else { grad = try d.zeros(like: op.type) }
            d.builder.name(grad, "grad.\(inputName(op) ?? op.name ?? "p\(i)")")
            results.append(grad)
        }
        d.builder.setResults(results)
        return d.builder.module
    }
}

struct Differentiator {
    var builder: GraphBuilder
    var requiresGrad: Set<ValueID> = []
    var grads: [ValueID: ValueID] = [:]

    /// Values that depend on a parameter (or on one of `inputs`); only they get gradients.
    static func dependsOnParams(_ m: GraphModule, or inputs: Set<ValueID> = []) -> Set<ValueID> {
        var out = inputs
        for (i, op) in m.ops.enumerated() where !inputs.contains(ValueID(i)) {
            switch op.opcode {
            case .param: out.insert(ValueID(i))
            case .input, .constant, .degree: continue
            default: if op.operands.contains(where: out.contains) { out.insert(ValueID(i)) }
            }
        }
        return out
    }

    mutating func add(_ op: Opcode, _ operands: [ValueID], _ attrs: [String: Attribute] = [:],
                      declared: TensorType? = nil, name: String? = nil) throws(Autodiff.Failure) -> ValueID {
        do {
            return try builder.add(op, operands, attributes: Attributes(attrs), name: name, declared: declared)
        } catch {
            throw Autodiff.Failure(message: "derivative rule built an ill-typed \(op): \(error.message)")
        }
    }

    func type(_ v: ValueID) -> TensorType { builder.module.type(of: v) }

    mutating func zeros(like t: TensorType) throws(Autodiff.Failure) -> ValueID {
        let z = try add(.constant, [], ["value": .float(0)])
        return try add(.broadcastTo, [z], declared: t)
    }

    /// Adds `contribution` to the gradient of `v`, first summing away broadcast axes.
    mutating func accumulate(_ v: ValueID, _ contribution: ValueID) throws(Autodiff.Failure) {
        guard requiresGrad.contains(v) else { return }
        var c = contribution
        if type(c) != type(v) { c = try add(.sumTo, [c], declared: type(v)) }
        if let old = grads[v] { grads[v] = try add(.binary(.add), [old, c]) } else { grads[v] = c }
    }

    /// One derivative rule per op: `g` is the gradient of the op's result `y`.
    mutating func backward(_ y: ValueID, _ op: Operation, _ g: ValueID) throws(Autodiff.Failure) {
        let xs = op.operands
        func needs(_ k: Int) -> Bool { requiresGrad.contains(xs[k]) }
        switch op.opcode {
        case .input, .param, .constant, .degree:
            return
        case .unary(.neg):
            try accumulate(xs[0], try add(.unary(.neg), [g]))
        case .unary(let u):
            var attrs: [String: Attribute] = [:]
            for (k, v) in op.attributes { attrs[k] = v }
            try accumulate(xs[0], try add(.unaryGrad(u), [g, xs[0]], attrs))
        case .binary(let b):
            try binaryBackward(b, y, xs[0], xs[1], g)
        case .matmul:
            if needs(0) { try accumulate(xs[0], try add(.matmulNT, [g, xs[1]])) }
            if needs(1) { try accumulate(xs[1], try add(.matmulTN, [xs[0], g])) }
        case .gather(let side):
            // The transpose of a gather is a sum over the edges that read each node.
            try accumulate(xs[0], try add(.aggregate(side, .sum), [g]))
        case .aggregate(let side, let r):
            try aggregateBackward(side, r, xs[0], g)
        case .edgeSoftmax:
            // ds = y * (g - sum over the destination's in-edges of g * y)
            let gy = try add(.binary(.mul), [g, y])
            let total = try add(.aggregate(.dst, .sum), [gy])
            let centered = try add(.binary(.sub), [g, try add(.gather(.dst), [total])])
            try accumulate(xs[0], try add(.binary(.mul), [y, centered]))
        case .view:
            try accumulate(xs[0], try add(.view, [g], ["shape": .dims(type(xs[0]).dims)]))
        case .convert:
            try accumulate(xs[0], g)
        case .rowsum:
            try accumulate(xs[0], try add(.broadcastTo, [g], declared: type(xs[0])))
        case .concat:
            var offset = Dim(0)
            for x in xs {
                let width = type(x).dims.last!
                if requiresGrad.contains(x) {
                    try accumulate(x, try add(.slice, [g], ["range": .dims([offset, width])]))
                }
                guard let next = offset.adding(width) else { throw Autodiff.Failure(message: "concat width overflows") }
                offset = next
            }
        case .meanHeads:
            let t = type(xs[0])
            guard let heads = t.dims[t.rank - 2].constantValue else {
                throw Autodiff.Failure(message: "mean_heads over a symbolic head count has no derivative rule yet")
            }
            var expanded = type(g).dims
            expanded.insert(Dim(1), at: expanded.count - 1)
            let v = try add(.view, [g], ["shape": .dims(expanded)])
            // One head: the mean is a reshape, and so is its derivative.
            guard heads != 1 else { return try accumulate(xs[0], v) }
            let spread = try add(.broadcastTo, [v], declared: t)
            let scale = try add(.constant, [], ["value": .float(1 / Double(heads))])
            try accumulate(xs[0], try add(.binary(.mul), [spread, scale]))
        case .dropout:
            // Linear with a mask fixed by (seed, stream): the same dropout is its own transpose.
            var attrs: [String: Attribute] = [:]
            for (k, v) in op.attributes { attrs[k] = v }
            try accumulate(xs[0], try add(.dropout, [g], attrs))
        default:
            throw Autodiff.Failure(message: "no derivative rule for \(op.opcode)")
        }
    }

    mutating func binaryBackward(_ b: BinaryOp, _ y: ValueID, _ lhs: ValueID, _ rhs: ValueID, _ g: ValueID) throws(Autodiff.Failure) {
        switch b {
        case .add:
            try accumulate(lhs, g)
            try accumulate(rhs, g)
        case .sub:
            try accumulate(lhs, g)
            if requiresGrad.contains(rhs) { try accumulate(rhs, try add(.unary(.neg), [g])) }
        case .mul:
            if requiresGrad.contains(lhs) { try accumulate(lhs, try add(.binary(.mul), [g, rhs])) }
            if requiresGrad.contains(rhs) { try accumulate(rhs, try add(.binary(.mul), [g, lhs])) }
        case .div:
            if requiresGrad.contains(lhs) { try accumulate(lhs, try add(.binary(.div), [g, rhs])) }
            if requiresGrad.contains(rhs) {
                // d(a/b)/db = -(a/b)/b = -y/b
                let gy = try add(.binary(.mul), [g, y])
                try accumulate(rhs, try add(.unary(.neg), [try add(.binary(.div), [gy, rhs])]))
            }
        }
    }

    mutating func aggregateBackward(_ side: GraphSide, _ r: Reduction, _ m: ValueID, _ g: ValueID) throws(Autodiff.Failure) {
        switch r {
        case .sum:
            try accumulate(m, try add(.gather(side), [g]))
        case .mean:
            let count = try add(.degree(side == .dst ? .inDegree : .outDegree), [], ["min": .int(1)])
            try accumulate(m, try add(.gather(side), [try add(.binary(.div), [g, count])]))
        case .max, .min:
            let arg = try add(.aggregateArg(side, r), [m])
            try accumulate(m, try add(.scatterArg(side), [g, arg]))
        }
    }
}
