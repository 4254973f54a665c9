// The floating-point operations a graph module needs on one graph: the arithmetic floor that
// `gnnc bench` sets beside the bytes that must move, the same for a fused and an op-by-op schedule.
import GNNIR
import GNNReference

public enum FlopCount {
    /// One per element for each add, multiply, compare, division and elementary function (exp,
    /// tanh, rsqrt ... count as one), counted on the graph IR, so what fusion recomputes is not
    /// counted again; moves (gather, view, concat, slice, broadcast, convert) count nothing.
    public static func of(_ m: GraphModule, graph: GraphData, dims: [String: Int]) throws -> Int {
        var total = 0
        for op in m.ops {
            let result = try ReferenceInterpreter.concreteShape(op.type, graph, dims)
            let operands = try op.operands.map { try ReferenceInterpreter.concreteShape(m.type(of: $0), graph, dims) }
            total += flops(op.opcode, result: result, operands: operands)
        }
        return total
    }

    static func flops(_ opcode: Opcode, result: [Int], operands: [[Int]]) -> Int {
        let r = result.reduce(1, *)
        func elements(_ k: Int) -> Int { operands[k].reduce(1, *) }
        switch opcode {
        case .input, .param, .constant, .view, .gather, .concat, .slice, .broadcastTo, .convert: return 0
        case .unary, .binary, .dropout, .scatterArg, .degree: return r
        case .unaryGrad: return 2 * r
        // Every result element is a dot product: a multiply and an add per term of the inner axis.
        case .matmul: return 2 * r * (operands[1].first ?? 1)          // x [.., K] @ W [K, M]
        case .matmulNT: return 2 * r * (operands[1].last ?? 1)         // g [.., M] @ W[K, M]^T
        case .matmulTN: return 2 * r * (elements(0) / max(operands[0].last ?? 1, 1))  // summed over x's rows
        // One add (or compare) per message element; a mean also divides each result.
        case .aggregate(_, let reduction): return elements(0) + (reduction == .mean ? r : 0)
        case .aggregateArg, .rowsum, .meanHeads, .sumTo: return elements(0)
        // Max, subtract, exp, sum and divide per score.
        case .edgeSoftmax: return 5 * r
        // Per logit: max, subtract, exp, sum (and the gradient's subtract and scale).
        case .crossEntropy, .crossEntropyGrad: return 4 * elements(0)
        }
    }
}
