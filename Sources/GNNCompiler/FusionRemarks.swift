// Fusion remarks: what each kernel of the fused schedule computes, and which attention softmaxes
// stayed separate and why, so a user can see what the compiler did without reading .kir.
import GNNIR

public enum FusionRemarks {
    public static func remarks(_ m: GraphModule, fused: KernelProgram, baseline: KernelProgram) -> [String] {
        var out = ["\(fused.kernels.count) kernels fused (\(baseline.kernels.count) op-by-op)"]
        for k in fused.kernels { out.append("kernel \(k.name): \(k.comment)") }
        let names = IRPrinter.valueNames(m)
        var uses = [Int](repeating: 0, count: m.ops.count)
        for op in m.ops { for x in op.operands { uses[x.index] += 1 } }
        for (i, op) in m.ops.enumerated() where op.opcode == .edgeSoftmax {
            let standalone = fused.kernels.contains { k in k.comment.split(separator: "|").contains { $0.filter { $0 != " " } == "edge_softmax" } }
            guard standalone else { continue }
            out.append("\(names[i]) (edge_softmax) not fused with its aggregation: it has \(uses[i]) uses"
                       + (uses[i] > 1 ? " (the backward reads the attention weights), so they are stored, E x heads" : ""))
        }
        let edgeBuffers = fused.buffers.filter { $0.role == .temp && $0.elements.symbols.contains("E") }
        out.append(edgeBuffers.isEmpty ? "no per-edge buffers" : "per-edge buffers: " + edgeBuffers.map { "\($0.name) [\($0.elements)]" }.joined(separator: ", "))
        return out
    }
}
