// Seeded parameter initialisation: each parameter's own stream, drawn by its initialiser's entry in the ParamInit table (GNNIR/ParamInit.swift).
import GNNIR
import GNNCompiler
import GNNExecution

public enum ParamInitializer {

    /// Values for a parameter of concrete shape `shape`. Each parameter draws from its own
    /// stream (its name). `dimension` resolves a dimension argument (a bias's `fan_in`) to its
    /// value in this run; an unknown initialiser (the verifier refuses it) gives zeros.
    public static func values(_ op: Operation, shape: [Int], seed: UInt64, dimension: (Dim) -> Int? = { $0.constantValue }) -> [Float] {
        guard let kind = (op.attributes["init"]?.asIdent).flatMap(ParamInit.init(rawValue:)) else {
            return [Float](repeating: 0, count: shape.reduce(1, *))
        }
        var numbers: [String: Double] = [:]
        var fanIn: Int?
        for a in kind.arguments {
            switch a.kind {
            case .number: if let v = op.attributes[a.name]?.asDouble { numbers[a.name] = v }
            case .dimension: if let d = op.attributes[a.name]?.asDims?.first { fanIn = dimension(d) }
            }
        }
        var rng = SplitMix64(state: seed ^ hash(op.name ?? ""))
        return kind.values(shape: shape, numbers: numbers, fanIn: fanIn, rng: &rng)
    }

    /// FNV-1a of the name: a stable per-parameter stream (Swift's `hashValue` is seeded per process).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
