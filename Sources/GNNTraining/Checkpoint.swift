// Training checkpoints: parameters and optimizer state as safetensors, checked against the spec on load.
import GNNDiagnostics
import GNNRuntime
import GNNCompiler
import GNNExecution

/// One model's trained state. Tensor names in the file: the parameter's IR name (`conv1.W`) and,
/// for its optimizer state, `optimizer.exp_avg.<name>` / `optimizer.exp_avg_sq.<name>` (Adam) or
/// `optimizer.momentum_buffer.<name>` (SGD), as in PyTorch's state dicts. Metadata (strings):
/// `format` = `pt`, `gnnc.model`, `gnnc.optimizer`, `gnnc.step` (optimizer steps taken), `gnnc.seed`,
/// `gnnc.epoch` (epochs trained: more than the steps when f16 training skipped some; absent means
/// equal) and `gnnc.loss_scale` (f16 training's loss scale, to resume it; absent otherwise).
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
    public var seed: UInt64
    /// Epochs trained (the dropout stream and epoch numbers continue from here).
    public var epoch: Int
    public var lossScale: Float?

    public init(model: String, params: [String: Tensor], optimizerKind: String, optimizerState: [String: [String: [Float]]],
                step: Int, seed: UInt64, epoch: Int? = nil, lossScale: Float? = nil) {
        self.model = model; self.params = params; self.optimizerKind = optimizerKind; self.optimizerState = optimizerState
        self.step = step; self.seed = seed; self.epoch = epoch ?? step; self.lossScale = lossScale
    }

    static let optimizerPrefix = "optimizer."
    static let stateNames = ["exp_avg", "exp_avg_sq", "momentum_buffer"]

    public func write(to path: String) throws(SafeTensorsError) {
        var tensors: [SafeTensor] = []
        for (name, t) in params {
            tensors.append(SafeTensor(name: name, shape: t.shape, floats: t.values))
            for (state, values) in optimizerState[name] ?? [:] {
                tensors.append(SafeTensor(name: Checkpoint.optimizerPrefix + state + "." + name, shape: t.shape, floats: values))
            }
        }
        var metadata = ["format": "pt", "gnnc.model": model, "gnnc.optimizer": optimizerKind,
                        "gnnc.step": String(step), "gnnc.seed": String(seed), "gnnc.epoch": String(epoch)]
        if let lossScale { metadata["gnnc.loss_scale"] = String(lossScale) }
        try SafeTensors.write(tensors, metadata: metadata, to: path)
    }

    /// Reads `path` and checks it against the spec's parameters (`expected`: name -> shape): every
    /// parameter present with its shape, nothing else but their optimizer state. All mismatches
    /// are listed in one message.
    public static func read(_ path: String, model: String, expected: [String: [Int]]) throws(CheckpointError) -> Checkpoint {
        let file: (tensors: [SafeTensor], metadata: [String: String])
        do { file = try SafeTensors.read(path) } catch { throw CheckpointError(message: error.message) }
        var problems: [String] = []
        var params: [String: Tensor] = [:]
        var state: [String: [String: [Float]]] = [:]
        for t in file.tensors {
            guard let values = t.floats else { problems.append("\(t.name) is \(t.dtype.rawValue), expected F32"); continue }
            if let (kind, param) = splitStateName(t.name) {
                guard let shape = expected[param] else { problems.append("\(t.name) is optimizer state of \(param), which the spec does not have"); continue }
                guard shape == t.shape else { problems.append("\(t.name) has shape \(t.shape), the spec's \(param) is \(shape)"); continue }
                state[param, default: [:]][kind] = values
            } else if let shape = expected[t.name] {
                if shape == t.shape { params[t.name] = Tensor(shape: t.shape, values: values) }
                else { problems.append("parameter \(t.name) has shape \(t.shape), the spec needs \(shape)") }
            } else {
                problems.append("\(t.name) is not a parameter of \(model)")
            }
        }
        for name in expected.keys.sorted() where params[name] == nil && !problems.contains(where: { $0.hasPrefix("parameter \(name) ") }) {
            problems.append("parameter \(name) \(expected[name]!) is missing")
        }
        guard problems.isEmpty else {
            throw CheckpointError(message: "\(path): does not match the spec of \(model):\n  " + problems.joined(separator: "\n  "))
        }
        let step = file.metadata["gnnc.step"].flatMap { Int($0) } ?? 0
        return Checkpoint(model: file.metadata["gnnc.model"] ?? model, params: params,
                          optimizerKind: file.metadata["gnnc.optimizer"] ?? "", optimizerState: state,
                          step: step, seed: file.metadata["gnnc.seed"].flatMap { UInt64($0) } ?? 0,
                          epoch: file.metadata["gnnc.epoch"].flatMap { Int($0) },
                          lossScale: file.metadata["gnnc.loss_scale"].flatMap { Float($0) })
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
