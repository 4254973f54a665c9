// Edits that add new ops to a module and redirect existing values to them; laid out with the shared
// Rewriter. Used by the passes that rebuild a value from new ops (transform-before-aggregate,
// move-rowwise-before-gather), which Rewriter alone cannot express: it places one op per source value.
import GNNIR

/// A pass using GraphEdit inspects the source module, **appends** type-checked ops anchored before
/// a source value (`add`), and **redirects** a source value to one of them (`redirect`): every use
/// and result slot of the source value then reads the new value, and its name moves there (see
/// `Rewriter.replace`). `finish` lays the module out:
///
/// - source values in their order; the ops appended before a source value come right before it, in
///   the order they were added (their operands are earlier source values or earlier appended ops,
///   so SSA holds);
/// - an op is kept when a result, an input, a param, or a kept op reads it (through redirects);
///   ops that the edits left without uses (the gathers or the chain a rewrite bypassed) are dropped;
/// - code that was dead **before** the edits stays as it was: removing that is `dce`'s job, and a
///   pass run on its own should change only what it rewrites.
///
/// Dropout streams are pinned by Rewriter, so moving ops never changes a mask.
struct GraphEdit {
    let source: GraphModule
    /// The source ops followed by every appended op.
    private(set) var builder: GraphBuilder
    /// Per source index: the appended ops placed right before it.
    private var anchored: [[ValueID]]
    /// Per value of the augmented module: the value that stands for it, if redirected.
    private var redirects: [ValueID?]

    init(_ m: GraphModule) {
        source = m
        builder = GraphBuilder(adopting: m)
        anchored = Array(repeating: [], count: m.ops.count)
        redirects = Array(repeating: nil, count: m.ops.count)
    }

    /// The module with the appended ops at the end (for inspection; not in SSA layout order).
    var augmented: GraphModule { builder.module }

    /// The value that stands for `v` after the redirects so far.
    func resolve(_ v: ValueID) -> ValueID {
        var x = v
        while x.index < redirects.count, let next = redirects[x.index] { x = next }
        return x
    }

    /// The op defining `v` in the augmented module (`v` itself, not resolved).
    subscript(_ v: ValueID) -> Operation { builder.module[v] }
    func type(of v: ValueID) -> TensorType { builder.module.type(of: v) }

    /// Appends a type-checked op placed right before source value `anchor`. The operands must be
    /// source values before `anchor` or ops appended earlier at or before `anchor`.
    mutating func add(_ opcode: Opcode, _ operands: [ValueID], attributes: Attributes = Attributes(),
                      before anchor: ValueID) throws(TypeRuleError) -> ValueID {
        precondition(anchor.index < source.ops.count, "anchors are source values")
        let v = try builder.add(opcode, operands, attributes: attributes)
        anchored[anchor.index].append(v)
        redirects.append(nil)
        return v
    }

    /// Source value `v` is now computed by `replacement` (an appended op anchored at or before `v`,
    /// or an earlier source value).
    mutating func redirect(_ v: ValueID, to replacement: ValueID) {
        precondition(v.index < source.ops.count, "only source values are redirected")
        precondition(resolve(replacement) != v, "a redirect cycle")
        redirects[v.index] = replacement
    }

    /// Which values of `m` a result depends on (transitively); dead code is the rest.
    static func liveness(_ m: GraphModule) -> [Bool] {
        var live = Array(repeating: false, count: m.ops.count)
        for r in m.results where live.indices.contains(r.index) { live[r.index] = true }
        for i in m.ops.indices.reversed() where live[i] {
            for v in m.ops[i].operands where live.indices.contains(v.index) { live[v.index] = true }
        }
        return live
    }

    /// How many times each value is read by a live op or a result slot.
    static func liveUses(_ m: GraphModule) -> [Int] {
        let live = liveness(m)
        var uses = Array(repeating: 0, count: m.ops.count)
        for r in m.results where uses.indices.contains(r.index) { uses[r.index] += 1 }
        for (i, op) in m.ops.enumerated() where live[i] {
            for v in op.operands where uses.indices.contains(v.index) { uses[v.index] += 1 }
        }
        return uses
    }

    func finish() -> GraphModule {
        let all = builder.module
        let liveBefore = GraphEdit.liveness(source)
        // Roots: the results, the program's interface, and whatever was dead already.
        var keep = Array(repeating: false, count: all.ops.count)
        var work: [ValueID] = []
        func mark(_ v: ValueID) {
            let x = resolve(v)
            if !keep[x.index] { keep[x.index] = true; work.append(x) }
        }
        for r in all.results { mark(r) }
        for i in source.ops.indices where redirects[i] == nil {
            let op = source.ops[i]
            if op.opcode.info.traits.contains(.bound) || !liveBefore[i] { mark(ValueID(i)) }
        }
        while let v = work.popLast() {
            for w in all[v].operands { mark(w) }
        }

        var r = Rewriter(all)
        for i in source.ops.indices {
            for u in anchored[i] where keep[u.index] { r.keep(u) }
            let v = ValueID(i)
            if redirects[i] != nil {
                if let target = r.placed(resolve(v)) { r.replace(v, with: target) }
            } else if keep[i] {
                r.keep(v)
            }
        }
        return r.finish()
    }
}
