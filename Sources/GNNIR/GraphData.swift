// A graph as the runtime sees it: node count and edges in COO order (messages flow src -> dst).

public struct GraphData: Sendable, Equatable {
    public var numNodes: Int
    public var src: [Int]
    public var dst: [Int]
    public var numEdges: Int { src.count }

    public init(numNodes: Int, src: [Int], dst: [Int]) {
        precondition(src.count == dst.count, "src and dst must have one entry per edge")
        self.numNodes = numNodes; self.src = src; self.dst = dst
    }

    /// Applies a model's `self_loops` setting. `add` removes existing self-loops and then adds one
    /// per node (PyG's GATConv; for GCN it equals add_remaining_self_loops with unit weight);
    /// `none` leaves the edges as they are. Added loops come after the original edges.
    public func applyingSelfLoops(_ setting: String?) -> GraphData {
        guard setting == "add" else { return self }
        var s: [Int] = [], d: [Int] = []
        s.reserveCapacity(numEdges + numNodes); d.reserveCapacity(numEdges + numNodes)
        for e in 0..<numEdges where src[e] != dst[e] { s.append(src[e]); d.append(dst[e]) }
        for v in 0..<numNodes { s.append(v); d.append(v) }
        return GraphData(numNodes: numNodes, src: s, dst: d)
    }

    public func inDegrees() -> [Int] {
        var deg = [Int](repeating: 0, count: numNodes)
        for v in dst { deg[v] += 1 }
        return deg
    }

    public func outDegrees() -> [Int] {
        var deg = [Int](repeating: 0, count: numNodes)
        for v in src { deg[v] += 1 }
        return deg
    }
}
