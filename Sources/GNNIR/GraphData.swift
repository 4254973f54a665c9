// A graph as the runtime sees it: node count and edges in COO order (messages flow src -> dst).

public struct GraphData: Sendable, Equatable {
    public var numNodes: Int
    public var src: [Int]
    public var dst: [Int]
    /// The batch's graphs as node ranges: graph g holds nodes `graphPtr[g] ..< graphPtr[g + 1]`
    /// (a block-diagonal batch keeps each graph's nodes together). One graph by default.
    public var graphPtr: [Int]
    public var numEdges: Int { src.count }
    public var numGraphs: Int { graphPtr.count - 1 }

    /// `graphPtr` nil: the whole graph is one graph, `[0, numNodes]`.
    public init(numNodes: Int, src: [Int], dst: [Int], graphPtr: [Int]? = nil) {
        precondition(src.count == dst.count, "src and dst must have one entry per edge")
        let ptr = graphPtr ?? [0, numNodes]
        precondition(ptr.first == 0 && ptr.last == numNodes && zip(ptr, ptr.dropFirst()).allSatisfy { $0 <= $1 },
                     "graphPtr must rise from 0 to the node count")
        self.numNodes = numNodes; self.src = src; self.dst = dst; self.graphPtr = ptr
    }

    /// Each node's graph.
    public func graphOf() -> [Int] {
        var out = [Int](repeating: 0, count: numNodes)
        for g in 0..<numGraphs { for v in graphPtr[g]..<graphPtr[g + 1] { out[v] = g } }
        return out
    }

    public func graphSizes() -> [Int] { (0..<numGraphs).map { graphPtr[$0 + 1] - graphPtr[$0] } }

    /// What a gather or aggregation through `side` indexes by: each member's group (an edge's
    /// endpoint, a node's graph) and the number of groups.
    public func groups(_ side: GraphSide) -> (index: [Int], count: Int) {
        switch side {
        case .src: return (src, numNodes)
        case .dst: return (dst, numNodes)
        case .graph: return (graphOf(), numGraphs)
        }
    }

    public func degrees(_ kind: DegreeKind) -> [Int] {
        switch kind {
        case .inDegree: return inDegrees()
        case .outDegree: return outDegrees()
        case .graphSize: return graphSizes()
        }
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
        return GraphData(numNodes: numNodes, src: s, dst: d, graphPtr: graphPtr)
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
