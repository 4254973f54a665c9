// Rebuilds a module from the ops a pass keeps, rewrites or replaces, remapping every operand and
// result; shared by the cleanup passes (canonicalize, cse, dce, hoist-graph-only).
import GNNIR

/// Builds a new module from a source module, one source value at a time, in any order that keeps
/// SSA (every operand placed before its user). A source value ends up in one of three states:
///
/// - **kept** (`keep`): its op is copied with operands remapped into the new module;
/// - **rewritten** (`emit`): a different op, built by the pass, defines it (folded constant,
///   swapped operands, a new attribute);
/// - **replaced** (`replace`): an existing new-module value stands for it, and its uses are
///   re-pointed there. A named value passes its name to an unnamed replacement (never to an input
///   or param, whose names are their run-time binding keys); otherwise the name disappears with it.
///
/// Values never placed are dropped (dead code); `finish` requires every result to be placed.
///
/// **Dropout streams.** A `dropout` without a `stream` attribute draws its mask from the stream
/// given by its op index (see DropoutMask and the reference interpreter). When such an op would
/// land at a different index, its old index is written into `stream`, so that moving or deleting
/// ops never changes a mask.
struct Rewriter {
    let source: GraphModule
    /// The new module's ops, in order.
    private(set) var ops: [Operation] = []
    /// Where each source value went; nil while it is not placed (yet).
    private var mapping: [ValueID?]

    init(_ source: GraphModule) {
        self.source = source
        self.mapping = Array(repeating: nil, count: source.ops.count)
    }

    /// The new value standing for source value `v`, nil when it was not placed.
    func placed(_ v: ValueID) -> ValueID? { mapping[v.index] }

    /// The new value standing for source value `v`; the caller guarantees it was placed.
    func mapped(_ v: ValueID) -> ValueID {
        guard let m = mapping[v.index] else { preconditionFailure("\(v) is used before it was placed") }
        return m
    }

    /// An op of the new module.
    subscript(_ v: ValueID) -> Operation { ops[v.index] }
    func type(of v: ValueID) -> TensorType { ops[v.index].type }

    /// Source op `v` with its operands already remapped into the new module: what `keep` would
    /// emit, for a pass to inspect (or change and hand to `emit`).
    func remapped(_ v: ValueID) -> Operation {
        var op = source[v]
        op.operands = op.operands.map(mapped)
        return op
    }

    /// Copies source op `v`, operands remapped; returns its new value.
    @discardableResult
    mutating func keep(_ v: ValueID) -> ValueID { emit(remapped(v), for: v) }

    /// Appends `op` (operands in the new module) as the new definition of source value `v`.
    @discardableResult
    mutating func emit(_ op: Operation, for v: ValueID) -> ValueID {
        precondition(mapping[v.index] == nil, "\(v) is placed twice")
        var op = op
        let newIndex = ops.count
        if op.opcode == .dropout, op.attributes["stream"] == nil, newIndex != v.index {
            op.attributes["stream"] = .int(v.index)
        }
        ops.append(op)
        let id = ValueID(newIndex)
        mapping[v.index] = id
        return id
    }

    /// Appends `op` (operands in the new module), a value that stands for no source value.
    @discardableResult
    mutating func insert(_ op: Operation) -> ValueID {
        ops.append(op)
        return ValueID(ops.count - 1)
    }

    /// Source value `v` is now the new value `replacement`: its uses and result slots point there.
    mutating func replace(_ v: ValueID, with replacement: ValueID) {
        precondition(mapping[v.index] == nil, "\(v) is placed twice")
        mapping[v.index] = replacement
        if let name = source[v].name, ops[replacement.index].name == nil, !ops[replacement.index].opcode.info.traits.contains(.bound) {
            ops[replacement.index].name = name
        }
    }

    /// The rebuilt module: the source's name, settings and train block, the new ops, and the
    /// source's results remapped.
    func finish() -> GraphModule {
        var m = source
        m.ops = ops
        m.results = source.results.map(mapped)
        return m
    }
}
