// Trains a compiled model: forward and training programs on a device (CPU or CUDA), seeded initialisation,
// the spec's optimizer, evaluation each epoch and model selection by validation accuracy.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNDiagnostics
import GNNData
import GNNIR
import GNNPasses
import GNNCodegen
import GNNRuntime
import GNNCompiler
import GNNExecution

/// The trainer consumes GNNData's dataset directly; the name says what it is used for here.
public typealias TrainingData = Dataset

public struct EpochLog: Sendable {
    public var epoch: Int
    public var loss: Float
    public var trainAccuracy: Double
    public var valAccuracy: Double
    /// The train block's loss on the validation nodes (evaluation mode): breaks ties in model selection.
    public var valLoss: Float
    public var testAccuracy: Double
    /// The training step: forward, backward and the optimizer update.
    public var seconds: Double
    /// The evaluation forward pass (inference on the whole graph, dropout off).
    public var inferenceSeconds: Double
    /// f16 training: the loss scale the step ran with, and whether its gradients overflowed (the
    /// update was then skipped and the scale halved).
    public var lossScale: Float? = nil
    public var skipped = false
}

public struct RunResult: Sendable {
    public var seed: UInt64
    public var epochs: [EpochLog]
    public var bestEpoch: Int
    public var bestValAccuracy: Double
    public var bestValLoss: Float = .infinity
    /// Test accuracy at the epoch of best validation accuracy (the first such epoch).
    public var testAccuracyAtBestVal: Double
    public var finalTestAccuracy: Double
    /// The parameters and optimizer state after the last epoch (what `--save` writes).
    public var final: Checkpoint?
    /// f16 training: the loss scaler after the last epoch.
    public var lossScaler: LossScaler?
}

public final class Trainer {
    public let forward: GraphModule
    public let training: GraphModule
    public let forwardExecutable: any ProgramExecutable
    public let trainingExecutable: any ProgramExecutable
    public let compileSeconds: Double
    /// Storage precision of both programs' activations (`--precision`, else the train block).
    public let precision: Precision
    /// The model dimensions the plans were bound to.
    public let dims: [String: Int]
    public let target: Target
    /// What the plans emitted and the device loaded: the evaluation (inference) and training programs.
    public let emitted: (inference: EmittedProgram, training: EmittedProgram)
    /// The model's inputs as the front end declared them (with their places in the spec).
    let modelInputs: [Operation]

    /// Plans both programs (fused) for the device's target with the dataset's dimensions (`F =
    /// 1433`, `C = 7` on Cora, which let transform-before-aggregate decide where a product narrows;
    /// the programs stay correct for any data) and loads them through the kernel cache. The
    /// inference plan gives the forward program, the training plan the forward, loss and backward;
    /// `gnnc compile --emit c|cu [--backward] --dims ...` prints exactly these sources.
    public convenience init(model: GraphModule, device: CPUDevice, dims: [String: Int] = [:]) throws {
        try self.init(model: model, on: .cpu(device), dims: dims)
    }

    ///
    /// `precision` (nil: the train block's) stores activations in f16 or bf16; f16 training also
    /// takes a `loss_scale` input (see LossScaler).
    public init(model: GraphModule, on device: ExecutionDevice, dims: [String: Int] = [:], precision: Precision? = nil,
                faults: Set<String> = []) throws {
        let start = MonotonicClock.seconds()
        var options = PlanOptions(target: device.target, mode: .inference, precision: precision, dims: dims, faults: faults)
        let (forwardProgram, forwardGraph) = try Pipeline.emit(model, options)
        options.mode = .training
        let (trainingProgram, trainingGraph) = try Pipeline.emit(model, options)
        self.precision = Pipeline.plan(for: model, options).precision
        self.dims = dims
        target = device.target
        emitted = (forwardProgram, trainingProgram)
        forward = forwardGraph
        training = trainingGraph
        modelInputs = model.ops.filter { $0.opcode == .input }
        forwardExecutable = try device.load(forwardProgram)
        trainingExecutable = try device.load(trainingProgram)
        compileSeconds = MonotonicClock.seconds() - start
    }

    /// Model dimensions bound from the data: a dimension of x is the feature count, one of the
    /// edge input the edge feature count, one of the result the class count.
    public static func bindDims(_ m: GraphModule, features: Int, classes: Int, edgeFeatures: Int = 0) throws -> [String: Int] {
        try DatasetInputs.bindDims(m, features: features, classes: classes, edgeFeatures: edgeFeatures)
    }

    /// A diagnostic, at its declaration, for every input of `model` the dataset does not provide
    /// (DatasetInputs): its buffer would stay zeros and the model would train on them without a word.
    public static func unboundInputs(_ model: GraphModule, data: TrainingData) -> [Diagnostic] {
        unboundInputs(model.ops.filter { $0.opcode == .input }, model: model.name, data: data)
    }

    static func unboundInputs(_ inputs: [Operation], model: String, data: TrainingData) -> [Diagnostic] {
        DatasetInputs.problems(inputs, model: model, data: data)
    }

    /// Checks a resumed run's counts (a checkpoint built in code is not validated by Checkpoint.read)
    /// and that `epochs` more stay within Checkpoint.maxEpochs, so epoch numbers cannot overflow.
    public static func checkEpochs(resumedEpoch first: Int, step: Int, epochs: Int) throws(TrainingError) {
        let limit = Checkpoint.maxEpochs
        guard (0...limit).contains(first) else { throw .epochsOutOfRange("the checkpoint's epoch \(first) is outside 0...\(limit)") }
        guard (0...first).contains(step) else { throw .epochsOutOfRange("the checkpoint's step \(step) is outside 0...\(first) (its epoch)") }
        guard epochs >= 0 else { throw .epochsOutOfRange("cannot train \(epochs) epochs") }
        let (total, overflow) = first.addingReportingOverflow(epochs)
        guard !overflow && total <= limit else {
            throw .epochsOutOfRange("cannot train \(epochs) epoch\(epochs == 1 ? "" : "s")" + (first > 0 ? " after the checkpoint's \(first)" : "")
                                    + ": a run counts at most \(limit) epochs in all")
        }
    }

    /// The train block's loss: what the training program minimises and the evaluation reports.
    public var lossKind: LossKind { forward.train["loss"]?.asIdent.flatMap(LossKind.init(rawValue:)) ?? .crossEntropy }

    /// The spec's optimizer (`adam`, `sgd`): what `--save` records and `--load` requires.
    public var optimizerKind: String { forward.train["optimizer"]?.asIdent ?? "adam" }

    var trainSettings: [String: Double] {
        var out: [String: Double] = [:]
        for (k, v) in forward.train { if let d = v.asDouble { out[k] = d } }
        return out
    }

    /// The group `param_groups` puts `param` in: its overrides, or nil when it is in none.
    func group(of param: String) -> [String: Double]? {
        guard case .list(let groups)? = forward.train["param_groups"] else { return nil }
        for case .list(let fields) in groups {
            guard case .list(let names)? = fields.first,
                  names.contains(where: { $0.asIdent.map { ParamScope.covers($0, param) } ?? false }) else { continue }
            var overrides: [String: Double] = [:]
            for i in stride(from: 1, to: fields.count - 1, by: 2) {
                if let k = fields[i].asIdent, let v = fields[i + 1].asDouble { overrides[k] = v }
            }
            return overrides
        }
        return nil
    }

    /// A parameter's hyper-parameters and whether it decays: its group's overrides of the
    /// optimizer's; a group that sets weight_decay decays its parameters whatever weight_decay_on says.
    public func hyperParameters(_ param: String, _ base: OptimizerConfig) -> (OptimizerConfig, decay: Bool) {
        guard let overrides = group(of: param) else { return (base, inDecayScope(param)) }
        return (base.overridden(by: overrides), overrides["weight_decay"] != nil || inDecayScope(param))
    }

    func inDecayScope(_ param: String) -> Bool {
        guard case .list(let scope)? = forward.train["weight_decay_on"] else { return true }
        return scope.contains { item in
            guard let s = item.asIdent else { return false }
            return ParamScope.covers(s, param)
        }
    }

    /// The bytes both programs' buffers take on `data`, and the training program's saved activations.
    public func memory(for data: TrainingData) throws -> (forward: MemoryAccount, training: MemoryAccount) {
        let (graph, dims) = try bind(data)
        let arrays = GraphArrays(graph)
        func account(_ p: KernelProgram) throws -> MemoryAccount { MemoryAccount.of(p, counts: try p.elementCounts(arrays, dims)) }
        return (try account(forwardExecutable.program), try account(trainingExecutable.program))
    }

    /// The concrete shape of every parameter on `data` (model dimensions bound from it).
    public func parameterShapes(for data: TrainingData) throws -> [String: [Int]] { try shapes(of: .param, for: data) }

    /// The concrete shape of every state value (batch_norm's running statistics) on `data`.
    public func stateShapes(for data: TrainingData) throws -> [String: [Int]] { try shapes(of: .state, for: data) }

    func shapes(of opcode: Opcode, for data: TrainingData) throws -> [String: [Int]] {
        let (graph, dims) = try bind(data)
        var out: [String: [Int]] = [:]
        for p in forward.ops where p.opcode == opcode { out[p.name ?? ""] = try p.type.concreteShape(graph, dims: dims) }
        return out
    }

    func bind(_ data: TrainingData) throws -> (GraphData, [String: Int]) {
        let dims = try Trainer.bindDims(forward, features: data.numFeatures, classes: data.numClasses, edgeFeatures: data.numEdgeFeatures)
        let graph = GraphData(numNodes: data.numNodes, src: data.src, dst: data.dst)
            .applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        return (graph, dims)
    }

    /// Trains `epochs` epochs from seeded initial parameters, or from `resume` (parameters and
    /// optimizer state, checked against the spec beforehand). With 0 epochs it only evaluates:
    /// one log at epoch 0, whose loss is the train block's loss of the evaluation outputs on the training nodes.
    ///
    /// f16 training scales the loss gradient, starting at `initialLossScale` (default
    /// LossScaler.defaultInitial), divides the scale out of the parameter gradients, and skips the
    /// update of a step whose gradients are not all finite.
    ///
    /// Refused before anything runs (TrainingError): a model input the data does not provide, and
    /// epoch counts beyond Checkpoint.maxEpochs. Stops with TrainingError.lossNotFinite at an f32
    /// or bf16 loss that is not finite, before that epoch's update (and at an evaluation-only run's).
    public func train(_ data: TrainingData, epochs: Int, seed: UInt64, resume: Checkpoint? = nil, initialLossScale: Float? = nil,
                      progress: (EpochLog) -> Void = { _ in }) throws -> RunResult {
        let unbound = Trainer.unboundInputs(modelInputs, model: forward.name, data: data)
        guard unbound.isEmpty else { throw TrainingError.unboundInputs(unbound) }
        try Trainer.checkEpochs(resumedEpoch: resume?.epoch ?? 0, step: resume?.step ?? 0, epochs: epochs)
        let (graph, dims) = try bind(data)
        let arrays = GraphArrays(graph)
        let evalSession = try forwardExecutable.makeSession(graph: arrays, dims: dims)
        let trainSession = try trainingExecutable.makeSession(graph: arrays, dims: dims)
        let features = forward.train["normalize_features"]?.asIdent == "true" ? data.normalizedFeatures() : data.features
        try evalSession.bind("x", features)
        try trainSession.bind("x", features)
        if let edge = DatasetInputs.edgeInput(modelInputs), let name = DatasetInputs.name(edge) {
            // The edge rows follow the edges through the self-loop setting, as the graph did.
            let values = GraphData(numNodes: data.numNodes, src: data.src, dst: data.dst)
                .edgeValuesApplyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent, data.edgeFeatures, width: data.numEdgeFeatures,
                                             fill: SelfLoopFill(forward.graphSettings["self_loop_fill"]))
            try evalSession.bind(name, values)
            try trainSession.bind(name, values)
        }
        try trainSession.bind("labels", data.labels.map(Float.init))
        var mask = [Float](repeating: 0, count: data.numNodes)
        for i in data.trainIndex { mask[i] = 1 }
        try trainSession.bind("train_mask", mask)

        let params = forward.ops.filter { $0.opcode == .param }
        let names = IRPrinter.valueNames(training)
        var gradResult: [String: Int] = [:]
        for (k, r) in training.results.enumerated() where names[r.index].hasPrefix("%grad.") {
            gradResult[String(names[r.index].dropFirst(6))] = k
        }
        guard params.allSatisfy({ gradResult[$0.name!] != nil }) else {
            throw ExecutionError("the training program lacks a gradient for some parameter of \(forward.name)")
        }
        var shapes: [String: [Int]] = [:]
        for p in params {
            let shape = try p.type.concreteShape(graph, dims: dims)
            shapes[p.name!] = shape
            let bindings = dims.mapValues { Dim($0) }.merging(["N": Dim(graph.numNodes), "E": Dim(graph.numEdges)]) { $1 }
            let values = resume?.params[p.name!]?.values
                ?? ParamInitializer.values(p, shape: shape, seed: seed) { $0.substituting(bindings)?.constantValue }
            try trainSession.bind(p.name!, values)
            try evalSession.bind(p.name!, values)
        }
        // Model state (running statistics): initialised like parameters, or resumed; not trained.
        // Each training step's program returns its next value (at the result stateResults names),
        // which both sessions bind before their next run: evaluation uses the statistics training
        // left, and an evaluation run never changes them.
        let states = try stateBindings(graph, dims, seed: seed, resume: resume)
        for s in states {
            try trainSession.bind(s.name, s.initial)
            try evalSession.bind(s.name, s.initial)
        }
        let kind = optimizerKind
        let optimizer = Optimizer(OptimizerConfig(train: trainSettings, kind: kind))
        // Each parameter's hyper-parameters, resolved once: its group's, else the optimizer's.
        let hyper = Dictionary(uniqueKeysWithValues: params.map { ($0.name!, hyperParameters($0.name!, optimizer.config)) })
        if let r = resume { optimizer.restore(steps: r.step, state: r.optimizerState) }
        var result = RunResult(seed: seed, epochs: [], bestEpoch: 0, bestValAccuracy: -1, testAccuracyAtBestVal: 0, finalTestAccuracy: 0)
        var scaler = precision == .f16 ? LossScaler(initial: resume?.lossScale ?? initialLossScale ?? LossScaler.defaultInitial) : nil
        if epochs == 0 {
            let log = try evaluateOnly(evalSession, data)
            guard log.loss.isFinite else { throw TrainingError.lossNotFinite(epoch: 0, loss: log.loss, precision: precision) }
            record(log, into: &result, progress: progress)
        }
        // A resumed run continues the epoch count and the dropout stream of the run it came from,
        // so training N epochs, saving and resuming for M gives the same result as N + M at once.
        let streamSeed = resume?.seed ?? seed, firstEpoch = resume?.epoch ?? 0
        // The schedule counts the epochs of the whole run, a resumed one included (a plateau
        // schedule's state is not saved: it starts over on resume).
        var schedule = LRSchedule(train: forward.train)
        let baseLR = optimizer.config.lr
        for step in 1...max(epochs, 1) where epochs > 0 {
            if Interrupt.isRequested { throw Interrupted() }
            let epoch = firstEpoch + step
            let lrFactor = schedule.factor(epoch: epoch, baseLR: baseLR)
            func scheduled(_ c: OptimizerConfig) -> OptimizerConfig { var c = c; c.lr *= lrFactor; return c }
            let start = MonotonicClock.seconds()
            let scale = scaler?.scale
            if let scale { try trainSession.bind("loss_scale", [scale]) }
            try trainSession.run(seed: Trainer.stepSeed(streamSeed, epoch), training: true)
            let loss = try trainSession.result(1)[0]
            // The forward pass ran whatever the update does (a skipped f16 step included, as in
            // PyTorch, whose running statistics change in the forward).
            for s in states {
                let next = try trainSession.result(s.result)
                try trainSession.bind(s.name, next)
                try evalSession.bind(s.name, next)
            }
            // Without a loss scale nothing skips the step: NaN gradients would reach every
            // parameter and the run would report chance accuracy as a result.
            if scaler == nil && !loss.isFinite { throw TrainingError.lossNotFinite(epoch: epoch, loss: loss, precision: precision) }
            var skipped = false
            if let scale {
                // Unscale every gradient first: the step is applied only if all of them are finite.
                var grads: [String: [Float]] = [:]
                var finite = true
                for p in params {
                    let g = try trainSession.result(gradResult[p.name!]!).map { $0 / scale }
                    finite = finite && g.allSatisfy(\.isFinite)
                    grads[p.name!] = g
                }
                skipped = !scaler!.step(finite: finite)
                if !skipped {
                    optimizer.beginStep()
                    for p in params {
                        try grads[p.name!]!.withUnsafeBufferPointer { grad in
                            let (config, decay) = hyper[p.name!]!
                            try trainSession.updateParameter(p.name!) { optimizer.update(p.name!, param: $0, grad: grad, decay: decay, with: scheduled(config)) }
                        }
                    }
                }
            } else {
                optimizer.beginStep()
                for p in params {
                    let name = p.name!
                    guard let k = gradResult[name] else { continue }
                    try trainSession.withResult(k) { grad in
                        let (config, decay) = hyper[name]!
                        try trainSession.updateParameter(name) { param in
                            optimizer.update(name, param: param, grad: grad, decay: decay, with: scheduled(config))
                        }
                    }
                }
            }
            let seconds = MonotonicClock.seconds() - start
            for p in params { try evalSession.bind(p.name!, trainSession.parameter(p.name!)) }
            let inferenceStart = MonotonicClock.seconds()
            try evalSession.run(seed: 0, training: false)
            let log = try evalSession.withResult(0) { logits in
                let inferenceSeconds = MonotonicClock.seconds() - inferenceStart
                return EpochLog(epoch: epoch, loss: loss,
                                trainAccuracy: Trainer.accuracy(logits, data.labels, data.trainIndex, data.numClasses),
                                valAccuracy: Trainer.accuracy(logits, data.labels, data.valIndex, data.numClasses),
                                valLoss: Trainer.loss(lossKind, logits, data.labels, data.valIndex, data.numClasses),
                                testAccuracy: Trainer.accuracy(logits, data.labels, data.testIndex, data.numClasses),
                                seconds: seconds, inferenceSeconds: inferenceSeconds, lossScale: scale, skipped: skipped)
            }
            schedule.observe(valLoss: Double(log.valLoss), baseLR: baseLR)
            record(log, into: &result, progress: progress)
        }
        var state: [String: Checkpoint.Tensor] = [:]
        var optimizerState: [String: [String: [Float]]] = [:]
        for p in params {
            let name = p.name!
            state[name] = Checkpoint.Tensor(shape: shapes[name]!, values: try trainSession.parameter(name))
            optimizerState[name] = optimizer.state(of: name)
        }
        var modelState: [String: Checkpoint.Tensor] = [:]
        for s in states { modelState[s.name] = Checkpoint.Tensor(shape: s.shape, values: try trainSession.parameter(s.name)) }
        result.lossScaler = scaler
        // Skipped f16 steps leave the optimizer's step count behind the epochs trained.
        result.final = Checkpoint(model: forward.name, params: state, optimizerKind: kind, optimizerState: optimizerState,
                                  step: optimizer.steps, seed: streamSeed, epoch: firstEpoch + epochs, lossScale: scaler?.scale,
                                  modelState: modelState)
        return result
    }

    /// Each state value of the model: its name, shape, starting values (its initializer's, or the
    /// checkpoint's) and the training program's result that holds its next value.
    func stateBindings(_ graph: GraphData, _ dims: [String: Int], seed: UInt64, resume: Checkpoint?)
        throws -> [(name: String, shape: [Int], initial: [Float], result: Int)] {
        let inTraining = Dictionary(training.stateResults.map { ($0.op.name ?? "", $0.result) }) { a, _ in a }
        let bindings = dims.mapValues { Dim($0) }.merging(["N": Dim(graph.numNodes), "E": Dim(graph.numEdges)]) { $1 }
        return try forward.ops.filter { $0.opcode == .state }.map { op in
            let name = op.name ?? ""
            guard let result = inTraining[name] else { throw ExecutionError("the training program does not return the next value of state \(name)") }
            let shape = try op.type.concreteShape(graph, dims: dims)
            let initial = resume?.modelState[name]?.values
                ?? ParamInitializer.values(op, shape: shape, seed: seed) { $0.substituting(bindings)?.constantValue }
            return (name, shape, initial, result)
        }
    }

    /// Model selection: the first epoch with the best validation accuracy gives the reported test accuracy.
    func record(_ log: EpochLog, into result: inout RunResult, progress: (EpochLog) -> Void) {
        if Trainer.selects(accuracy: log.valAccuracy, loss: log.valLoss, over: (result.bestValAccuracy, result.bestValLoss)) {
            result.bestValAccuracy = log.valAccuracy
            result.bestValLoss = log.valLoss
            result.bestEpoch = log.epoch
            result.testAccuracyAtBestVal = log.testAccuracy
        }
        result.finalTestAccuracy = log.testAccuracy
        result.epochs.append(log)
        progress(log)
    }

    /// Model selection: a higher validation accuracy wins; among epochs that tie on it (500
    /// validation nodes tie often) the lower validation loss, as the GAT reference implementation
    /// selects; a full tie keeps the earlier epoch.
    public static func selects(accuracy: Double, loss: Float, over best: (accuracy: Double, loss: Float)) -> Bool {
        accuracy > best.accuracy || (accuracy == best.accuracy && loss < best.loss)
    }

    /// One evaluation pass with the bound parameters, logged as epoch 0.
    func evaluateOnly(_ session: any ProgramSession, _ data: TrainingData) throws -> EpochLog {
        let start = MonotonicClock.seconds()
        try session.run(seed: 0, training: false)
        return try session.withResult(0) { logits in
            let seconds = MonotonicClock.seconds() - start
            return EpochLog(epoch: 0, loss: Trainer.loss(lossKind, logits, data.labels, data.trainIndex, data.numClasses),
                            trainAccuracy: Trainer.accuracy(logits, data.labels, data.trainIndex, data.numClasses),
                            valAccuracy: Trainer.accuracy(logits, data.labels, data.valIndex, data.numClasses),
                            valLoss: Trainer.loss(lossKind, logits, data.labels, data.valIndex, data.numClasses),
                            testAccuracy: Trainer.accuracy(logits, data.labels, data.testIndex, data.numClasses),
                            seconds: 0, inferenceSeconds: seconds)
        }
    }

    /// The mean of `kind`'s term over the nodes of `index`, in Double: the loss the training program
    /// computes, here of the evaluation outputs (LossKind.term, as the float64 reference has it).
    static func loss(_ kind: LossKind, _ outputs: UnsafeBufferPointer<Float>, _ labels: [Int32], _ index: [Int], _ classes: Int) -> Float {
        guard !index.isEmpty else { return 0 }
        var total = 0.0
        for v in index {
            let row = (0..<classes).map { Double(outputs[v * classes + $0]) }
            total += kind.term(row[...], label: Int(labels[v]))
        }
        return Float(total / Double(index.count))
    }

    static func stepSeed(_ seed: UInt64, _ epoch: Int) -> UInt64 {
        ParamInitializer.hash("step") ^ (seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(epoch))
    }

    static func accuracy(_ logits: UnsafeBufferPointer<Float>, _ labels: [Int32], _ index: [Int], _ classes: Int) -> Double {
        guard !index.isEmpty else { return 0 }
        var correct = 0
        for v in index {
            var best = 0
            for c in 1..<classes where logits[v * classes + c] > logits[v * classes + best] { best = c }
            if best == Int(labels[v]) { correct += 1 }
        }
        return Double(correct) / Double(index.count)
    }
}
