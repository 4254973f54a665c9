// The seeded synthetic graph generator of ../shared/bench/SYNTHETIC.md, bit for bit, plus `synthetic:` name parsing.
import GNNIR
import GNNRuntime

/// The sizes and seed of one synthetic graph.
public struct SyntheticSpec: Sendable, Equatable {
    public var numNodes: Int
    public var numEdges: Int
    public var numFeatures: Int
    public var numClasses: Int
    public var seed: UInt64

    public init(numNodes: Int, numEdges: Int, numFeatures: Int, numClasses: Int, seed: UInt64 = 1) {
        self.numNodes = numNodes; self.numEdges = numEdges; self.numFeatures = numFeatures
        self.numClasses = numClasses; self.seed = seed
    }

    public static let small = SyntheticSpec(numNodes: 20_000, numEdges: 200_000, numFeatures: 128, numClasses: 16)
    public static let large = SyntheticSpec(numNodes: 100_000, numEdges: 2_000_000, numFeatures: 128, numClasses: 16)

    /// node() maps through multiplication by this prime modulo N: a bijection only while N is below it.
    public static let nodeMultiplier: UInt64 = 2_654_435_761
    /// The most feature elements (N x F) a spec may ask for (4 GiB of Float).
    public static let maxFeatureElements = 1 << 30

    /// `synthetic:small`, `synthetic:large` or `synthetic:N,E,F,C,SEED` (decimal integers).
    public static func parse(_ text: String) throws(DatasetError) -> SyntheticSpec {
        guard text.hasPrefix("synthetic:") else { throw DatasetError("'\(text)' is not a synthetic dataset (synthetic:small, synthetic:large or synthetic:N,E,F,C,SEED)") }
        let body = text.dropFirst("synthetic:".count)
        if body == "small" { return .small }
        if body == "large" { return .large }
        let fields = body.split(separator: ",", omittingEmptySubsequences: false)
        guard fields.count == 5, let seed = UInt64(fields[4]) else {
            throw DatasetError("'\(text)': expected synthetic:small, synthetic:large or synthetic:N,E,F,C,SEED with five decimal integers")
        }
        var sizes: [Int] = []
        for (name, field) in zip(["N", "E", "F", "C"], fields) {
            guard let v = Int(field), v >= 0 else {
                // Digits beyond 64 bits are a number too large, not "not a number": say so, with the bound.
                guard !field.isEmpty, field.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                    throw DatasetError("'\(text)': \(name) = '\(field)' is not a non-negative integer")
                }
                let bounds = ["N": "N must be in 2..<\(SyntheticSpec.nodeMultiplier)", "E": "E must be at most \(Int32.max)",
                              "F": "N x F must be at most \(SyntheticSpec.maxFeatureElements)", "C": "C must be in 1...\(Int32.max)"]
                throw DatasetError("'\(text)': \(name) = \(field) is too large (\(bounds[name] ?? "it must fit in 64 bits"))")
            }
            sizes.append(v)
        }
        let spec = SyntheticSpec(numNodes: sizes[0], numEdges: sizes[1], numFeatures: sizes[2], numClasses: sizes[3], seed: seed)
        try spec.validate(text)
        return spec
    }

    /// Bytes generating and holding the graph takes at its peak: the COO edge lists as Swift
    /// integers (16 bytes an edge), the CSR and CSC arrays built from them (16 more), the
    /// features, labels and splits. Every term is below 2^62 by `validate`'s limits.
    public var peakBytes: Int { numEdges * 32 + numNodes * numFeatures * 4 + numNodes * 40 }

    /// Refuses a graph that cannot be held: `available` bytes (nil: unknown) against `peakBytes`.
    public func checkMemory(_ text: String, available: Int?) throws(DatasetError) {
        guard let available, peakBytes > available else { return }
        var error = DatasetError("'\(text)': generating \(numEdges) edges and \(numNodes) x \(numFeatures) features needs about \(MemoryBudget.gib(peakBytes)) of memory, but \(MemoryBudget.gib(available)) is available")
        error.exhaustsMemory = true
        throw error
    }

    /// Limits that keep the generator's arithmetic meaningful and its memory bounded.
    public func validate(_ text: String) throws(DatasetError) {
        // N >= 2: the self-loop fix dst + 1 mod N needs a second node; N < the prime: bijection.
        guard numNodes >= 2, UInt64(numNodes) < SyntheticSpec.nodeMultiplier else {
            throw DatasetError("'\(text)': N must be in 2..<\(SyntheticSpec.nodeMultiplier)")
        }
        guard numEdges <= Int(Int32.max) else { throw DatasetError("'\(text)': E must be at most \(Int32.max)") }
        guard numClasses >= 1, numClasses <= Int(Int32.max) else { throw DatasetError("'\(text)': C must be in 1...\(Int32.max)") }
        let (elements, overflow) = numNodes.multipliedReportingOverflow(by: numFeatures)
        guard numFeatures >= 1, !overflow, elements <= SyntheticSpec.maxFeatureElements else {
            throw DatasetError("'\(text)': F must be at least 1 and N x F at most \(SyntheticSpec.maxFeatureElements)")
        }
    }

    /// The canonical name: `synthetic:small`, `synthetic:large` or `synthetic:N,E,F,C,SEED`.
    public var name: String {
        if self == .small { return "synthetic:small" }
        if self == .large { return "synthetic:large" }
        return "synthetic:\(numNodes),\(numEdges),\(numFeatures),\(numClasses),\(seed)"
    }
}

public enum SyntheticGraph {
    /// Stream tags: one independent splitmix64 stream per quantity.
    public static let edgeSourceTag: UInt64 = 1, edgeDestinationTag: UInt64 = 2, featureTag: UInt64 = 3, labelTag: UInt64 = 4

    /// The stream for `tag`: splitmix64 from state seed*256 + tag.
    public static func stream(seed: UInt64, tag: UInt64) -> SplitMix64 {
        SplitMix64(state: seed &* 256 &+ tag)
    }

    /// Squares a 32-bit uniform (power-law-ish rank) and spreads the ranks over the ids.
    @inline(__always)
    public static func node(_ r: UInt64, _ n: UInt64) -> UInt64 {
        let a = r >> 32
        let t = (a &* a) >> 32
        let raw = (t &* n) >> 32
        return (raw &* SyntheticSpec.nodeMultiplier) % n
    }

    /// The whole dataset; the split is by node id: the first 10% train, the next 10%
    /// validation, the rest test (see `split`).
    public static func generate(_ spec: SyntheticSpec) -> Dataset {
        let (src, dst) = edges(spec)
        let (train, val, test) = split(numNodes: spec.numNodes)
        return Dataset(name: spec.name, numNodes: spec.numNodes, numFeatures: spec.numFeatures, numClasses: spec.numClasses,
                       features: features(spec), labels: labels(spec), src: src, dst: dst,
                       trainIndex: train, valIndex: val, testIndex: test)
    }

    /// Edges in generation order (unsorted COO), duplicates kept, self-loops moved to dst + 1.
    public static func edges(_ spec: SyntheticSpec) -> (src: [Int], dst: [Int]) {
        let n = UInt64(spec.numNodes)
        var sources = stream(seed: spec.seed, tag: edgeSourceTag), targets = stream(seed: spec.seed, tag: edgeDestinationTag)
        var src = [Int](repeating: 0, count: spec.numEdges), dst = [Int](repeating: 0, count: spec.numEdges)
        src.withUnsafeMutableBufferPointer { s in
            dst.withUnsafeMutableBufferPointer { d in
                for e in 0..<s.count {
                    let u = node(sources.next(), n)
                    var v = node(targets.next(), n)
                    if u == v { v = (v + 1) % n }
                    s[e] = Int(u); d[e] = Int(v)
                }
            }
        }
        return (src, dst)
    }

    /// Row-major N x F; each draw's top 24 bits q give q / 2^24 - 0.5, exact in Float.
    public static func features(_ spec: SyntheticSpec) -> [Float] {
        var draws = stream(seed: spec.seed, tag: featureTag)
        var x = [Float](repeating: 0, count: spec.numNodes * spec.numFeatures)
        x.withUnsafeMutableBufferPointer { out in
            for i in 0..<out.count { out[i] = Float(draws.next() >> 40) * 0x1p-24 - 0.5 }
        }
        return x
    }

    /// y[i] = ((draw >> 32) * C) >> 32: a uniform class in 0..<C.
    public static func labels(_ spec: SyntheticSpec) -> [Int32] {
        var draws = stream(seed: spec.seed, tag: labelTag)
        let c = UInt64(spec.numClasses)
        return (0..<spec.numNodes).map { _ in Int32(((draws.next() >> 32) &* c) >> 32) }
    }

    /// Our split (SYNTHETIC.md leaves it open): by node id, train = [0, N/10),
    /// val = [N/10, 2*(N/10)), test = the rest. Ids are already shuffled relative to degree by
    /// node(), so contiguous ranges are not biased towards hubs. Baselines must do the same.
    public static func split(numNodes n: Int) -> (train: [Int], val: [Int], test: [Int]) {
        let tenth = n / 10
        return (Array(0..<tenth), Array(tenth..<(2 * tenth)), Array((2 * tenth)..<n))
    }

    /// Σ_e (e+1)·(src_e·N + dst_e) mod 2^64, the edge check of SYNTHETIC.md.
    public static func edgeChecksum(src: [Int], dst: [Int], numNodes: Int) -> UInt64 {
        var sum: UInt64 = 0
        for e in 0..<min(src.count, dst.count) {
            sum = sum &+ UInt64(e + 1) &* (UInt64(src[e]) &* UInt64(numNodes) &+ UInt64(dst[e]))
        }
        return sum
    }

    /// Σ of the 24-bit draws q, recovered exactly from the features as (x + 0.5)·2^24; nil
    /// when some value is not one the generator can produce.
    public static func featureChecksum(_ features: [Float]) -> UInt64? {
        var sum: UInt64 = 0
        for v in features {
            let q = (v + 0.5) * 0x1p24
            guard q >= 0, q < 0x1p24, q == q.rounded(.towardZero) else { return nil }
            sum = sum &+ UInt64(q)
        }
        return sum
    }
}
