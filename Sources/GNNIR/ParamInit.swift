// Parameter initialisers, each described once: its spec name, its arguments, and how it draws values (PyG's glorot, PyTorch's kaiming_uniform and nn.Linear default).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `param W: [FI, FO] init <name>(<arguments>)`. The elaborator reads `arguments` to check a call
/// and store it as attributes (numbers as floats, dimensions as dims, both under the argument's
/// name), the verifier checks the attributes, and the trainer draws values with `values`.
/// Weights are stored `[in, out]`, so a weight's fan-in is its second-to-last dimension.
public enum ParamInit: String, Sendable, CaseIterable {
    case glorot, zeros, ones, constant
    case kaimingUniform = "kaiming_uniform", uniform, normal, torchLinear = "torch_linear"

    public struct Argument: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case number, dimension }
        public let name: String
        public let kind: Kind
        /// nil: required (a dimension argument without default falls back to the fan-in of the shape).
        public let defaultValue: Double?
        public let optional: Bool
        init(_ name: String, _ kind: Kind = .number, default value: Double? = nil, optional: Bool = false) {
            self.name = name; self.kind = kind; defaultValue = value; self.optional = optional || value != nil
        }
    }

    /// Positional arguments, required first.
    public var arguments: [Argument] {
        switch self {
        case .glorot, .zeros, .ones: return []
        case .constant: return [Argument("value")]
        // PyTorch's kaiming_uniform_(a = 0): U(-b, b), b = sqrt(2 / (1 + a^2)) * sqrt(3 / fan_in).
        case .kaimingUniform: return [Argument("a", default: 0), Argument("fan_in", .dimension, optional: true)]
        case .uniform: return [Argument("low"), Argument("high")]
        case .normal: return [Argument("std"), Argument("mean", default: 0)]
        // nn.Linear's default, weight and bias alike: U(-1/sqrt(fan_in), 1/sqrt(fan_in)); a bias
        // (rank 1) names its layer's fan-in, `torch_linear(FI)`.
        case .torchLinear: return [Argument("fan_in", .dimension, optional: true)]
        }
    }

    /// `init kaiming_uniform(a = 0, fan_in?)` for messages.
    public var usage: String {
        let args = arguments.map { a -> String in
            if let d = a.defaultValue { return "\(a.name) = \(Attribute.formatFloat(d))" }
            return a.optional ? "\(a.name)?" : a.name
        }
        return args.isEmpty ? rawValue : "\(rawValue)(\(args.joined(separator: ", ")))"
    }

    /// Why `numbers` (the number arguments by name) and a shape of rank `rank` with fan-in given
    /// or not cannot be drawn from, or nil.
    public func problem(numbers: [String: Double], rank: Int, hasFanIn: Bool) -> String? {
        for a in arguments where a.kind == .number {
            guard let v = numbers[a.name] ?? a.defaultValue else { return "\(rawValue) needs a numeric \(a.name)" }
            guard v.isFinite else { return "\(rawValue): \(a.name) must be finite" }
        }
        switch self {
        case .uniform where (numbers["low"] ?? 0) > (numbers["high"] ?? 0):
            return "uniform(low, high) needs low <= high"
        case .normal where (numbers["std"] ?? 0) < 0:
            return "normal(std): std must not be negative"
        case .kaimingUniform, .torchLinear:
            if rank < 2 && !hasFanIn { return "\(rawValue) of a rank-\(rank) parameter (a bias) needs its layer's fan-in: \(rawValue)(\(self == .kaimingUniform ? "a, " : "")FI)" }
            return nil
        default: return nil
        }
    }

    /// The values of a parameter of concrete `shape`, drawn from `rng`; `fanIn` is the resolved
    /// fan-in argument when one was given.
    public func values(shape: [Int], numbers: [String: Double], fanIn: Int?, rng: inout SplitMix64) -> [Float] {
        let count = shape.reduce(1, *)
        func number(_ name: String) -> Double { numbers[name] ?? arguments.first { $0.name == name }?.defaultValue ?? 0 }
        let fan = Double(max(fanIn ?? (shape.count >= 2 ? shape[shape.count - 2] : shape.first ?? 1), 1))
        switch self {
        case .zeros: return [Float](repeating: 0, count: count)
        case .ones: return [Float](repeating: 1, count: count)
        case .constant: return [Float](repeating: Float(number("value")), count: count)
        case .glorot:
            // PyG's glorot: the sum of the last two dims ([in, out] for a weight, [heads, F] for attention vectors).
            let glorotFan = shape.count >= 2 ? shape[shape.count - 2] + shape[shape.count - 1] : 2 * (shape.first ?? 1)
            let bound = (6.0 / Double(max(glorotFan, 1))).squareRoot()
            return (0..<count).map { _ in Float(bound * rng.uniform()) }
        case .kaimingUniform:
            let a = number("a")
            let bound = (2 / (1 + a * a)).squareRoot() * (3 / fan).squareRoot()
            return (0..<count).map { _ in Float(bound * rng.uniform()) }
        case .torchLinear:
            let bound = 1 / fan.squareRoot()
            return (0..<count).map { _ in Float(bound * rng.uniform()) }
        case .uniform:
            let low = number("low"), high = number("high")
            return (0..<count).map { _ in Float(low + (high - low) * (rng.uniform() + 1) / 2) }
        case .normal:
            let std = number("std"), mean = number("mean")
            return (0..<count).map { _ in Float(mean + std * ParamInit.standardNormal(&rng)) }
        }
    }

    /// Box-Muller on two uniforms in (0, 1].
    static func standardNormal(_ rng: inout SplitMix64) -> Double {
        let u1 = 1 - (rng.uniform() + 1) / 2, u2 = (rng.uniform() + 1) / 2
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
