// Dense float64 tensors of the reference interpreter, row-major with the node/edge axis first.

public struct Tensor64: Sendable, Equatable, CustomStringConvertible {
    public var shape: [Int]
    public var data: [Double]

    public init(shape: [Int], data: [Double]) {
        precondition(shape.reduce(1, *) == data.count, "shape \(shape) does not hold \(data.count) elements")
        self.shape = shape; self.data = data
    }

    public init(zeros shape: [Int]) { self.init(shape: shape, data: [Double](repeating: 0, count: shape.reduce(1, *))) }

    public static func scalar(_ v: Double) -> Tensor64 { Tensor64(shape: [], data: [v]) }

    public var count: Int { data.count }

    /// Elements per leading-axis row (for a node or edge tensor: the feature size).
    public var rowSize: Int { shape.dropFirst().reduce(1, *) }

    public var description: String { "Tensor64(shape: \(shape), data: \(data.prefix(8))\(data.count > 8 ? "..." : ""))" }

    /// Largest |a - b| / max(1, |b|) over all elements: relative for large values, absolute near 0.
    public func maxRelativeError(to reference: Tensor64) -> Double {
        precondition(shape == reference.shape, "compared tensors differ in shape: \(shape) vs \(reference.shape)")
        var worst = 0.0
        for (a, b) in zip(data, reference.data) {
            let e = abs(a - b) / max(1, abs(b))
            if e.isNaN { return .infinity }
            worst = max(worst, e)
        }
        return worst
    }
}
