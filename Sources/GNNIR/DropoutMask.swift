// The dropout mask as part of the IR's semantics: a counter-based hash, so every backend (the
// reference interpreter, generated C and CUDA) draws the same mask without storing it.

public enum DropoutMask {
    static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    public static func mix64(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The 24-bit threshold below which an element is dropped: `floor(p * 2^24)`.
    public static func threshold(_ p: Double) -> UInt64 { UInt64((p * 16_777_216).rounded(.down)) }

    /// Whether element `index` of the dropout op with stream id `stream` is kept in step `seed`.
    /// The stream separates dropout ops of one program; the seed changes every training step.
    public static func keep(seed: UInt64, stream: UInt64, index: UInt64, threshold: UInt64) -> Bool {
        let base = mix64(seed &+ gamma &* (stream &+ 1))
        let r = mix64(base ^ (index &* 0xD1B5_4A32_D192_ED03))
        return (r >> 40) >= threshold
    }
}
