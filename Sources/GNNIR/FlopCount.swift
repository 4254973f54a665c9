// The floating-point operations a graph module needs on one graph: the arithmetic floor that
// `gnnc bench` sets beside the bytes that must move, the same for a fused and an op-by-op schedule.

public enum FlopCount {
    /// The op table's count of every op (one per add, multiply, compare, division and elementary
    /// function; moves count nothing), on the graph IR, so what fusion recomputes is not counted again.
    public static func of(_ m: GraphModule, graph: GraphData, dims: [String: Int]) throws(ShapeError) -> Int {
        var total = 0
        for op in m.ops {
            let result = try op.type.concreteShape(graph, dims: dims)
            let operands = try op.operands.map { (v) throws(ShapeError) -> [Int] in try m.type(of: v).concreteShape(graph, dims: dims) }
            total += op.opcode.info.flops(result.reduce(1, *), operands)
        }
        return total
    }
}
