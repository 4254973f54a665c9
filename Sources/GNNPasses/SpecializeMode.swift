// The `specialize-mode` pass: keeps the training or the evaluation operand of every if_training for the plan's mode.
import GNNIR

/// What differs between training and evaluation is written once in the lowered module as
/// `if_training(a, b)` (batch_norm normalises with the batch's statistics in training and with its
/// running ones in evaluation, and updates the running ones only in training). A plan builds a
/// program for one mode, and the trainer runs the inference program only in evaluation and the
/// training program only in training, so the choice is made here, at compile time: each
/// `if_training` is replaced by the operand of the plan's mode, and `dce` later removes the other
/// branch (an evaluation program never computes batch statistics). The reference interpreter
/// evaluates `if_training` itself by its `training` binding, so the lowered module stays the oracle
/// of both programs.
///
/// `gnnc opt --passes specialize-mode` keeps the evaluation operands (the inference plan's choice).
public struct SpecializeMode: GraphPass {
    public let mode: ProgramMode
    public init(_ mode: ProgramMode = .inference) { self.mode = mode }
    public var name: String { "specialize-mode" }
    public var summary: String { "keep the operand of each if_training that the plan's mode runs (training: batch statistics; inference: running ones)" }

    public func run(_ m: GraphModule) throws -> GraphModule {
        guard m.ops.contains(where: { $0.opcode == .ifTraining }) else { return m }
        var r = Rewriter(m)
        for v in m.valueIDs {
            let op = m[v]
            if op.opcode == .ifTraining {
                r.replace(v, with: r.mapped(op.operands[mode == .training ? 0 : 1]))
            } else {
                r.keep(v)
            }
        }
        return r.finish()
    }
}
