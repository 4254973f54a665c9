// The `transform-before-aggregate` pass: `aggregate(m(X)) @ W` becomes `aggregate(m(X @ W))` for a
// message m linear in a node value X, when W narrows the features, so the aggregation (and every
// per-edge op of the message) runs at min(F_in, F_out) (DESIGN §4, item 4).
import GNNIR

/// ## The pattern
///
/// A **root** is `matmul L, W` (or `matmul_nt L, W`, `L @ W^T`) whose left operand L is a
/// **linear chain** over a node value X: a path of ops, each the only use of the one below it,
/// that contains at least one linear aggregation. Each step of the path is one of
///
/// - `aggregate.{dst,src}.{sum,mean}` (a sum, or a sum divided by a per-node count; never max/min,
///   which do not commute with a linear map);
/// - `gather.{src,dst}`;
/// - `mul` by a **factor**, or `div` of the path value by a factor, where a factor is a value whose
///   last dim is 1 (or a scalar): per-edge weights like `a[edge]` or `dn[src]`, per-node scales
///   like `agg * dn`, constants. It scales each feature row by one number, so it commutes with W.
///   The factor is kept as it is (it may even depend on X: only the path value is transformed);
/// - `neg`.
///
/// X is the deepest node value on the path with an aggregation above it (X itself may have other
/// uses). Everything above X is linear and row-scaling, so `L(X) @ W = L(X @ W)`: the rewrite
/// appends `X @ W` and rebuilds the path on it, each op's type now ending in W's output width,
/// and the root's uses read the rebuilt top. The old path is dropped (each op was used only by
/// the path). Rebuilt ops lose a `stage = graph` tag, since they now depend on a param.
///
/// Not part of the pattern, and why:
///
/// - `add`/`sub` (bias adds, residuals): affine, not linear, so W does not distribute;
/// - `dropout`: linear, but its mask is drawn per element of its own shape, so a mask over
///   `E x F_in` then `@ W` is not any mask over `E x F_out`;
/// - any activation (`relu(x[src])`), `edge_softmax`, views and reductions over the feature axis;
/// - a path op with another use (it would have to be computed twice) or that is a result.
///
/// ## When it rewrites
///
/// Only when W's output width is **known** to be smaller than its input width: both widths,
/// with the pass's dimension bindings substituted, must be integers, and out < in. A comparison
/// that stays symbolic (`F` vs `64` without a binding for F) is left alone, and so are equal
/// widths. The registered instance has no bindings; the runtime builds one with the dataset's
/// dims (`TransformBeforeAggregate(dims: ["F": 1433, "C": 7])`).
///
/// Rewriting can expose another root (`(agg(gather(agg(gather(x)) * dn)) * dn) @ W` needs X @ W at
/// the inner level too; SGC's propagation steps), so the pass repeats until nothing matches.
///
/// In a training program the forward aggregate is usually also read by the weight gradient
/// (`matmul_tn agg, g`), so it has two uses and stays: the rewrite pays off on programs where the
/// aggregate feeds only the transform (inference, or a program differentiated after the rewrite).
public struct TransformBeforeAggregate: GraphPass {
    /// Values of dimension symbols used to decide whether W narrows; unbound symbols stay symbolic.
    public let dims: [String: Int]

    /// The injected fault `tba-any-reducer`: products move through max/min aggregations too
    /// (wrong: max(x) W is not max(x W)); the differential tests show it is caught.
    public let anyReducer: Bool
    public init(dims: [String: Int] = [:], anyReducer: Bool = false) { self.dims = dims; self.anyReducer = anyReducer }
    public var name: String { "transform-before-aggregate" }
    public var summary: String {
        "aggregate(m(X)) @ W -> aggregate(m(X @ W)) for sum/mean of messages linear in a gathered X, when W is known to narrow"
    }

    public func run(_ m: GraphModule) throws -> GraphModule {
        var module = m
        // Each round moves transforms strictly below an aggregation; the bound is a safety net.
        for _ in 0...m.ops.count {
            guard let next = rewriteRound(module) else { break }
            module = next
        }
        return module
    }

    // MARK: - Matching

    /// One step of a linear chain: the op, and which of its operands continues the path.
    struct Step {
        var value: ValueID
        var pathOperand: Int
    }

    struct Match {
        var root: ValueID
        /// From the root's left operand down to the op right above X.
        var path: [Step]
        var x: ValueID
    }

    /// Input and output width of the transform at `root`, if it is a matmul or matmul_nt.
    static func widths(_ op: Operation, _ m: GraphModule) -> (input: Dim, output: Dim)? {
        guard op.operands.count == 2 else { return nil }
        let w = m.type(of: op.operands[1])
        guard w.domain == .global, w.rank == 2 else { return nil }
        switch op.opcode {
        case .matmul: return (w.dims[0], w.dims[1])
        case .matmulNT: return (w.dims[1], w.dims[0])
        default: return nil
        }
    }

    /// Whether W is known to narrow: both widths integers after substituting the bindings, out < in.
    func narrows(input: Dim, output: Dim) -> Bool {
        var bindings: [String: Dim] = [:]
        for (k, v) in dims { bindings[k] = Dim(v) }
        guard let i = input.substituting(bindings)?.constantValue,
              let o = output.substituting(bindings)?.constantValue else { return false }
        return o >= 1 && o < i
    }

    /// A value that scales whole feature rows: a scalar, or last dim 1.
    static func isFactor(_ t: TensorType) -> Bool { t.rank == 0 || t.dims.last!.isOne }

    func match(_ root: ValueID, _ m: GraphModule, uses: [Int], isResult: [Bool]) -> Match? {
        let op = m[root]
        guard let (fin, fout) = TransformBeforeAggregate.widths(op, m), narrows(input: fin, output: fout) else { return nil }
        // A path value carries the transform's input width on its last axis (fin >= 2 here, so a
        // factor, whose last dim is 1, can never be mistaken for it).
        func onPath(_ v: ValueID) -> Bool { let t = m.type(of: v); return t.rank >= 1 && t.dims.last! == fin }
        var path: [Step] = []
        var current = op.operands[0]
        while uses[current.index] == 1, !isResult[current.index], onPath(current) {
            let o = m[current]
            var next: Int?
            switch o.opcode {
            // Edge aggregations only: a readout's transform already runs on the G graph rows, fewer
            // than the N node rows it would move to.
            case .aggregate(let side, let r) where side != .graph && (r.isLinear || anyReducer): next = 0
            case .gather(let side) where side != .graph: next = 0
            case .unary(let u) where u.function.linear: next = 0
            case .binary(.mul) where o.operands.count == 2:
                let (a, b) = (o.operands[0], o.operands[1])
                if onPath(a), TransformBeforeAggregate.isFactor(m.type(of: b)) { next = 0 }
                else if onPath(b), TransformBeforeAggregate.isFactor(m.type(of: a)) { next = 1 }
            case .binary(.div) where o.operands.count == 2:
                if onPath(o.operands[0]), TransformBeforeAggregate.isFactor(m.type(of: o.operands[1])) { next = 0 }
            default: break
            }
            guard let k = next else { break }
            path.append(Step(value: current, pathOperand: k))
            current = o.operands[k]
        }
        // X: the deepest node value below the path with an aggregation above it.
        var seenAggregate = false
        var best: Int?
        for (j, step) in path.enumerated() {
            if case .aggregate = m[step.value].opcode { seenAggregate = true }
            let below = m[step.value].operands[step.pathOperand]
            if seenAggregate, m.type(of: below).domain == .node { best = j }
        }
        guard let j = best else { return nil }
        let steps = Array(path[0...j])
        return Match(root: root, path: steps, x: m[steps[j].value].operands[steps[j].pathOperand])
    }

    // MARK: - Rewriting

    /// Rewrites every root that matches in `m`; nil when none does.
    func rewriteRound(_ m: GraphModule) -> GraphModule? {
        let uses = GraphEdit.liveUses(m)
        let live = GraphEdit.liveness(m)
        var isResult = Array(repeating: false, count: m.ops.count)
        for r in m.results where isResult.indices.contains(r.index) { isResult[r.index] = true }
        var edit = GraphEdit(m)
        var changed = false
        for v in m.valueIDs where live[v.index] {
            guard let found = match(v, m, uses: uses, isResult: isResult),
                  let top = try? rebuild(found, &edit) else { continue }
            edit.redirect(v, to: top)
            changed = true
        }
        return changed ? edit.finish() : nil
    }

    /// Appends `X @ W` and the path rebuilt on it; returns the new top. Types are checked before
    /// anything is appended, so a failed rebuild leaves the edit untouched.
    func rebuild(_ found: Match, _ edit: inout GraphEdit) throws(TypeRuleError) -> ValueID {
        let m = edit.source
        let root = m[found.root]
        let w = root.operands[1]
        func attributes(_ op: Operation) -> Attributes {
            var a = op.attributes
            a[HoistGraphOnly.stageKey] = nil
            return a
        }
        // Dry run: the types the rebuilt ops will have, ending in the root's own type.
        var t = try TypeRules.resultType(root.opcode, [m.type(of: found.x), m.type(of: w)], Attributes())
        for step in found.path.reversed() {
            let op = m[step.value]
            var types = op.operands.map { m.type(of: $0) }
            types[step.pathOperand] = t
            t = try TypeRules.resultType(op.opcode, types, attributes(op))
        }
        guard t == root.type else { throw TypeRuleError(.shape, "the rebuilt chain has type \(t), not \(root.type)") }

        var current = try edit.add(root.opcode, [found.x, w], before: found.root)
        for step in found.path.reversed() {
            let op = m[step.value]
            var operands = op.operands
            operands[step.pathOperand] = current
            current = try edit.add(op.opcode, operands, attributes: attributes(op), before: found.root)
        }
        return current
    }
}
