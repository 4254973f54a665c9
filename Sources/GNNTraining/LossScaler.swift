// Dynamic loss scaling for f16 training: the loss gradient is multiplied by a scale so that small
// gradients survive f16 storage; a step whose gradients overflow is skipped and the scale halved.
import GNNCompiler
import GNNExecution

/// The scale's state machine (as PyTorch's GradScaler, with a growth interval sized for GNN runs of
/// a few hundred steps): after every step, `finite` says whether every unscaled gradient was finite.
/// A non-finite step is skipped and halves the scale; `growthInterval` finite steps in a row double it.
public struct LossScaler: Sendable {
    public static let defaultInitial: Float = 65536
    public static let defaultGrowthInterval = 100

    public private(set) var scale: Float
    public let initial: Float
    public let growthInterval: Int
    public private(set) var cleanSteps = 0
    public private(set) var skippedSteps = 0
    public private(set) var growths = 0
    public private(set) var backoffs = 0

    public init(initial: Float = LossScaler.defaultInitial, growthInterval: Int = LossScaler.defaultGrowthInterval) {
        scale = initial; self.initial = initial; self.growthInterval = max(growthInterval, 1)
    }

    /// Records one step; returns whether its update is applied.
    public mutating func step(finite: Bool) -> Bool {
        guard finite else {
            // Never down to zero: a zero scale would zero every gradient and hide the overflow.
            scale = max(scale / 2, .leastNormalMagnitude)
            skippedSteps += 1; backoffs += 1; cleanSteps = 0
            return false
        }
        cleanSteps += 1
        if cleanSteps >= growthInterval, (scale * 2).isFinite {
            scale *= 2; growths += 1; cleanSteps = 0
        }
        return true
    }
}
