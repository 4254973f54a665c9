// Why training refused to start (inputs the data cannot fill, epoch counts out of range) or stopped (a loss that is not finite).
import GNNDiagnostics
import GNNIR

public enum TrainingError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    /// Model inputs the dataset does not provide, one diagnostic each at its declaration in the spec.
    case unboundInputs([Diagnostic])
    /// A resumed checkpoint's counts, or the epochs asked for on top of them, out of range.
    case epochsOutOfRange(String)
    /// An option this model cannot train with (f16 for a graph classifier).
    case unsupportedOption(String)
    /// f32 or bf16 training (or an evaluation, at epoch 0) gave a loss that is not finite.
    case lossNotFinite(epoch: Int, loss: Float, precision: Precision)

    /// The spec, the data or the options are at fault (`gnnc run` exits 1), not the run (3).
    public var isBadInput: Bool {
        if case .lossNotFinite = self { return false }
        return true
    }

    public var diagnostics: [Diagnostic] {
        switch self {
        case .unboundInputs(let ds): return ds
        case .epochsOutOfRange(let message), .unsupportedOption(let message): return [Diagnostic(.badOption, message, at: nil)]
        case .lossNotFinite(let epoch, let raw, let precision):
            // A NaN's sign bit means nothing here; "-nan" reads like a different value.
            let loss = raw.isNaN ? "nan" : "\(raw)"
            guard epoch > 0 else {
                return [Diagnostic(.lossNotFinite, "the evaluation loss is \(loss) (0 epochs: evaluation only): the model's output is not finite on this data", at: nil)]
            }
            // Diverging training and a model that is not finite on the data look alike from here.
            let hint = Note("causes: an operation that is not finite on this data (the log of a negative number; "
                            + "rsqrt(in_degree()) at a node without edges, unless self_loops = add), or a learning rate so large "
                            + "that training diverges")
            return [Diagnostic(.lossNotFinite, "the training loss is \(loss) at epoch \(epoch): \(precision.rawValue) training stops "
                               + "at a loss that is not finite (only f16 skips such steps, with its loss scale)", at: nil, notes: [hint])]
        }
    }

    public var diagnostic: Diagnostic {
        diagnostics.first ?? Diagnostic(.unexpectedFailure, "training failed", at: nil)
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
