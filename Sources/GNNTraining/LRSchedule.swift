// Learning-rate schedules with PyTorch's semantics (StepLR, CosineAnnealingLR, ReduceLROnPlateau), read from the train block's lr_schedule.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNIR

/// The factor each epoch's learning rates are multiplied by (every parameter group's alike, as a
/// PyTorch scheduler scales each group's lr). Epochs count from 1; `factor(epoch:)` is the factor
/// the update of that epoch uses, and `observe(valLoss:)` is called after it (plateau only), as
/// `scheduler.step()` is called after each epoch in PyTorch.
public struct LRSchedule: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case constant, step, cosine, plateau }


    public let kind: Kind
    public let settings: [String: Double]
    /// ReduceLROnPlateau's state: the best validation loss, epochs without improvement, and the factor so far.
    var best = Double.infinity
    var badEpochs = 0
    var plateauFactor = 1.0

    public init(kind: Kind, settings: [String: Double] = [:]) { self.kind = kind; self.settings = settings }

    /// From the train attribute `lr_schedule = [kind, name, value, ...]`; constant when absent.
    public init(train: Attributes) {
        guard case .list(let fields)? = train["lr_schedule"], let name = fields.first?.asIdent, let kind = Kind(rawValue: name) else {
            self.init(kind: .constant); return
        }
        var settings: [String: Double] = [:]
        for i in stride(from: 1, to: fields.count - 1, by: 2) {
            if let k = fields[i].asIdent, let v = fields[i + 1].asDouble { settings[k] = v }
        }
        self.init(kind: kind, settings: settings)
    }

    func value(_ name: String) -> Double {
        settings[name] ?? LRScheduleTable.arguments[kind.rawValue]?.first { $0.name == name }?.defaultValue ?? 0
    }

    /// The multiplier of the base learning rate for the update of `epoch` (1-based); `baseLR` is
    /// needed by cosine's and plateau's floors, which are absolute learning rates.
    public func factor(epoch: Int, baseLR: Double) -> Double {
        let done = Double(max(epoch - 1, 0))
        switch kind {
        case .constant: return 1
        case .step:
            let size = max(value("step_size"), 1)
            return pow(value("gamma"), (done / size).rounded(.down))
        case .cosine:
            guard baseLR > 0 else { return 1 }
            let tMax = max(value("t_max"), 1), etaMin = value("eta_min")
            let lr = etaMin + (baseLR - etaMin) * (1 + cos(Double.pi * done / tMax)) / 2
            return lr / baseLR
        case .plateau:
            return plateauFactor
        }
    }

    /// ReduceLROnPlateau (mode min, relative threshold, no cooldown): after `patience` epochs
    /// whose validation loss did not improve on the best by the threshold, the factor shrinks,
    /// never below min_lr / baseLR.
    public mutating func observe(valLoss: Double, baseLR: Double) {
        guard kind == .plateau, valLoss.isFinite else { return }
        if valLoss < best * (1 - value("threshold")) {
            best = valLoss
            badEpochs = 0
            return
        }
        badEpochs += 1
        if Double(badEpochs) > value("patience") {
            let floor = baseLR > 0 ? value("min_lr") / baseLR : 0
            plateauFactor = max(plateauFactor * value("factor"), floor)
            badEpochs = 0
        }
    }
}
