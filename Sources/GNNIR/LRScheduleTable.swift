// The learning-rate schedules the train block offers, each with its arguments and defaults: read by the front end (checking) and the trainer (running).

public enum LRScheduleTable {
    /// PyTorch's schedulers: StepLR (`step`), CosineAnnealingLR (`cosine`), ReduceLROnPlateau
    /// (`plateau`, mode min on the validation loss). Defaults as PyTorch's; nil: required.
    public static let arguments: [String: [(name: String, defaultValue: Double?)]] = [
        "step": [("step_size", nil), ("gamma", 0.1)],
        "cosine": [("t_max", nil), ("eta_min", 0)],
        "plateau": [("factor", 0.1), ("patience", 10), ("threshold", 1e-4), ("min_lr", 0)],
    ]
}
