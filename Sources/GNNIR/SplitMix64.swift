// splitmix64: the project's one seeded generator (initial weights, test data, random graphs),
// deterministic across runs and platforms; its mixer is also the dropout hash's.
public struct SplitMix64: Sendable {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return DropoutMask.mix64(state)
    }

    /// Uniform in [-1, 1), from the top 53 bits.
    public mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }

    /// Uniform in 0..<n (the modulo bias is negligible for the small n used here).
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
