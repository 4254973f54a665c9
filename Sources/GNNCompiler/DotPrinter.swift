// Graphviz of the optimised graph IR: one node per op (its value name, opcode and type), an edge
// per operand, and the kernels of a schedule as `subgraph cluster_<k>` groups.
//
// Which kernel an op belongs to is read off the kernel program, using only its public shape:
// - an op whose buffer (named like the scheduler names it: the op's name, else `t<index>`) is
//   stored by a kernel belongs to the first kernel that stores it;
// - an op without a buffer was computed inline (or is a view aliasing its operand): it belongs to
//   the kernel of its first consumer (in op order) that has one, which is where the scheduler
//   placed its loop body. A gather re-read by consumers in several kernels is recomputed in each;
//   it is drawn in the first and dashed. A view without a buffer sits with its operand, whose
//   storage it aliases (with its first consumer when the operand is itself a leaf).
// Inputs, parameters and constants belong to no kernel. Everything is in op order, so the output
// is deterministic.
import GNNIR

public enum DotPrinter {
    public static func print(_ m: GraphModule, _ p: KernelProgram) -> String {
        let names = IRPrinter.valueNames(m)
        let (owner, shared) = kernelOfEachOp(m, p)
        var out = "digraph \"\(m.name)\" {\n  rankdir=TB;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
        for (k, kernel) in p.kernels.enumerated() {
            let members = m.ops.indices.filter { owner[$0] == k }
            guard !members.isEmpty else { continue }
            out += "  subgraph cluster_\(k) {\n"
            out += "    label=\"\(kernel.name)\\n\(kernel.comment.replacingQuotes())\";\n    style=rounded;\n"
            for i in members { out += "    \(node(i, m, names, dashed: shared.contains(i)))\n" }
            out += "  }\n"
        }
        for i in m.ops.indices where owner[i] == nil { out += "  \(node(i, m, names, dashed: false))\n" }
        for (i, op) in m.ops.enumerated() {
            for x in op.operands { out += "  v\(x.index) -> v\(i);\n" }
        }
        return out + "}\n"
    }

    /// The kernel index of each op (nil: an input, parameter or constant, or an op no kernel
    /// computes), and the inlined ops that more than one kernel recomputes.
    public static func kernelOfEachOp(_ m: GraphModule, _ p: KernelProgram) -> (owner: [Int?], shared: Set<Int>) {
        var firstStore: [Int: Int] = [:]
        for (k, kernel) in p.kernels.enumerated() {
            for b in KernelStores.buffers(kernel) where firstStore[b] == nil { firstStore[b] = k }
        }
        var claimed = Set<Int>()
        var owner = [Int?](repeating: nil, count: m.ops.count)
        var hasBuffer = [Bool](repeating: false, count: m.ops.count)
        for (i, op) in m.ops.enumerated() where !isLeaf(op) {
            let name = op.name ?? "t\(i)"
            guard let b = p.buffers.indices.first(where: { !claimed.contains($0) && p.buffers[$0].name == name
                                                            && (p.buffers[$0].role == .temp || p.buffers[$0].role == .graphConstant) })
            else { continue }
            claimed.insert(b)
            hasBuffer[i] = true
            owner[i] = firstStore[b]
        }
        var consumers = [[Int]](repeating: [], count: m.ops.count)
        for (i, op) in m.ops.enumerated() { for x in op.operands where !consumers[x.index].contains(i) { consumers[x.index].append(i) } }
        var shared = Set<Int>()
        // Consumers come after their operands, so walking backwards sees every consumer placed.
        for i in m.ops.indices.reversed() where !isLeaf(m.ops[i]) && !hasBuffer[i] {
            let kernels = consumers[i].compactMap { owner[$0] }
            owner[i] = kernels.first
            if Set(kernels).count > 1 { shared.insert(i) }
        }
        // A view without a buffer of its own aliases its operand's storage: it sits with that operand.
        for (i, op) in m.ops.enumerated() where op.opcode == .view && !hasBuffer[i] {
            if let k = op.operands.first.flatMap({ owner[$0.index] }) { owner[i] = k; shared.remove(i) }
        }
        return (owner, shared)
    }

    static func isLeaf(_ op: Operation) -> Bool {
        op.opcode.info.traits.contains(.bound) || op.opcode == .constant
    }

    static func node(_ i: Int, _ m: GraphModule, _ names: [String], dashed: Bool) -> String {
        let label = "\(names[i]) = \(m.ops[i].opcode)\\n\(m.ops[i].type)".replacingQuotes()
        return "v\(i) [label=\"\(label)\"\(dashed ? ", style=dashed" : "")];"
    }
}

enum KernelStores {
    /// Buffers a kernel writes, in the order its statements write them.
    static func buffers(_ k: Kernel) -> [Int] {
        KStmt.storedBuffers(k.body)
    }
}

extension String {
    func replacingQuotes() -> String { String(map { $0 == "\"" ? "'" : $0 }) }
}
