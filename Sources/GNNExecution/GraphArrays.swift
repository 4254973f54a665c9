// The graph as the generated kernels read it: COO endpoints plus in- and out-edge CSR, and the
// batch's graphs as node ranges.
import GNNIR

public struct GraphArrays: Sendable, Equatable {
    public var numNodes: Int
    public var src: [Int32]
    public var dst: [Int32]
    /// In-edge CSR: the edges into node v are `inEdge[inPtr[v] ..< inPtr[v + 1]]`, in edge order.
    public var inPtr: [Int32]
    public var inEdge: [Int32]
    public var outPtr: [Int32]
    public var outEdge: [Int32]
    /// Graph g of the batch holds nodes `graphPtr[g] ..< graphPtr[g + 1]`; `graphOf[v]` is v's graph.
    public var graphPtr: [Int32]
    public var graphOf: [Int32]
    public var numEdges: Int { src.count }
    public var numGraphs: Int { graphPtr.count - 1 }

    /// Builds both CSRs with a stable counting sort, so each node's edges keep their COO order (the
    /// order the reference interpreter sums in). `graphPtr` nil: one graph.
    public init(numNodes: Int, src: [Int], dst: [Int], graphPtr: [Int]? = nil) {
        self.numNodes = numNodes
        self.src = src.map { Int32($0) }
        self.dst = dst.map { Int32($0) }
        (inPtr, inEdge) = GraphArrays.csr(numNodes, dst)
        (outPtr, outEdge) = GraphArrays.csr(numNodes, src)
        let ptr = graphPtr ?? [0, numNodes]
        self.graphPtr = ptr.map { Int32($0) }
        var of = [Int32](repeating: 0, count: numNodes)
        for g in 0..<(ptr.count - 1) { for v in ptr[g]..<ptr[g + 1] { of[v] = Int32(g) } }
        graphOf = of
    }

    public init(_ g: GraphData) {
        self.init(numNodes: g.numNodes, src: g.src, dst: g.dst, graphPtr: g.graphPtr)
    }

    static func csr(_ n: Int, _ key: [Int]) -> ([Int32], [Int32]) {
        var ptr = [Int32](repeating: 0, count: n + 1)
        for k in key { ptr[k + 1] += 1 }
        for v in 0..<n { ptr[v + 1] += ptr[v] }
        var next = ptr.dropLast().map { Int($0) }
        var edges = [Int32](repeating: 0, count: key.count)
        for (e, k) in key.enumerated() {
            edges[next[k]] = Int32(e)
            next[k] += 1
        }
        return (ptr, edges)
    }
}
