// The `cse` pass: common-subexpression elimination; an op that recomputes an earlier op's value
// is replaced by that earlier op.
import GNNIR

/// Two ops compute the same value when they have the same opcode, operands, attributes and result
/// type (names and source locations do not matter). Walking in definition order with operands
/// already remapped, one walk merges whole chains: GCN's second `in_degree` merges into the first,
/// which makes its `rsqrt` a duplicate too, and so on.
///
/// - The first occurrence survives; later ones are replaced by it (their uses and result slots
///   re-pointed, their name passed on only if the survivor has none, see Rewriter).
/// - `add` and `mul` commute, so their operands are compared as an unordered pair.
/// - Never merged: `input` and `param` (each is a distinct run-time binding, even when two look
///   alike), and a `dropout` without a `stream` attribute (its mask stream is its op index, so two
///   of them draw different masks). A `dropout` with a stream *is* merged: its mask is a pure
///   function of (seed, stream, element index), so equal operands, `p` and `stream` give equal values.
/// - Every other op is a pure function of its operands, attributes and the graph.
public struct CSE: GraphPass {
    public init() {}
    public var name: String { "cse" }
    public var summary: String { "merge ops with the same opcode, operands, attributes and type (never inputs or params)" }

    /// What makes two ops compute the same value.
    struct Key: Hashable {
        var opcode: Opcode
        var operands: [ValueID]
        var attributes: Attributes
        var type: TensorType

        init(_ op: Operation) {
            opcode = op.opcode
            operands = op.operands
            if case .binary(let b) = op.opcode, b.function.commutative { operands.sort() }
            attributes = op.attributes
            type = op.type
        }
    }

    static func isMergeable(_ op: Operation) -> Bool {
        let traits = op.opcode.info.traits
        if traits.contains(.bound) { return false }
        return !traits.contains(.random) || op.attributes["stream"] != nil
    }

    public func run(_ m: GraphModule) throws -> GraphModule {
        var r = Rewriter(m)
        // Only looked up, never iterated, so its hashing order cannot reach the output.
        var available: [Key: ValueID] = [:]
        for v in m.valueIDs {
            let op = r.remapped(v)
            guard CSE.isMergeable(op) else { r.keep(v); continue }
            let key = Key(op)
            if let earlier = available[key] {
                r.replace(v, with: earlier)
            } else {
                available[key] = r.emit(op, for: v)
            }
        }
        return r.finish()
    }
}
