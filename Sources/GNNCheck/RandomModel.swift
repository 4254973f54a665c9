// Random, well-typed `.gnn` models for differential testing: a seeded chain of steps (linear maps,
// aggregations with varied messages, multi-head attention, propagation loops, residuals, degree
// norms, concatenations) kept as data, so a failing model can be shrunk and rendered again.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GNNIR
import GNNCompiler
import GNNExecution

public struct RandomModel: Sendable, Equatable {
    public enum Message: String, Sendable, CaseIterable {
        /// `h[src]`
        case source
        /// `h[src] - h[dst]`
        case difference
        /// `h[src] * g[edge]`, `g = edgewise { sigmoid(rowsum(h[src] * h[dst])) }`
        case gated
        /// `(h @ W)[src]`: a product computed per message
        case transformed
    }

    public enum Step: Sendable, Equatable {
        case linear(out: Int)
        case activation(String)
        case aggregate(reducer: String, message: Message, out: Int)
        /// GAT-style: `heads` x `out` features, heads kept apart then merged by view or mean.
        case attention(heads: Int, out: Int, meanHeads: Bool)
        /// `repeat k { h = 0.5 * aggregate(mean) { h[src] } + 0.5 * h }`
        case propagate(k: Int)
        /// `h * rsqrt(in_degree())` (only with self-loops, so no degree is 0)
        case degreeNorm
        /// `h + value` of an earlier step with the same width
        case residual(back: Int)
        /// `concat(h, act(h))`
        case concat(String)
    }

    public var seed: UInt64
    public var selfLoops: Bool
    public var steps: [Step]

    public init(seed: UInt64, selfLoops: Bool, steps: [Step]) {
        self.seed = seed; self.selfLoops = selfLoops; self.steps = steps
    }

    public static let activations = ["relu", "tanh", "sigmoid", "elu", "leaky_relu"]
    public static let reducers = ["sum", "mean", "max", "min"]

    /// A chain of 1 to 6 steps drawn from `seed`; the model then maps to the C classes.
    public static func generate(seed: UInt64) -> RandomModel {
        var rng = SplitMix64(state: seed &* 0x2545_F491_4F6C_DD1D &+ 17)
        func pick<T>(_ xs: [T]) -> T { xs[rng.int(xs.count)] }
        let widths = [1, 2, 3, 4, 6, 8, 12, 16]
        let selfLoops = rng.int(2) == 0
        var steps: [Step] = []
        for _ in 0..<(1 + rng.int(6)) {
            switch rng.int(9) {
            case 0: steps.append(.linear(out: pick(widths)))
            case 1: steps.append(.activation(pick(activations)))
            case 2, 3: steps.append(.aggregate(reducer: pick(reducers), message: pick(Message.allCases), out: pick(widths)))
            case 4: steps.append(.attention(heads: pick([1, 2, 4]), out: pick([1, 2, 4, 8]), meanHeads: rng.int(2) == 0))
            case 5: steps.append(.propagate(k: 1 + rng.int(3)))
            case 6: steps.append(selfLoops ? .degreeNorm : .activation(pick(activations)))
            case 7: steps.append(.residual(back: 1 + rng.int(3)))
            default: steps.append(.concat(pick(activations)))
            }
        }
        return RandomModel(seed: seed, selfLoops: selfLoops, steps: steps)
    }

    /// The `.gnn` text. Steps whose residual has no earlier value of the same width are left out,
    /// so every model renders to a valid program.
    public var text: String {
        var layers: [String] = []
        var body: [String] = []
        // The width of each value so far: a multiple of F (the input) or a number.
        var names = ["x"], widths = [Width(count: 1, ofF: true)]
        for (i, step) in steps.enumerated() {
            let h = names.last!, width = widths.last!, w = width.text, out = "h\(i)"
            var line: String?, newWidth = width
            switch step {
            case .linear(let o):
                layers.append("""
                    layer s\(i)_linear<FI, FO>(h: node[FI]) -> node[FO] {
                      param W: [FI, FO] init glorot
                      param b: [FO] init zeros
                      return h @ W + b
                    }
                    """)
                line = "let \(out) = s\(i)_linear<\(w), \(o)>(\(h))"; newWidth = Width(count: o)
            case .activation(let a):
                line = "let \(out) = \(a)(\(h))"
            case .aggregate(let r, let m, let o):
                let message: String, extra: [String], outWidth: String
                switch m {
                case .source: message = "h[src]"; extra = []; outWidth = "FI"
                case .difference: message = "h[src] - h[dst]"; extra = []; outWidth = "FI"
                case .gated:
                    message = "h[src] * g[edge]"; extra = ["  let g = edgewise { sigmoid(rowsum(h[src] * h[dst])) }"]; outWidth = "FI"
                case .transformed: message = "(h @ W)[src]"; extra = ["  param W: [FI, FO] init glorot"]; outWidth = "FO"
                }
                let dims = m == .transformed ? "<FI, FO>" : "<FI>"
                layers.append((["layer s\(i)_aggregate\(dims)(h: node[FI]) -> node[\(outWidth)] {"] + extra
                               + ["  return aggregate(\(r)) { \(message) }", "}"]).joined(separator: "\n"))
                line = "let \(out) = s\(i)_aggregate<\(w)\(m == .transformed ? ", \(o)" : "")>(\(h))"
                newWidth = m == .transformed ? Width(count: o) : width
            case .attention(let heads, let o, let mean):
                let merged = mean ? "mean_heads(o)" : "o.view(H * FO)"
                layers.append("""
                    layer s\(i)_attention<FI, H, FO>(h: node[FI]) -> node[\(mean ? "FO" : "H * FO")] {
                      param W: [FI, H * FO] init glorot
                      param att_src: [H, FO] init glorot
                      param att_dst: [H, FO] init glorot
                      let z = (h @ W).view(H, FO)
                      let s = edgewise { leaky_relu(rowsum(z * att_src)[src] + rowsum(z * att_dst)[dst], 0.2) }
                      let a = edge_softmax(s)
                      let o = aggregate(sum) { a[edge] * z[src] }
                      return \(merged)
                    }
                    """)
                line = "let \(out) = s\(i)_attention<\(w), \(heads), \(o)>(\(h))"; newWidth = Width(count: mean ? o : heads * o)
            case .propagate(let k):
                body.append("var \(out) = \(h)")
                body.append("repeat \(k) { \(out) = 0.5 * aggregate(mean) { \(out)[src] } + 0.5 * \(out) }")
            case .degreeNorm:
                guard selfLoops else { continue }
                line = "let \(out) = \(h) * rsqrt(in_degree())"
            case .residual(let back):
                let j = names.count - 1 - back
                guard j >= 0, widths[j] == width else { continue }
                line = "let \(out) = \(h) + \(names[j])"
            case .concat(let a):
                line = "let \(out) = concat(\(h), \(a)(\(h)))"; newWidth = Width(count: 2 * width.count, ofF: width.ofF)
            }
            if let line { body.append(line) }
            names.append(out); widths.append(newWidth)
        }
        layers.append("""
            layer classify<FI, FO>(h: node[FI]) -> node[FO] {
              param W: [FI, FO] init glorot
              return h @ W
            }
            """)
        body.append("return classify<\(widths.last!.text), C>(\(names.last!))")
        let model = "model Random<F, C>(x: node[F]) -> node[C] {\n  graph { self_loops = \(selfLoops ? "add" : "none") }\n"
            + body.map { "  " + $0 + "\n" }.joined() + "}\n"
        return "// random model, seed \(seed)\n" + layers.joined(separator: "\n") + "\n" + model
    }

    /// A feature width: `count` features, or `count` times the input's F.
    struct Width: Equatable {
        var count: Int
        var ofF = false
        var text: String { ofF ? (count == 1 ? "F" : "\(count) * F") : "\(count)" }
    }

    /// Statements in the rendered text (lets, vars, assignments, params, returns): the size a
    /// shrunk reproducer is measured by.
    public var statementCount: Int {
        text.split(separator: "\n").filter { line in
            let t = line.drop(while: { $0 == " " })
            return ["let ", "var ", "param ", "return ", "repeat "].contains { t.hasPrefix($0) }
        }.count
    }

    /// Smaller models to try when this one fails: each step removed, each width halved, each
    /// loop shortened, attention down to one head.
    public var shrinkCandidates: [RandomModel] {
        var out: [RandomModel] = []
        for i in steps.indices {
            var m = self; m.steps.remove(at: i); out.append(m)
        }
        for (i, s) in steps.enumerated() {
            var smaller: Step?
            switch s {
            case .linear(let o) where o > 1: smaller = .linear(out: o / 2)
            case .aggregate(let r, let m, let o) where o > 1: smaller = .aggregate(reducer: r, message: m, out: o / 2)
            case .attention(let h, let o, let mean) where h > 1 || o > 1:
                smaller = h > 1 ? .attention(heads: 1, out: o, meanHeads: mean) : .attention(heads: h, out: o / 2, meanHeads: mean)
            case .propagate(let k) where k > 1: smaller = .propagate(k: 1)
            case .aggregate(let r, let m, let o) where m != .source: smaller = .aggregate(reducer: r, message: .source, out: o)
            default: smaller = nil
            }
            if let smaller { var m = self; m.steps[i] = smaller; out.append(m) }
        }
        return out
    }
}
