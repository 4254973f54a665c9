// The train block's losses, each described once: its name and its per-node term and gradient in float64.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loss is the mean, over the training nodes (mask 1), of a term of a node's output row and its
/// class label; the `loss` and `loss_grad` ops carry the kind. The float64 term below is what the
/// reference interpreter computes and what the trainer reports as the validation loss, so the two
/// cannot disagree on what a loss means; the scheduler spells the same formulas in kernel IR.
public enum LossKind: String, Sendable, Hashable, CaseIterable {
    /// `-log softmax(output)[label]`: PyTorch's `F.cross_entropy` on logits.
    case crossEntropy = "cross_entropy"
    /// `-output[label]`: PyTorch's `F.nll_loss`; the model returns log-probabilities (it ends with
    /// `log_softmax`), so `nll` of `log_softmax(h)` is `cross_entropy` of `h`.
    case nll
    /// `mean_c (output[c] - target[c])²` with the one-hot label as the target: PyTorch's
    /// `F.mse_loss(output, one_hot(label))`, whose mean runs over nodes and outputs alike.
    case mse

    /// The train block's spellings, for diagnostics: "cross_entropy, nll or mse".
    public static var spelled: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// The term of one node whose output row is `row` and whose label is `label`, in float64.
    /// A label outside the row gives NaN (nothing indexes out of bounds).
    public func term(_ row: ArraySlice<Double>, label: Int) -> Double {
        guard row.indices.contains(row.startIndex + label) else { return .nan }
        let picked = row[row.startIndex + label]
        switch self {
        case .crossEntropy:
            let top = row.max() ?? 0
            return top + log(row.reduce(0) { $0 + exp($1 - top) }) - picked
        case .nll:
            return -picked
        case .mse:
            var total = 0.0
            for (c, o) in row.enumerated() { let d = o - (c == label ? 1 : 0); total += d * d }
            return total / Double(row.count)
        }
    }

    /// The term's gradient with respect to the row.
    public func termGradient(_ row: ArraySlice<Double>, label: Int) -> [Double] {
        guard row.indices.contains(row.startIndex + label) else { return row.map { _ in .nan } }
        switch self {
        case .crossEntropy:
            let top = row.max() ?? 0
            let total = row.reduce(0) { $0 + exp($1 - top) }
            return row.enumerated().map { c, o in exp(o - top) / total - (c == label ? 1 : 0) }
        case .nll:
            return row.indices.map { $0 - row.startIndex == label ? -1 : 0 }
        case .mse:
            return row.enumerated().map { c, o in 2 * (o - (c == label ? 1 : 0)) / Double(row.count) }
        }
    }
}
