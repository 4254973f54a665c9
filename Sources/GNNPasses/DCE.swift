// The `dce` pass: dead-code elimination; ops whose value no result depends on are removed.
import GNNIR

/// Live values are the results and, transitively, the operands of live ops; a backward walk over
/// the ops (operands always come earlier) finds them all in one pass. Every op is pure (dropout's
/// mask is fixed by its seed and stream, not by the ops around it), so removing a dead one changes
/// nothing else. Inputs, params and state (the `bound` ops) are always kept, used or not: they are
/// the program's interface (what the runtime binds, and what the optimizer updates), so removing
/// one would change how the program is called.
public struct DCE: GraphPass {
    public init() {}
    public var name: String { "dce" }
    public var summary: String { "remove ops that no result depends on (inputs and params always stay)" }

    public func run(_ m: GraphModule) throws -> GraphModule {
        var live = Array(repeating: false, count: m.ops.count)
        for r in m.results where live.indices.contains(r.index) { live[r.index] = true }
        for i in m.ops.indices.reversed() {
            let op = m.ops[i]
            if op.opcode.info.traits.contains(.bound) { live[i] = true }
            guard live[i] else { continue }
            for v in op.operands where live.indices.contains(v.index) { live[v.index] = true }
        }
        var r = Rewriter(m)
        for v in m.valueIDs where live[v.index] { r.keep(v) }
        return r.finish()
    }
}
