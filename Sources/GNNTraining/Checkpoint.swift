// Training checkpoints: parameters and optimizer state as safetensors, checked against the spec on load.
import GNNDiagnostics
import GNNRuntime
import GNNCompiler
import GNNExecution

/// One model's trained state. Tensor names in the file: the parameter's IR name (`conv1.W`) and,
/// for its optimizer state, `optimizer.exp_avg.<name>` / `optimizer.exp_avg_sq.<name>` (Adam) or
/// `optimizer.momentum_buffer.<name>` (SGD), as in PyTorch's state dicts. Metadata (strings), each
/// checked on read (`validateMetadata`): `format` = `pt`, `gnnc.model` (the spec's model name),
/// `gnnc.optimizer` (`adam` or `sgd`), `gnnc.step` (optimizer steps taken), `gnnc.seed` (the dropout
/// stream's seed), `gnnc.epoch` (epochs trained: more than the steps when f16 training skipped
/// some; absent means equal) and `gnnc.loss_scale` (f16 training's loss scale, to resume it;
/// absent otherwise). A file without the `gnnc.*` keys (parameters saved by PyTorch) loads as a
/// fresh start from those parameters. Model state that is not trained (batch_norm's
/// `<instance>.running_mean` and `.running_var`, PyTorch's buffers) is saved under its IR name
/// beside the parameters, without optimizer state; PyTorch's `<instance>.num_batches_tracked`
/// beside them is ignored (momentum, not the count, weights the updates).
public struct Checkpoint: Sendable, Equatable {
    public struct Tensor: Sendable, Equatable {
        public var shape: [Int]
        public var values: [Float]
        public init(shape: [Int], values: [Float]) { self.shape = shape; self.values = values }
    }

    public var model: String
    public var params: [String: Tensor]
    public var optimizerKind: String
    /// Optimizer state per parameter, keyed by PyTorch's state names (`exp_avg`, `exp_avg_sq`, `momentum_buffer`).
    public var optimizerState: [String: [String: [Float]]]
    public var step: Int
    /// The dropout stream's seed; nil (a file without `gnnc.seed`): the run's own seed.
    public var seed: UInt64?
    /// Epochs trained (the dropout stream and epoch numbers continue from here).
    public var epoch: Int
    public var lossScale: Float?
    /// Model state by IR name (`bn1.running_mean`): not trained, so no optimizer state.
    public var modelState: [String: Tensor]

    public init(model: String, params: [String: Tensor], optimizerKind: String, optimizerState: [String: [String: [Float]]],
                step: Int, seed: UInt64?, epoch: Int? = nil, lossScale: Float? = nil, modelState: [String: Tensor] = [:]) {
        self.model = model; self.params = params; self.optimizerKind = optimizerKind; self.optimizerState = optimizerState
        self.step = step; self.seed = seed; self.epoch = epoch ?? step; self.lossScale = lossScale; self.modelState = modelState
    }

    static let optimizerPrefix = "optimizer."
    static let stateNames = ["exp_avg", "exp_avg_sq", "momentum_buffer"]
    /// Each optimizer's state names (Optimizer.state(of:)).
    static let optimizerStates = ["adam": ["exp_avg", "exp_avg_sq"], "sgd": ["momentum_buffer"]]

    /// The most epochs (and so optimizer steps) a checkpoint records, and a run counts in all
    /// (Trainer.checkEpochs). A billion epochs is beyond any full-batch run (11 days at a
    /// millisecond each); the bound keeps epoch numbers far from 64-bit overflow whatever is
    /// added to them, and below 2^32.
    public static let maxEpochs = 1_000_000_000

    public func write(to path: String) throws(SafeTensorsError) {
        var tensors: [SafeTensor] = []
        for (name, t) in params {
            tensors.append(SafeTensor(name: name, shape: t.shape, floats: t.values))
            for (state, values) in optimizerState[name] ?? [:] {
                tensors.append(SafeTensor(name: Checkpoint.optimizerPrefix + state + "." + name, shape: t.shape, floats: values))
            }
        }
        for (name, t) in modelState { tensors.append(SafeTensor(name: name, shape: t.shape, floats: t.values)) }
        var metadata = ["format": "pt", "gnnc.model": model, "gnnc.step": String(step), "gnnc.epoch": String(epoch)]
        // Empty for a checkpoint built in code without one: read back, "" would not be an optimizer.
        if !optimizerKind.isEmpty { metadata["gnnc.optimizer"] = optimizerKind }
        if let seed { metadata["gnnc.seed"] = String(seed) }
        if let lossScale { metadata["gnnc.loss_scale"] = String(lossScale) }
        try SafeTensors.write(tensors, metadata: metadata, to: path)
    }

    /// Reads `path` and checks it against the spec: every parameter (`expected`: name -> shape)
    /// and state value (`expectedState`) present with its shape, nothing else but the parameters'
    /// optimizer state, of the spec's optimizer (`optimizer`, when given), and the metadata
    /// (`validateMetadata`). All problems are listed in one message, each naming its tensor or
    /// metadata field.
    public static func read(_ path: String, model: String, expected: [String: [Int]], expectedState: [String: [Int]] = [:],
                            optimizer: String? = nil) throws(CheckpointError) -> Checkpoint {
        let file: (tensors: [SafeTensor], metadata: [String: String])
        do { file = try SafeTensors.read(path) } catch { throw CheckpointError(message: error.message) }
        var problems: [String] = []
        var params: [String: Tensor] = [:]
        var state: [String: [String: [Float]]] = [:]
        var modelState: [String: Tensor] = [:]
        for t in file.tensors {
            // PyTorch's BatchNorm1d saves its batch count (an integer) beside its running statistics.
            if t.name.hasSuffix(".num_batches_tracked"), expectedState[t.name.dropLast(20) + ".running_mean"] != nil { continue }
            guard let values = t.floats else { problems.append("\(t.name) is \(t.dtype.rawValue), expected F32"); continue }
            if let shape = expectedState[t.name] {
                if shape == t.shape { modelState[t.name] = Tensor(shape: t.shape, values: values) }
                else { problems.append("state \(t.name) has shape \(t.shape), the spec needs \(shape)") }
                continue
            }
            if let (kind, param) = splitStateName(t.name) {
                guard let shape = expected[param] else { problems.append("\(t.name) is optimizer state of \(param), which the spec does not have"); continue }
                guard shape == t.shape else { problems.append("\(t.name) has shape \(t.shape), the spec's \(param) is \(shape)"); continue }
                // The optimizer would ignore another optimizer's state and silently start from zeros.
                if let optimizer, let own = optimizerStates[optimizer], !own.contains(kind) {
                    problems.append("\(t.name) is \(kind) state, which the spec's \(optimizer) optimizer does not keep"); continue
                }
                state[param, default: [:]][kind] = values
            } else if let shape = expected[t.name] {
                if shape == t.shape { params[t.name] = Tensor(shape: t.shape, values: values) }
                else { problems.append("parameter \(t.name) has shape \(t.shape), the spec needs \(shape)") }
            } else {
                problems.append("\(t.name) is not a parameter of \(model)")
            }
        }
        for (name, shape) in expected.sorted(by: { $0.key < $1.key })
        where params[name] == nil && !problems.contains(where: { $0.hasPrefix("parameter \(name) ") }) {
            problems.append("parameter \(name) \(shape) is missing")
        }
        for (name, shape) in expectedState.sorted(by: { $0.key < $1.key })
        where modelState[name] == nil && !problems.contains(where: { $0.hasPrefix("state \(name) ") }) {
            problems.append("state \(name) \(shape) is missing")
        }
        let hasAdamState = state.values.contains { $0["exp_avg"] != nil || $0["exp_avg_sq"] != nil }
        let (metadata, metadataProblems) = validateMetadata(file.metadata, model: model, optimizer: optimizer, hasAdamState: hasAdamState)
        guard problems.isEmpty && metadataProblems.isEmpty else {
            let header = problems.isEmpty ? "invalid checkpoint metadata" : "does not match the spec of \(model)"
            throw CheckpointError(message: "\(path): \(header):\n  " + (metadataProblems + problems).joined(separator: "\n  "))
        }
        return Checkpoint(model: metadata.model ?? model, params: params, optimizerKind: metadata.optimizer ?? "",
                          optimizerState: state, step: metadata.step ?? 0, seed: metadata.seed, epoch: metadata.epoch,
                          lossScale: metadata.lossScale, modelState: modelState)
    }

    /// The `gnnc.*` metadata fields, each checked; nil where the file lacks the key.
    public struct Metadata: Sendable, Equatable {
        public var model: String?
        public var optimizer: String?
        public var step: Int?
        public var epoch: Int?
        public var seed: UInt64?
        public var lossScale: Float?
    }

    /// Checks every `gnnc.*` field of a checkpoint's metadata against the spec (`model`, its model
    /// name; `optimizer`, its optimizer kind when given) and returns the fields with one line per
    /// problem, naming the field and the value found. The rules:
    /// - `gnnc.model` must be the spec's model name (the parameter names of two models can agree);
    /// - `gnnc.optimizer` must be `adam` or `sgd`, and the spec's (moments cannot resume momentum);
    /// - `gnnc.step` and `gnnc.epoch` are decimal whole numbers from 0 to `maxEpochs`, and the step
    ///   no more than the epoch (one step per epoch, fewer when f16 skipped some);
    /// - `gnnc.seed` is a decimal UInt64; `gnnc.loss_scale` a finite float, at least the smallest
    ///   normal one (LossScaler never goes lower).
    /// Absent keys: a file PyTorch wrote has none, and loads as a fresh start from its parameters
    /// (step and epoch 0, the run's seed and loss scale, no model or optimizer check). Adam's state
    /// without `gnnc.step` is refused: its bias correction depends on the step count. Keys this
    /// version does not know are ignored, as are `format` and other tools' keys.
    public static func validateMetadata(_ m: [String: String], model: String, optimizer: String?,
                                        hasAdamState: Bool) -> (Metadata, [String]) {
        var out = Metadata()
        var problems: [String] = []
        func bad(_ key: String, _ expected: String) { problems.append("\(key) is \(quoted(m[key] ?? "")); expected \(expected)") }
        if let v = m["gnnc.model"] {
            if v == model { out.model = v } else { problems.append("gnnc.model is \(quoted(v)), but the spec's model is \(model)") }
        }
        if let v = m["gnnc.optimizer"] {
            if optimizerStates[v] == nil {
                bad("gnnc.optimizer", optimizerStates.keys.sorted().joined(separator: " or "))
            } else if let optimizer, v != optimizer {
                problems.append("gnnc.optimizer is \(quoted(v)): the checkpoint was saved by the \(v) optimizer, but the spec trains with \(optimizer)")
            } else {
                out.optimizer = v
            }
        }
        if m["gnnc.step"] != nil {
            out.step = count(m["gnnc.step"] ?? "")
            if out.step == nil { bad("gnnc.step", "a whole number of optimizer steps from 0 to \(maxEpochs)") }
        } else if hasAdamState {
            problems.append("gnnc.step is missing: Adam's moments (optimizer.exp_avg.*) need the step count for their bias correction")
        }
        if m["gnnc.epoch"] != nil {
            out.epoch = count(m["gnnc.epoch"] ?? "")
            if out.epoch == nil { bad("gnnc.epoch", "a whole number of epochs from 0 to \(maxEpochs)") }
        }
        if let step = out.step, let epoch = out.epoch, step > epoch {
            problems.append("gnnc.step is \(step), more than gnnc.epoch \(epoch): an epoch takes at most one optimizer step")
        }
        if let v = m["gnnc.seed"] {
            out.seed = isDecimal(v) ? UInt64(v) : nil
            if out.seed == nil { bad("gnnc.seed", "a whole number from 0 to \(UInt64.max)") }
        }
        if let v = m["gnnc.loss_scale"] {
            if let x = Float(v), x.isFinite, x >= .leastNormalMagnitude { out.lossScale = x }
            else { bad("gnnc.loss_scale", "a finite positive number, at least \(Float.leastNormalMagnitude)") }
        }
        return (out, problems)
    }

    /// A step or epoch count: decimal digits only (no sign, exponent or spaces), at most `maxEpochs`.
    static func count(_ text: String) -> Int? {
        guard isDecimal(text), text.utf8.count <= 10, let n = Int(text), n <= maxEpochs else { return nil }
        return n
    }

    static func isDecimal(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// A metadata value as the message shows it: quoted and escaped, cut after 40 characters (a
    /// hostile file's value could be megabytes).
    static func quoted(_ text: String) -> String {
        text.count > 40 ? String(reflecting: String(text.prefix(40))) + "..." : String(reflecting: text)
    }

    /// `optimizer.<state>.<param>` -> (state, param).
    static func splitStateName(_ name: String) -> (String, String)? {
        guard name.hasPrefix(optimizerPrefix) else { return nil }
        let rest = name.dropFirst(optimizerPrefix.count)
        for s in stateNames where rest.hasPrefix(s + ".") { return (s, String(rest.dropFirst(s.count + 1))) }
        return nil
    }
}

public struct CheckpointError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var message: String
    public var description: String { message }
    public var diagnostic: Diagnostic { Diagnostic(.checkpointInvalid, message, at: nil) }
}
