// Seeded parameter initialisation: glorot (uniform, PyG's `glorot`), zeros, ones, constant.
import GNNIR
import GNNCompiler
import GNNExecution

public enum ParamInitializer {

    /// Values for a parameter of concrete shape `shape`. Glorot uses PyG's fan: the sum of the
    /// last two dims (`[in, out]` for a weight, `[heads, F]` for attention vectors), so the bound
    /// is sqrt(6 / (fan_in + fan_out)). Each parameter draws from its own stream (its name).
    public static func values(_ op: Operation, shape: [Int], seed: UInt64) -> [Float] {
        let count = shape.reduce(1, *)
        switch op.attributes["init"]?.asIdent ?? "zeros" {
        case "glorot":
            let fan = shape.count >= 2 ? shape[shape.count - 2] + shape[shape.count - 1] : 2 * (shape.first ?? 1)
            let bound = (6.0 / Double(max(fan, 1))).squareRoot()
            var rng = SplitMix64(state: seed ^ hash(op.name ?? ""))
            return (0..<count).map { _ in Float(bound * rng.uniform()) }
        case "ones": return [Float](repeating: 1, count: count)
        case "constant": return [Float](repeating: Float(op.attributes["value"]?.asDouble ?? 0), count: count)
        default: return [Float](repeating: 0, count: count)
        }
    }

    /// FNV-1a of the name: a stable per-parameter stream (Swift's `hashValue` is seeded per process).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
