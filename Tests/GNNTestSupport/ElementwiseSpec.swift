// A spec generated from the op table that calls every element-wise function of the spec language,
// so each test that runs it (gradients, kernels, NVRTC) covers a new table entry without an edit.
import GNNIR

/// `EveryFunction<F, C>`: a sum of every named unary function applied to an aggregation of `x @ W`
/// (functions defined for positive arguments only get `sigmoid(z) + 0.25`), each with its
/// attributes at their spec-language defaults (an attribute without one, like pow's p, at its
/// sample value), and every named binary function of `z` and `p`, and of `z` and a number.
public func everyElementwiseFunctionSpec() -> String {
    var terms: [String] = []
    for u in UnaryOp.allCases {
        let f = u.function
        guard let name = f.specName else { continue }
        let required = f.attributes.filter { $0.defaultValue == nil }.map { formatSample($0.sampleValue) }
        terms.append("\(name)(\(([f.requiresPositive ? "p" : "z"] + required).joined(separator: ", ")))")
    }
    for b in BinaryOp.allCases {
        guard let name = b.function.specName else { continue }
        terms.append("\(name)(z, p)")
        terms.append("\(name)(0.4, z)")
    }
    return """
        layer every_function<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          let z = aggregate(mean) { (h @ W)[src] }
          let p = sigmoid(z) + 0.25
          return \(terms.joined(separator: " + "))
        }
        model EveryFunction<F, C>(x: node[F]) -> node[C] {
          graph { self_loops = add }
          return every_function<F, C>(x) as f
        }

        """
}

/// A number as the spec language reads it back exactly (`1.5`, `-1`).
func formatSample(_ x: Double) -> String {
    x == x.rounded() && Swift.abs(x) < 1e9 ? String(Int(x)) : "\(x)"
}
