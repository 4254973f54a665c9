// A spec generated from the op table that calls every element-wise function of the spec language,
// so each test that runs it (gradients, kernels, NVRTC) covers a new table entry without an edit.
import GNNIR

/// `EveryFunction<F, C>`: a sum of every named unary function applied to an aggregation of `x @ W`
/// (functions defined for positive arguments only get `sigmoid(z) + 0.25`), each with its
/// attributes at their spec-language defaults.
public func everyElementwiseFunctionSpec() -> String {
    var terms: [String] = []
    for u in UnaryOp.allCases {
        let f = u.function
        guard let name = f.specName else { continue }
        terms.append("\(name)(\(f.requiresPositive ? "p" : "z"))")
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
