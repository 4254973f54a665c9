// The `move-rowwise-before-gather` pass: a row-wise op of values gathered from one endpoint becomes
// a gather of the node-level op, `mul(gather.src a, gather.src b) -> gather.src(mul(a, b))`: the
// work runs once per node instead of once per edge (DESIGN §4, items 5 and 6).
import GNNIR

/// ## The pattern
///
/// An edge op whose value at each edge depends only on that edge's rows of its operands (a
/// **row-wise** op), where every operand is either a `gather` from the **same** endpoint or a
/// global value (a constant, a param), and at least one is a gather:
///
///     %3 = gather.src %h          ...        %n = mul %h, %dn          (node op, new)
///     %4 = gather.src %dn         ==>        %5 = gather.src %n        (stands for %5)
///     %5 = mul %3, %4
///
/// Gathering commutes with a row-wise op: row e of `op(a[src], b[src])` is `op(a[src(e)],
/// b[src(e)])`, which is row src(e) of `op(a, b)`. The values are bit for bit the same (the same
/// float operations on the same numbers). This is how GCN's `(h @ W)[src] * dn[src]` becomes a
/// node-wise scale before the gather (DESIGN §4 item 5), leaving a plain gather-sum for fusion.
///
/// Row-wise ops: unary functions and their `*_grad`, `add`/`sub`/`mul`/`div`, `matmul` and
/// `matmul_nt` by a global matrix, `view`, `rowsum`, `concat`, `mean_heads`, `slice`.
/// Never moved:
///
/// - `dropout`: its mask is drawn per element index, so a per-node mask would give every edge of a
///   node the same mask (and change which elements are dropped);
/// - `edge_softmax` and aggregations (they combine rows), `sum_to`/`broadcast_to` (declared types;
///   `sum_to` may sum over the edge axis), `matmul_tn` (sums over rows);
/// - ops mixing endpoints (`a[src] * b[dst]`) or a gather with a per-edge value that is not one.
///
/// The node op takes the edge op's attributes (a `stage = graph` tag included: its operands are
/// graph-only when the edge op's were) and the new gather gets the tag too; the new gather takes
/// the edge op's name. Gathers left without uses are dropped; one still read elsewhere stays.
/// The walk is in definition order on already-rewritten operands, so chains move in one run:
/// `relu(a[src]) * b[src]` becomes `gather.src(mul(relu(a), b))`.
///
/// **Rows nobody gathers.** The node op also runs at nodes no edge reads (no out-edge for
/// `gather.src`), where it may compute what the original never did: `rsqrt(0)` = inf at a node
/// without edges. Such rows are never read by the forward, so the program's values are unchanged;
/// but a gradient taken *after* this rewrite would multiply the zero gradient of such a row by
/// that inf. The pipeline runs autodiff first (its backward program is built from the unmoved
/// ops), so this never arises there.
public struct MoveRowwiseBeforeGather: GraphPass {
    public init() {}
    public var name: String { "move-rowwise-before-gather" }
    public var summary: String {
        "op(x[src], y[src]) -> gather.src(op(x, y)) for row-wise ops of gathers from one endpoint: node work instead of edge work"
    }

    /// Whether `opcode` computes each row of its result from the same rows of its operands.
    public static func isRowwise(_ opcode: Opcode) -> Bool { opcode.info.traits.contains(.rowwise) }

    public func run(_ m: GraphModule) throws -> GraphModule {
        let live = GraphEdit.liveness(m)
        var edit = GraphEdit(m)
        var changed = false
        for v in m.valueIDs where live[v.index] {
            let op = m[v]
            guard MoveRowwiseBeforeGather.isRowwise(op.opcode), op.type.domain == .edge else { continue }
            // Operands as rewritten so far: a moved operand is now a gather of a node op.
            var side: GraphSide?
            var nodeOperands: [ValueID] = []
            var ok = true
            for w in op.operands.map(edit.resolve) {
                let def = edit[w]
                if case .gather(let s) = def.opcode, def.operands.count == 1, side == nil || side == s {
                    side = s
                    nodeOperands.append(def.operands[0])
                } else if edit.type(of: w).domain == .global {
                    nodeOperands.append(w)
                } else {
                    ok = false
                    break
                }
            }
            guard ok, let s = side else { continue }
            // The node op's type, with the edge axis swapped for the node axis, must be the op's own.
            let types = nodeOperands.map(edit.type(of:))
            guard let nodeType = try? TypeRules.resultType(op.opcode, types, op.attributes),
                  nodeType.domain == .node, nodeType.with(domain: .edge) == op.type else { continue }
            var gatherAttributes = Attributes()
            gatherAttributes[HoistGraphOnly.stageKey] = op.attributes[HoistGraphOnly.stageKey]
            guard let node = try? edit.add(op.opcode, nodeOperands, attributes: op.attributes, before: v),
                  let gathered = try? edit.add(.gather(s), [node], attributes: gatherAttributes, before: v) else { continue }
            edit.redirect(v, to: gathered)
            changed = true
        }
        return changed ? edit.finish() : m
    }
}
