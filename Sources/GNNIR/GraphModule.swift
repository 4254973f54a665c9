// The graph IR container: a model's single-result SSA ops in definition order, plus its settings.
import GNNDiagnostics

/// Index of the op that defines a value; every op defines exactly one value.
public struct ValueID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let index: Int
    public init(_ index: Int) { self.index = index }
    public static func < (a: ValueID, b: ValueID) -> Bool { a.index < b.index }
    public var description: String { "v\(index)" }
}

public struct Operation: Hashable, Sendable {
    /// The spec-level name (`agg`, `gcn_conv_0.W`) or nil for a temporary, which prints as `%<n>`.
    public var name: String?
    public var opcode: Opcode
    public var operands: [ValueID]
    public var attributes: Attributes
    public var type: TensorType
    /// Where the op came from (spec or .gir text); not printed, used by diagnostics.
    public var location: SourceRange?

    public init(name: String? = nil, opcode: Opcode, operands: [ValueID] = [], attributes: Attributes = Attributes(),
                type: TensorType, location: SourceRange? = nil) {
        self.name = name; self.opcode = opcode; self.operands = operands
        self.attributes = attributes; self.type = type; self.location = location
    }

    public static func == (a: Operation, b: Operation) -> Bool {
        a.name == b.name && a.opcode == b.opcode && a.operands == b.operands && a.attributes == b.attributes && a.type == b.type
    }
    public func hash(into h: inout Hasher) {
        h.combine(name); h.combine(opcode); h.combine(operands); h.combine(attributes); h.combine(type)
    }
}

public struct GraphModule: Hashable, Sendable {
    public var name: String
    /// Model-level dimension symbols bound at run time (dataset features, classes, ...), in order.
    public var dimParams: [String]
    /// Graph preparation settings, e.g. `self_loops = add`.
    public var graphSettings: Attributes
    public var ops: [Operation]
    public var results: [ValueID]
    /// The `train {}` block: loss, optimizer and hyper-parameters, precision.
    public var train: Attributes

    public init(name: String, dimParams: [String] = [], graphSettings: Attributes = Attributes(),
                ops: [Operation] = [], results: [ValueID] = [], train: Attributes = Attributes()) {
        self.name = name; self.dimParams = dimParams; self.graphSettings = graphSettings
        self.ops = ops; self.results = results; self.train = train
    }

    public subscript(_ v: ValueID) -> Operation { ops[v.index] }
    public func type(of v: ValueID) -> TensorType { ops[v.index].type }
    public var valueIDs: [ValueID] { ops.indices.map(ValueID.init) }
}

extension GraphModule {
    /// Each state op (in definition order) with the index of the result that holds its value after
    /// a run: a module returns its output (the logits; in a training program also the loss and the
    /// gradients) and then the next value of every state, in this order. Positions rather than names,
    /// because result slots survive every rewrite while names do not (a replaced value's name moves
    /// only to an unnamed replacement).
    public var stateResults: [(op: Operation, result: Int)] {
        let states = ops.filter { $0.opcode == .state }
        let first = results.count - states.count
        guard !states.isEmpty, first >= 1 else { return [] }
        return states.enumerated().map { ($0.element, first + $0.offset) }
    }
}
