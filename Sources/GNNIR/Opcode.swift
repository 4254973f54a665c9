// The graph IR operator algebra: every op a spec can produce, with its printed name.
public enum Reduction: String, Sendable, Hashable, CaseIterable {
    case sum, mean, max, min
    /// Linear reductions commute with a dense transform (`agg(X)·W = agg(X·W)`).
    public var isLinear: Bool { self == .sum || self == .mean }
}

/// Which incidence a gather reads through, or an aggregation groups by: an edge's `src` or `dst`
/// endpoint (node <-> edge), or a node's `graph` in the batch (graph <-> node: the readout and its
/// transpose). The algebra is the same; only the domains and the index arrays differ.
public enum GraphSide: String, Sendable, Hashable, CaseIterable {
    case src, dst, graph

    /// The domain a gather reads (an aggregation's result lives there too).
    public var gatherSource: Domain { self == .graph ? .graph : .node }
    /// The domain a gather's result lives in (an aggregation's operand too).
    public var gatherTarget: Domain { self == .graph ? .node : .edge }
}

public enum DegreeKind: String, Sendable, Hashable, CaseIterable {
    case inDegree = "in_degree", outDegree = "out_degree"
    /// Nodes per graph of the batch, `[1]` per graph (the count a mean readout divides by).
    case graphSize = "graph_size"

    /// The group sizes of an aggregation grouped by `side`.
    public init(groupsOf side: GraphSide) {
        switch side {
        case .dst: self = .inDegree
        case .src: self = .outDegree
        case .graph: self = .graphSize
        }
    }

    public var domain: Domain { self == .graphSize ? .graph : .node }
}

public enum Opcode: Hashable, Sendable, CustomStringConvertible {
    /// A model input (node or edge features), bound at run time. Attribute `name`.
    case input
    /// A trainable parameter. Attribute `init` names its ParamInit entry; its arguments are attributes under their names.
    case param
    /// Model state that is not trained (batch_norm's running statistics): a global value bound by
    /// the runtime like a parameter, but never differentiated nor given to the optimizer. Attribute
    /// `init` as for `param`. A module returns the state's value after the run as one of its results
    /// (see GraphModule.stateResults), which the runtime binds back before the next run.
    case state
    /// A global scalar constant. Attribute `value`.
    case constant
    case unary(UnaryOp)
    case binary(BinaryOp)
    /// `[.., K] x [K, M] -> [.., M]`; the right operand is a global matrix.
    case matmul
    /// Node value read at each edge's `src` or `dst` endpoint: node -> edge; `gather.graph`: a
    /// graph value read at each of its nodes, graph -> node.
    case gather(GraphSide)
    /// Edge values reduced into the node at the given endpoint: edge -> node; `aggregate.graph.*`
    /// (the readout): node values reduced into their graph, node -> graph. Empty groups give 0.
    case aggregate(GraphSide, Reduction)
    /// Softmax of edge scores over the incoming edges of each destination: edge -> edge.
    case edgeSoftmax
    /// Graph intrinsic, `[1]` per node (per graph for graph_size), counted on the graph after its self-loop setting.
    case degree(DegreeKind)
    /// Reshape of the feature dims (element count preserved). Attribute `shape`.
    case view
    /// Sum over the last axis, keeping it with size 1 so it broadcasts back.
    case rowsum
    /// Log-softmax over the last axis (`[.., C]`, each row normalised): a model that returns
    /// log-probabilities for the `nll` loss ends with it.
    case logSoftmax
    /// Concatenation along the last axis.
    case concat
    /// Mean over the head axis: `[.., H, F] -> [.., F]`.
    case meanHeads
    /// Inverted dropout (scale by 1/(1-p) at train time, identity at eval). Attributes `p` and
    /// `stream`, the id that with the step seed fixes the mask (see DropoutMask); being linear with
    /// a replayable mask, dropout is its own backward.
    case dropout
    /// `(a, b) -> a` in a training program, `b` in an evaluation one: what differs between the two
    /// (batch_norm's batch statistics and its running ones). The plan's `specialize-mode` pass keeps
    /// one operand for its mode before anything else runs; the reference interpreter picks by its
    /// `training` binding.
    case ifTraining

    // Ops that autodiff introduces; each is element-wise, a reduction or a graph op like the rest.

    /// `(g, x) -> g * f'(x)` for a unary function f, with f's attributes.
    case unaryGrad(UnaryOp)
    /// Sums a value down to a type that broadcasts to it (the backward of broadcasting). The result
    /// type is declared; a node or edge value may sum down to a global one.
    case sumTo
    /// Broadcasts a value up to a declared type (the backward of rowsum and mean_heads).
    case broadcastTo
    /// `max_to`, `min_to`: the max (min) down to a declared type that broadcasts to the operand, as
    /// sum_to sums (`reduce(max) { node value }`: over all nodes). Max and min only: a sum is sum_to.
    case reduceTo(Reduction)
    /// `(g [.., M], W [K, M]) -> [.., K]`: g @ W^T.
    case matmulNT
    /// `(x [.., K], g [.., M]) -> [K, M]`: x^T @ g, summed over every leading index.
    case matmulTN
    /// Index of the first edge (in edge order) that attains a max/min aggregation, per node and
    /// feature; -1 for an empty neighbourhood. Saved for the backward.
    case aggregateArg(GraphSide, Reduction)
    /// `(g node, arg node) -> edge`: edge e gets g at its endpoint where arg names e, else 0.
    case scatterArg(GraphSide)
    /// A slice of the last axis. Attribute `range = <start, size>` (the backward of concat).
    case slice
    /// The train block's loss: the mean over the nodes with mask 1 of the loss's term of the output
    /// row and the label, `(output, labels, mask) -> f32[]` (see LossKind).
    case loss(LossKind)
    /// Its gradient w.r.t. the output: the term's gradient * mask / count.
    case lossGrad(LossKind)
    /// The operand stored as attribute `to`'s float dtype (made by low-precision-storage, so
    /// that both operands of a GEMM share one dtype).
    case convert

    /// The printed name, from the op table.
    public var description: String { info.mnemonic }

    /// Every opcode, in a fixed order (used by the IR parser's name table and by tests).
    public static let all: [Opcode] = {
        var ops: [Opcode] = [.input, .param, .constant]
        ops += UnaryOp.allCases.map { .unary($0) }
        ops += BinaryOp.allCases.map { .binary($0) }
        ops.append(.matmul)
        ops += GraphSide.allCases.map { .gather($0) }
        for s in GraphSide.allCases { ops += Reduction.allCases.map { .aggregate(s, $0) } }
        ops += [.edgeSoftmax]
        ops += DegreeKind.allCases.map { .degree($0) }
        ops += [.view, .rowsum, .concat, .meanHeads, .dropout]
        ops += UnaryOp.allCases.map { .unaryGrad($0) }
        ops += [.sumTo, .broadcastTo, .matmulNT, .matmulTN]
        ops += [Reduction.max, .min].map { .reduceTo($0) }
        ops.append(.logSoftmax)
        for s in GraphSide.allCases { ops += [Reduction.max, .min].map { .aggregateArg(s, $0) } }
        ops += GraphSide.allCases.map { .scatterArg($0) }
        ops.append(.slice)
        for k in LossKind.allCases { ops += [.loss(k), .lossGrad(k)] }
        ops.append(.convert)
        // Model state and what differs between training and evaluation (batch_norm).
        ops += [.state, .ifTraining]
        return ops
    }()

    static let byName: [String: Opcode] = Dictionary(uniqueKeysWithValues: all.map { ($0.description, $0) })

    public init?(name: String) {
        guard let op = Opcode.byName[name] else { return nil }
        self = op
    }
}
