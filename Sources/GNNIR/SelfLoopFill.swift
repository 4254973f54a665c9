// The edge data of a graph through its spec's self-loop setting: which row each edge carries, and what added loops carry.

/// What added self-loops carry in a model's edge inputs (`graph { self_loop_fill = ... }`).
public enum SelfLoopFill: Equatable, Sendable {
    /// Every column of an added loop is this value, except that a node which already had a
    /// self-loop keeps that loop's values (PyG's `add_remaining_self_loops`, as GCNConv does
    /// with `edge_weight`; with several loops the last one's, as PyG's scatter assignment).
    case value(Double)
    /// Each added loop carries the mean of the node's incoming non-loop edges' rows, zero for a
    /// node without any (PyG's `add_self_loops(fill_value='mean')`, as GATConv and
    /// TransformerConv do with `edge_attr`).
    case mean

    /// From the graph settings' `self_loop_fill` attribute (a number or `mean`).
    public init?(_ attribute: Attribute?) {
        guard let attribute else { return nil }
        if attribute.asIdent == "mean" { self = .mean; return }
        guard let v = attribute.asDouble else { return nil }
        self = .value(v)
    }
}

extension GraphData {
    /// `values` (one row of `width` per edge of this graph, in edge order) carried through
    /// `applyingSelfLoops(setting)`: rows of kept edges in their order, then one row per node for
    /// the added loops, filled as `fill` says (`.value(1)` when nil). With any setting but `add`
    /// the rows are unchanged.
    public func edgeValuesApplyingSelfLoops(_ setting: String?, _ values: [Float], width: Int, fill: SelfLoopFill?) -> [Float] {
        guard setting == "add", width > 0 else { return values }
        precondition(values.count == numEdges * width, "one row of \(width) per edge")
        var out: [Float] = []
        out.reserveCapacity((numEdges + numNodes) * width)
        for e in 0..<numEdges where src[e] != dst[e] { out.append(contentsOf: values[(e * width)..<((e + 1) * width)]) }
        out.append(contentsOf: loopRows(values, width: width, fill: fill ?? .value(1)))
        return out
    }

    /// One row per node for its added loop.
    func loopRows(_ values: [Float], width: Int, fill: SelfLoopFill) -> [Float] {
        switch fill {
        case .value(let v):
            var rows = [Float](repeating: Float(v), count: numNodes * width)
            for e in 0..<numEdges where src[e] == dst[e] {
                for c in 0..<width { rows[src[e] * width + c] = values[e * width + c] }
            }
            return rows
        case .mean:
            var sums = [Double](repeating: 0, count: numNodes * width), counts = [Int](repeating: 0, count: numNodes)
            for e in 0..<numEdges where src[e] != dst[e] {
                counts[dst[e]] += 1
                for c in 0..<width { sums[dst[e] * width + c] += Double(values[e * width + c]) }
            }
            return (0..<(numNodes * width)).map { i in counts[i / width] == 0 ? 0 : Float(sums[i] / Double(counts[i / width])) }
        }
    }
}
