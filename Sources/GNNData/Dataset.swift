// The in-memory node-classification dataset every loader (Planetoid, synthetic) produces.

/// Features, labels, directed edges and the train/validation/test split of one graph.
public struct Dataset: Sendable {
    public var name: String
    public var numNodes: Int
    public var numFeatures: Int
    public var numClasses: Int
    /// Row-major N x F.
    public var features: [Float]
    public var labels: [Int32]
    /// Directed edges; messages flow src -> dst (aggregation happens at dst).
    public var src: [Int]
    public var dst: [Int]
    public var trainIndex: [Int]
    public var valIndex: [Int]
    public var testIndex: [Int]
    /// Per-edge features, row-major E x numEdgeFeatures, in the order of `src`/`dst` (empty when none).
    public var edgeFeatures: [Float] = []
    public var numEdgeFeatures = 0
    /// What loading found and did that a user should know (self-loops, repeated edges, the layout read).
    public var notes: [String] = []

    public init(name: String, numNodes: Int, numFeatures: Int, numClasses: Int, features: [Float], labels: [Int32],
                src: [Int], dst: [Int], trainIndex: [Int], valIndex: [Int], testIndex: [Int]) {
        self.name = name; self.numNodes = numNodes; self.numFeatures = numFeatures; self.numClasses = numClasses
        self.features = features; self.labels = labels; self.src = src; self.dst = dst
        self.trainIndex = trainIndex; self.valIndex = valIndex; self.testIndex = testIndex
    }

    public var numEdges: Int { src.count }

    /// PyG's `NormalizeFeatures`, exactly: subtract the global minimum, then divide each row by
    /// its sum clamped to at least 1 (a zero row stays zero). On Planetoid's non-negative
    /// bag-of-words rows the minimum is 0; on synthetic features in [-0.5, 0.5) the shift matters
    /// (without it rows summing to nearly 0 blow up).
    public func normalizedFeatures() -> [Float] { Dataset.normalized(features, width: numFeatures) }

    /// `NormalizeFeatures` of row-major rows of `width` values (a graph collection's node rows too).
    static func normalized(_ features: [Float], width f: Int) -> [Float] {
        guard f > 0, let lowest = features.min() else { return features }
        // Shift and divide in Float, as PyG does on float32 tensors, so the results agree bit for bit.
        var out = features.map { $0 - lowest }
        for row in 0..<(out.count / f) {
            let sum = max(Dataset.rowSum(out, row, f), 1)
            for j in row * f..<(row + 1) * f { out[j] /= sum }
        }
        return out
    }

    /// The sum of one feature row, accumulated in Double so long rows do not lose precision.
    static func rowSum(_ x: [Float], _ row: Int, _ f: Int) -> Float {
        var s = 0.0
        for j in row * f..<(row + 1) * f { s += Double(x[j]) }
        return Float(s)
    }
}
