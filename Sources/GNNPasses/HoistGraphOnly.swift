// The `hoist-graph-only` pass: values that depend only on the graph move to the front of the
// module and are tagged `stage = graph`, so the runtime computes them once per graph.
import GNNIR

/// A value is **graph-only** when it is the same in every training step and every epoch on a given
/// graph:
///
/// - degree intrinsics (`in_degree`, `out_degree`) and `constant`s;
/// - any other op whose operands are all graph-only (`rsqrt(in_degree)`, `gather.src` of it, a
///   product of two such values, ...).
///
/// Never graph-only: `input` (features, labels and masks are bound per run), `param` (updated every
/// step), and `dropout`, whose mask depends on the step seed even when its operand does not.
///
/// The pass moves the graph-only ops to the front of the module, keeping their relative order (so
/// SSA still holds: their operands are graph-only and come before them), followed by every other
/// op in its original order. Names and results are unchanged.
///
/// ## The `stage` attribute
///
/// Each graph-only op gets the attribute `stage = graph`. It is an instruction to the runtime and
/// code generators: **the op's value depends on nothing but the graph (after its self-loop
/// setting), so compute it once when a graph is loaded, cache it with the graph, and reuse it in
/// every step, forward and backward**. Ops without the attribute run every step. The verifier and
/// the type rules ignore it, and so does the reference interpreter (computing a graph-stage value
/// again gives the same value). It is the only value the attribute takes for now; a pass that
/// rewrites a tagged op keeps the tag on the value it produces. Running the pass twice changes
/// nothing the second time.
///
/// The CPU backend does not cache tagged values yet (it recomputes the cheap N-sized degree
/// norms inside the first kernel that reads them); see docs/backend.md.
public struct HoistGraphOnly: GraphPass {
    public init() {}
    public var name: String { "hoist-graph-only" }
    public var summary: String { "move values that depend only on the graph to the front and tag them stage = graph" }

    /// The attribute key and value this pass writes.
    public static let stageKey = "stage"
    public static let graphStage = Attribute.ident("graph")

    /// Which ops of `m` compute graph-only values, indexed like `m.ops`.
    public static func graphOnly(_ m: GraphModule) -> [Bool] {
        var out = Array(repeating: false, count: m.ops.count)
        for (i, op) in m.ops.enumerated() {
            let traits = op.opcode.info.traits
            if traits.contains(.graphSource) { out[i] = true }
            else if !traits.isDisjoint(with: [.bound, .random]) { out[i] = false }
            else { out[i] = !op.operands.isEmpty && op.operands.allSatisfy { out.indices.contains($0.index) && $0.index < i && out[$0.index] } }
        }
        return out
    }

    public func run(_ m: GraphModule) throws -> GraphModule {
        let graphOnly = HoistGraphOnly.graphOnly(m)
        var r = Rewriter(m)
        for v in m.valueIDs where graphOnly[v.index] {
            var op = r.remapped(v)
            op.attributes[HoistGraphOnly.stageKey] = HoistGraphOnly.graphStage
            r.emit(op, for: v)
        }
        for v in m.valueIDs where !graphOnly[v.index] { r.keep(v) }
        return r.finish()
    }
}
