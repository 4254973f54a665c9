// Seeded synthetic graph classification (docs/datasets.md, "Synthetic graph classification"): random trees with a planted motif whose kind is the label.
import GNNIR

/// `synthetic-graphs:small` (1000 graphs, 8 features, 4 classes, seed 1) or
/// `synthetic-graphs:G,F,C,SEED`.
public struct SyntheticGraphsSpec: Sendable, Equatable {
    public var numGraphs: Int
    public var numFeatures: Int
    public var numClasses: Int
    public var seed: UInt64

    public init(numGraphs: Int, numFeatures: Int, numClasses: Int, seed: UInt64 = 1) {
        self.numGraphs = numGraphs; self.numFeatures = numFeatures; self.numClasses = numClasses; self.seed = seed
    }

    public static let prefix = "synthetic-graphs:"
    public static let small = SyntheticGraphsSpec(numGraphs: 1000, numFeatures: 8, numClasses: 4)
    /// At most this many graphs (each at most 36 nodes and 90 edges), so the arrays stay small.
    public static let maxGraphs = 10_000_000
    public static let maxFeatures = 4096

    public static func parse(_ text: String) throws(DatasetError) -> SyntheticGraphsSpec {
        guard text.hasPrefix(prefix) else { throw DatasetError("'\(text)' is not a synthetic graph collection (\(prefix)small or \(prefix)G,F,C,SEED)") }
        let body = text.dropFirst(prefix.count)
        if body == "small" { return .small }
        let fields = body.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 4, let g = Int(fields[0]), let f = Int(fields[1]), let c = Int(fields[2]), let seed = UInt64(fields[3]) else {
            throw DatasetError("'\(text)': expected \(prefix)small or \(prefix)G,F,C,SEED with four decimal integers")
        }
        guard (1...maxGraphs).contains(g) else { throw DatasetError("'\(text)': G must be in 1...\(maxGraphs)") }
        guard (1...maxFeatures).contains(f) else { throw DatasetError("'\(text)': F must be in 1...\(maxFeatures)") }
        guard (2...SyntheticGraphs.motifs.count).contains(c) else {
            throw DatasetError("'\(text)': C must be in 2...\(SyntheticGraphs.motifs.count) (one planted motif per class)")
        }
        return SyntheticGraphsSpec(numGraphs: g, numFeatures: f, numClasses: c, seed: seed)
    }

    public var name: String {
        self == .small ? "\(Self.prefix)small" : "\(Self.prefix)\(numGraphs),\(numFeatures),\(numClasses),\(seed)"
    }
}

/// Each graph: a random tree of 10–30 nodes, a few random extra edges (cycles that carry no
/// label), and one planted motif attached by an edge; the motif's kind is the label. The motifs
/// have 6 edges each and 4–6 nodes, so neither the edge count nor (with the tree's random size)
/// the node count gives the label away: a model must see the motif's local structure. Integer
/// arithmetic only, from splitmix64 streams as in ../shared/bench/SYNTHETIC.md; Benchmarks/synthetic.py
/// builds the same graphs bit for bit.
public enum SyntheticGraphs {
    /// Stream tags (state seed*256 + tag): classes and sizes, tree parents and attachments, extra edges, features.
    public static let sizeTag: UInt64 = 5, treeTag: UInt64 = 6, extraTag: UInt64 = 7, featureTag: UInt64 = 8

    /// Class k plants motif k: a 6-cycle, a house (a square with a roof), K4, a bowtie (two
    /// triangles sharing a node). (nodes, undirected edges between them.)
    public static let motifs: [(nodes: Int, edges: [(Int, Int)])] = [
        (6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0)]),
        (5, [(0, 1), (1, 2), (2, 3), (3, 0), (0, 4), (1, 4)]),
        (4, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]),
        (5, [(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 0)]),
    ]

    /// Uniform in 0..<m from a draw's top 32 bits: `((r >> 32) * m) >> 32`.
    @inline(__always)
    static func below(_ r: UInt64, _ m: Int) -> Int { Int(((r >> 32) &* UInt64(m)) >> 32) }

    public static func generate(_ spec: SyntheticGraphsSpec) -> GraphCollection {
        var sizes = SyntheticGraph.stream(seed: spec.seed, tag: sizeTag)
        var tree = SyntheticGraph.stream(seed: spec.seed, tag: treeTag)
        var extra = SyntheticGraph.stream(seed: spec.seed, tag: extraTag)
        var draws = SyntheticGraph.stream(seed: spec.seed, tag: featureTag)
        var nodePtr = [0], edgePtr = [0], src: [Int32] = [], dst: [Int32] = [], labels: [Int32] = [], features: [Float] = []
        for _ in 0..<spec.numGraphs {
            let c = below(sizes.next(), spec.numClasses)
            let n = 10 + below(sizes.next(), 21)
            var pairs: [(Int, Int)] = []
            for i in 1..<n { pairs.append((below(tree.next(), i), i)) }
            for _ in 0..<(n / 5) {
                let a = below(extra.next(), n), b = below(extra.next(), n)
                if a != b { pairs.append((a, b)) }
            }
            let motif = motifs[c]
            for (a, b) in motif.edges { pairs.append((n + a, n + b)) }
            pairs.append((below(tree.next(), n), n))
            let base = nodePtr.last!, count = n + motif.nodes
            for (a, b) in pairs {
                src.append(Int32(base + a)); dst.append(Int32(base + b))
                src.append(Int32(base + b)); dst.append(Int32(base + a))
            }
            for _ in 0..<count {
                features.append(1)
                for _ in 1..<max(spec.numFeatures, 1) { features.append(Float(draws.next() >> 40) * 0x1p-24 - 0.5) }
            }
            nodePtr.append(base + count)
            edgePtr.append(src.count)
            labels.append(Int32(c))
        }
        var data = GraphCollection(name: spec.name, nodePtr: nodePtr, edgePtr: edgePtr, src: src, dst: dst, features: features,
                                   numFeatures: spec.numFeatures, labels: labels, numClasses: spec.numClasses)
        data.notes = ["synthetic trees with a planted motif per class (docs/datasets.md)"]
        return data
    }
}
