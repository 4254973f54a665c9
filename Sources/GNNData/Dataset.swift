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

    public init(name: String, numNodes: Int, numFeatures: Int, numClasses: Int, features: [Float], labels: [Int32],
                src: [Int], dst: [Int], trainIndex: [Int], valIndex: [Int], testIndex: [Int]) {
        self.name = name; self.numNodes = numNodes; self.numFeatures = numFeatures; self.numClasses = numClasses
        self.features = features; self.labels = labels; self.src = src; self.dst = dst
        self.trainIndex = trainIndex; self.valIndex = valIndex; self.testIndex = testIndex
    }

    public var numEdges: Int { src.count }

    /// Row-normalised features as PyG's `NormalizeFeatures`: each row divided by its sum; a row
    /// summing to 0 stays as it is. (PyG also subtracts the global minimum and clamps the sum to
    /// at least 1; for the non-negative integer bag-of-words rows of Planetoid that is the same.)
    public func normalizedFeatures() -> [Float] {
        var out = features
        let f = numFeatures
        guard f > 0 else { return out }
        for row in 0..<(features.count / f) {
            let sum = rowSum(row)
            // Divide in Float, as PyG does on float32 tensors, so the results agree bit for bit.
            if sum != 0 { for j in row * f..<(row + 1) * f { out[j] = features[j] / sum } }
        }
        return out
    }

    /// The sum of one feature row, accumulated in Double so long rows do not lose precision.
    private func rowSum(_ row: Int) -> Float {
        var s = 0.0
        for j in row * numFeatures..<(row + 1) * numFeatures { s += Double(features[j]) }
        return Float(s)
    }
}
