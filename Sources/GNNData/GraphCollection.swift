// A graph-classification dataset: many small graphs, their nodes and edges concatenated, a label per graph.
import GNNIR

/// Graph g holds nodes `nodePtr[g] ..< nodePtr[g + 1]` and edges `edgePtr[g] ..< edgePtr[g + 1]`
/// (edge endpoints are global node ids inside the graph's range); its label is `labels[g]`.
public struct GraphCollection: Sendable {
    public var name: String
    public var nodePtr: [Int]
    public var edgePtr: [Int]
    /// Directed edges; messages flow src -> dst. An undirected graph lists both directions.
    public var src: [Int32]
    public var dst: [Int32]
    /// Row-major (total nodes) x numFeatures.
    public var features: [Float]
    public var numFeatures: Int
    public var labels: [Int32]
    public var numClasses: Int
    /// What loading found and did (self-loops removed, labels remapped, the features built).
    public var notes: [String] = []
    /// The split the data fixes (a directory's train_graphs, val_graphs, test_graphs); nil: folds.
    public var fixedSplit: GraphSplit?

    public init(name: String, nodePtr: [Int], edgePtr: [Int], src: [Int32], dst: [Int32], features: [Float], numFeatures: Int,
                labels: [Int32], numClasses: Int) {
        self.name = name; self.nodePtr = nodePtr; self.edgePtr = edgePtr; self.src = src; self.dst = dst
        self.features = features; self.numFeatures = numFeatures; self.labels = labels; self.numClasses = numClasses
    }

    public var numGraphs: Int { labels.count }
    public var numNodes: Int { nodePtr.last ?? 0 }
    public var numEdges: Int { src.count }

    /// The graphs `ids`, in that order, packed block-diagonally into one graph (node ids shifted
    /// so each graph's nodes follow the previous graph's): the batch's graph, features and labels.
    /// `source`: the node rows to take the features from (`normalizedFeatures()`), else `features`.
    public func batch(_ ids: [Int], features source: [Float]? = nil) -> GraphBatch {
        let x = source ?? features
        var graphPtr = [0], src: [Int] = [], dst: [Int] = [], feats: [Float] = [], labels: [Int32] = []
        let f = numFeatures
        for g in ids {
            let first = nodePtr[g], offset = graphPtr.last! - first
            for e in edgePtr[g]..<edgePtr[g + 1] {
                src.append(Int(self.src[e]) + offset)
                dst.append(Int(self.dst[e]) + offset)
            }
            feats.append(contentsOf: x[first * f..<nodePtr[g + 1] * f])
            graphPtr.append(graphPtr.last! + nodePtr[g + 1] - first)
            labels.append(self.labels[g])
        }
        return GraphBatch(graph: GraphData(numNodes: graphPtr.last!, src: src, dst: dst, graphPtr: graphPtr), features: feats, labels: labels)
    }

    /// PyG's `NormalizeFeatures` over the concatenated node rows (as Dataset.normalizedFeatures).
    public func normalizedFeatures() -> [Float] { Dataset.normalized(features, width: numFeatures) }

    /// Checks the invariants the batching and the kernels rely on; `what` names the source in errors.
    public func validate(_ what: String) throws(DatasetError) {
        let g = numGraphs
        guard nodePtr.count == g + 1, edgePtr.count == g + 1, nodePtr.first == 0, edgePtr.first == 0,
              edgePtr.last == src.count, src.count == dst.count else {
            throw DatasetError("\(what): graph ranges do not match the node and edge counts")
        }
        guard g > 0 else { throw DatasetError("\(what): no graphs") }
        guard features.count == numNodes * numFeatures else { throw DatasetError("\(what): \(features.count) feature values for \(numNodes) nodes x \(numFeatures)") }
        for k in 0..<g {
            guard nodePtr[k] <= nodePtr[k + 1], edgePtr[k] <= edgePtr[k + 1] else { throw DatasetError("\(what): graph \(k) has a negative size") }
            for e in edgePtr[k]..<edgePtr[k + 1] {
                let range = nodePtr[k]..<nodePtr[k + 1]
                guard range.contains(Int(src[e])), range.contains(Int(dst[e])) else {
                    throw DatasetError("\(what): edge \(e) (\(src[e]), \(dst[e])) leaves graph \(k) (nodes \(range.lowerBound)..<\(range.upperBound))")
                }
            }
        }
        guard numClasses >= 1, labels.allSatisfy({ $0 >= 0 && Int($0) < numClasses }) else {
            throw DatasetError("\(what): graph labels outside 0..<\(numClasses)")
        }
    }
}

/// Which graphs a run trains on, selects its epoch on and tests on.
public struct GraphSplit: Sendable, Equatable {
    public var train: [Int], val: [Int], test: [Int]
    public init(train: [Int], val: [Int], test: [Int]) { self.train = train; self.val = val; self.test = test }
}

/// A batch of whole graphs as one block-diagonal graph.
public struct GraphBatch: Sendable {
    public var graph: GraphData
    public var features: [Float]
    public var labels: [Int32]
}

/// Cross-validation splits of a collection's graphs.
public enum GraphFolds {
    /// `k` stratified folds, seeded: each class's graphs in a SplitMix64 Fisher–Yates order, dealt
    /// round-robin into the folds, the dealing continuing from class to class (so fold sizes differ
    /// by at most one). Every graph is in exactly one fold; Benchmarks/synthetic.py computes the same.
    public static func stratified(labels: [Int32], k: Int, seed: UInt64) -> [[Int]] {
        var folds = [[Int]](repeating: [], count: k)
        var rng = SplitMix64(state: seed)
        let classes = Set(labels).sorted()
        var next = 0
        for c in classes {
            var members = labels.indices.filter { labels[$0] == c }
            if members.count > 1 {
                for i in stride(from: members.count - 1, through: 1, by: -1) {
                    let j = rng.int(i + 1)
                    members.swapAt(i, j)
                }
            }
            for g in members {
                folds[next].append(g)
                next = (next + 1) % k
            }
        }
        return folds.map { $0.sorted() }
    }

    /// Fold `i` of `k` as train/validation/test graph ids: the test fold is `i`, the validation
    /// fold `i - 1` (mod k), training the rest (PyG's benchmark/kernel protocol).
    public static func split(_ folds: [[Int]], fold i: Int) -> (train: [Int], val: [Int], test: [Int]) {
        let k = folds.count
        let v = (i + k - 1) % k
        let train = folds.indices.filter { $0 != i && $0 != v }.flatMap { folds[$0] }.sorted()
        return (train, folds[v], folds[i])
    }
}
