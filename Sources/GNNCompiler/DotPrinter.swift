// Graphviz of the optimised graph IR: one node per op, operand edges, and the fused schedule's
// kernels as clusters (an op belongs to the kernel that stores its value, or that reads it inline).
import GNNIR

public enum DotPrinter {
    public static func print(_ m: GraphModule, _ p: KernelProgram) -> String {
        let names = IRPrinter.valueNames(m)
        var out = "digraph \"\(m.name)\" {\n  rankdir=TB;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
        var placed = Set<Int>()
        for (k, kernel) in p.kernels.enumerated() {
            let stored = Set(FuseRowLocalKernelsView.stores(kernel).compactMap { b in m.ops.indices.first { names[$0].dropFirst() == p.buffers[b].name || "t\($0)" == p.buffers[b].name } })
            let members = m.ops.indices.filter { stored.contains($0) && !placed.contains($0) }
            guard !members.isEmpty else { continue }
            out += "  subgraph cluster_\(k) {\n    label=\"\(kernel.name)\";\n    style=rounded;\n"
            for i in members { out += "    \(node(i, m, names))\n"; placed.insert(i) }
            out += "  }\n"
        }
        for i in m.ops.indices where !placed.contains(i) { out += "  \(node(i, m, names))\n" }
        for (i, op) in m.ops.enumerated() {
            for x in op.operands { out += "  v\(x.index) -> v\(i);\n" }
        }
        return out + "}\n"
    }

    static func node(_ i: Int, _ m: GraphModule, _ names: [String]) -> String {
        let label = "\(names[i]) = \(m.ops[i].opcode)\\n\(m.ops[i].type)".replacingQuotes()
        return "v\(i) [label=\"\(label)\"];"
    }
}

enum FuseRowLocalKernelsView {
    /// Buffers a kernel writes.
    static func stores(_ k: Kernel) -> [Int] {
        func walk(_ ss: [KStmt]) -> [Int] {
            ss.flatMap { s -> [Int] in
                switch s {
                case .store(let b, _, _): return [b]
                case .loop(_, _, _, _, let body), .ifEqual(_, _, let body), .ifLess(_, _, let body), .ifGreater(_, _, let body), .block(let body):
                    return walk(body)
                default: return []
                }
            }
        }
        return walk(k.body)
    }
}

extension String {
    func replacingQuotes() -> String { String(map { $0 == "\"" ? "'" : $0 }) }
}
