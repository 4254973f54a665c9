// Reverse-mode autodiff on the graph IR: appends the loss and one derivative rule per op, written
// in the same op set, so the backward program is fused and emitted like the forward one.
import GNNDiagnostics
import GNNIR

public struct Autodiff: GraphPass {
    /// Inputs differentiated besides the parameters (the benchmarks' primitives have none).
    public let inputs: Set<String>
    /// Whether the loss gradient is scaled (f16 training); nil: when the module's train block asks for f16.
    public let lossScale: Bool?
    /// Wrong derivative rules to build (FaultInjection; tests show the numeric checks catch them).
    public let faults: Set<String>
    public init(inputs: Set<String> = [], lossScale: Bool? = nil, faults: Set<String> = []) {
        self.inputs = inputs; self.lossScale = lossScale; self.faults = faults
    }
    public var name: String { "autodiff" }
    public var summary: String { "append the train block's loss and the backward program (gradients of every parameter)" }

    public func run(_ m: GraphModule) throws -> GraphModule {
        do {
            return try Autodiff.differentiate(m, inputs: inputs, lossScale: lossScale ?? (LowPrecisionStorage.precision(of: m) == .f16),
                                              faults: faults)
        } catch { throw PassFailure([Diagnostic(.passFailed, "autodiff: \(error.message)", at: nil)]) }
    }

    public typealias Failure = AutodiffError

    /// The training program: forward ops, then `labels: i32[N]` and `train_mask: f32[N]` inputs
    /// (`i32[G]` and `f32[G]`, a label and a mask entry per graph, for a graph classifier),
    /// the masked `loss` the train block names (cross_entropy when it names none; LossKind), and the
    /// gradient of every parameter. Results, in order:
    /// the logits, the loss, then `grad.<param>` for each parameter in definition order, then
    /// `grad.<input>` for each input named in `inputs` (the benchmarks' primitives, which have
    /// no parameters, differentiate with respect to their features this way), then the forward's
    /// other results, the next value of each state (GraphModule.stateResults).
    ///
    /// With `lossScale` (f16 training), a scalar input `loss_scale` multiplies the loss gradient
    /// before it flows back, so that small gradients stay above f16's smallest normal; every
    /// gradient result is then scaled by it, and the trainer divides it out.
    ///
    /// `faults`: derivative rules to get wrong on purpose (FaultInjection.known); the oracle never
    /// passes any, so the checks compare a wrong plan against a right reference.
    public static func differentiate(_ m: GraphModule, inputs: Set<String> = [], lossScale: Bool = false,
                                     faults: Set<String> = []) throws(Failure) -> GraphModule {
        // Results after the logits are the next values of the model's state (batch_norm's running
        // statistics): carried through as the training program's last results, never differentiated.
        let states = m.ops.filter { $0.opcode == .state }.count
        let rows = m.results.first.map { m.type(of: $0).domain }
        guard m.results.count == 1 + states, rows == .node || rows == .graph, m.type(of: m.results[0]).rank == 1 else {
            throw Failure("the model must return one node value of logits, node[C] (or graph[C], a graph classifier)"
                          + (states > 0 ? ", then the next value of each of its \(states) states" : ""))
        }
        let domain = rows ?? .node
        let named = m.train["loss"]?.asIdent ?? LossKind.crossEntropy.rawValue
        guard let kind = LossKind(rawValue: named) else { throw Failure("unknown loss '\(named)': the train block's loss is \(LossKind.spelled)") }
        let d = GradientContext(builder: GraphBuilder(adopting: m), requiresGrad: [], faults: faults)
        let logits = m.results[0]
        let labels = try d.add(.input, [], ["name": .string("labels")], declared: TensorType(.i32, domain, []), name: "labels")
        let mask = try d.add(.input, [], ["name": .string("train_mask")], declared: TensorType(.f32, domain, []), name: "train_mask")
        let loss = try d.add(.loss(kind), [logits, labels, mask], name: "loss")
        func inputName(_ op: Operation) -> String? {
            guard op.opcode == .input, case .string(let s)? = op.attributes["name"] else { return nil }
            return s
        }
        let wanted = m.ops.indices.filter { inputName(m.ops[$0]).map(inputs.contains) ?? false }
        let missing = inputs.subtracting(wanted.compactMap { inputName(m.ops[$0]) })
        guard missing.isEmpty else { throw Failure("no input named \(missing.sorted().joined(separator: ", "))") }
        d.requiresGrad = Differentiator.dependsOnParams(m, or: Set(wanted.map { ValueID($0) }))
        d.grads[logits] = try d.add(.lossGrad(kind), [logits, labels, mask])
        if lossScale {
            let scale = try d.add(.input, [], ["name": .string("loss_scale")], declared: .scalar, name: "loss_scale")
            d.grads[logits] = try d.add(.binary(.mul), [d.grads[logits]!, scale])
        }
        for i in stride(from: logits.index, through: 0, by: -1) {
            let v = ValueID(i)
            guard d.requiresGrad.contains(v), let g = d.grads[v] else { continue }
            try Differentiator.backward(d, v, m.ops[i], g)
        }
        var results = [logits, loss]
        for (i, op) in m.ops.enumerated() where op.opcode == .param || wanted.contains(i) {
            let grad: ValueID
            if let existing = d.grads[ValueID(i)] { grad = existing } else { grad = try d.zeros(like: op.type) }
            d.builder.name(grad, "grad.\(inputName(op) ?? op.name ?? "p\(i)")")
            results.append(grad)
        }
        d.builder.setResults(results + m.results.dropFirst())
        return d.builder.module
    }
}

enum Differentiator {
    /// Values that depend on a parameter (or on one of `inputs`); only they get gradients.
    static func dependsOnParams(_ m: GraphModule, or inputs: Set<ValueID> = []) -> Set<ValueID> {
        var out = inputs
        for (i, op) in m.ops.enumerated() where !inputs.contains(ValueID(i)) {
            if op.opcode == .param || op.operands.contains(where: out.contains) { out.insert(ValueID(i)) }
        }
        return out
    }

    /// The op table's derivative rule of `op`; `g` is the gradient of its result `y`.
    static func backward(_ d: GradientContext, _ y: ValueID, _ op: Operation, _ g: ValueID) throws(AutodiffError) {
        switch op.opcode.info.derivative {
        case .none: return
        case .rule(let rule): try rule(d, y, op, g)
        case .undefined: throw AutodiffError("no derivative rule for \(op.opcode)")
        }
    }
}
