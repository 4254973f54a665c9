// Trains a graph classifier (a model returning graph[C]): mini-batches of whole graphs packed
// block-diagonally, run through the Trainer's programs, parameters and optimizer state on the host.
import GNNData
import GNNIR
import GNNRuntime
import GNNExecution

extension Trainer {
    /// Whether the model returns graph logits (`graph[C]`).
    public var isGraphClassifier: Bool { forward.results.first.map { forward.type(of: $0).domain == .graph } ?? false }

    /// The train block's `batch_size` (graphs per training step), default 32.
    public var graphBatchSize: Int { max(forward.train["batch_size"]?.asInt ?? 32, 1) }

    /// Trains `epochs` epochs from seeded parameters. Each epoch shuffles the training graphs
    /// (seeded by `seed` and the epoch) and takes one optimizer step per batch of `graphBatchSize`
    /// graphs (the loss: the mean over the batch's graphs); then it evaluates the training,
    /// validation and test graphs with dropout off (batches of the same size) and selects the
    /// epoch as the node trainer does. An epoch's `seconds` is its training steps, its
    /// `inferenceSeconds` the evaluation of the test graphs.
    public func train(_ data: GraphCollection, split: GraphSplit, epochs: Int, seed: UInt64,
                      progress: (EpochLog) -> Void = { _ in }) throws -> RunResult {
        guard precision != .f16 else {
            throw TrainingError.unsupportedOption("f16 training of a graph classifier is not supported (it needs loss scaling per batch); use --precision bf16 or f32")
        }
        try Trainer.checkEpochs(resumedEpoch: 0, step: 0, epochs: epochs)
        let x = forward.train["normalize_features"]?.asIdent == "true" ? data.normalizedFeatures() : data.features
        var host = try initialHostState(seed: seed)
        let params = forward.ops.filter { $0.opcode == .param }.map { $0.name ?? "" }
        let gradResult = try gradientResults(params)
        let optimizer = Optimizer(OptimizerConfig(train: trainSettings, kind: optimizerKind))
        let hyper = Dictionary(uniqueKeysWithValues: params.map { ($0, hyperParameters($0, optimizer.config)) })
        var schedule = LRSchedule(train: forward.train)
        let baseLR = optimizer.config.lr
        var result = RunResult(seed: seed, epochs: [], bestEpoch: 0, bestValAccuracy: -1, testAccuracyAtBestVal: 0, finalTestAccuracy: 0)
        var step = 0
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            if Interrupt.isRequested { throw Interrupted() }
            let lrFactor = schedule.factor(epoch: epoch, baseLR: baseLR)
            let start = MonotonicClock.seconds()
            var lossSum = 0.0
            for ids in batches(shuffled(split.train, seed: seed, epoch: epoch)) {
                step += 1
                let session = try batchSession(trainingExecutable, data, ids, x, &host)
                try session.bind("train_mask", [Float](repeating: 1, count: ids.count))
                try session.run(seed: Trainer.stepSeed(seed, step), training: true)
                let loss = try session.result(1)[0]
                guard loss.isFinite else { throw TrainingError.lossNotFinite(epoch: epoch, loss: loss, precision: precision) }
                lossSum += Double(loss) * Double(ids.count)
                for (name, k) in try stateResults() { host.states[name] = try session.result(k) }
                optimizer.beginStep()
                for name in params {
                    guard let k = gradResult[name] else { continue }
                    let (config, decay) = hyper[name] ?? (optimizer.config, true)
                    var scheduled = config
                    scheduled.lr *= lrFactor
                    try session.withResult(k) { grad in
                        host.params[name, default: []].withUnsafeMutableBufferPointer { p in
                            optimizer.update(name, param: p, grad: grad, decay: decay, with: scheduled)
                        }
                    }
                }
            }
            let seconds = MonotonicClock.seconds() - start
            let train = try evaluate(data, split.train, x, &host)
            let val = try evaluate(data, split.val, x, &host)
            let inferenceStart = MonotonicClock.seconds()
            let test = try evaluate(data, split.test, x, &host)
            let log = EpochLog(epoch: epoch, loss: Float(lossSum / Double(max(split.train.count, 1))), trainAccuracy: train.accuracy,
                               valAccuracy: val.accuracy, valLoss: val.loss, testAccuracy: test.accuracy, seconds: seconds,
                               inferenceSeconds: MonotonicClock.seconds() - inferenceStart)
            schedule.observe(valLoss: Double(log.valLoss), baseLR: baseLR)
            record(log, into: &result, progress: progress)
        }
        var state: [String: Checkpoint.Tensor] = [:], optimizerState: [String: [String: [Float]]] = [:]
        for name in params {
            state[name] = Checkpoint.Tensor(shape: host.shapes[name] ?? [], values: host.params[name] ?? [])
            optimizerState[name] = optimizer.state(of: name)
        }
        var modelState: [String: Checkpoint.Tensor] = [:]
        for (name, values) in host.states { modelState[name] = Checkpoint.Tensor(shape: host.shapes[name] ?? [], values: values) }
        result.final = Checkpoint(model: forward.name, params: state, optimizerKind: optimizerKind, optimizerState: optimizerState,
                                  step: optimizer.steps, seed: seed, epoch: epochs, lossScale: nil, modelState: modelState)
        return result
    }

    /// Parameters, model state and their shapes, on the host between batches.
    struct HostState {
        var params: [String: [Float]] = [:]
        var states: [String: [Float]] = [:]
        var shapes: [String: [Int]] = [:]
        /// The session of each program (by executable), reused from batch to batch.
        var sessions: [ObjectIdentifier: any ProgramSession] = [:]
    }

    func initialHostState(seed: UInt64) throws -> HostState {
        // Parameters and state are global values: no graph axis, so any graph gives their shapes.
        let one = GraphData(numNodes: 1, src: [], dst: [])
        var host = HostState()
        let bindings = dims.mapValues { Dim($0) }
        for p in forward.ops where p.opcode == .param {
            let shape = try p.type.concreteShape(one, dims: dims)
            host.shapes[p.name ?? ""] = shape
            host.params[p.name ?? ""] = ParamInitializer.values(p, shape: shape, seed: seed) { $0.substituting(bindings)?.constantValue }
        }
        for s in try stateBindings(one, dims, seed: seed, resume: nil) {
            host.states[s.name] = s.initial
            host.shapes[s.name] = s.shape
        }
        return host
    }

    func gradientResults(_ params: [String]) throws -> [String: Int] {
        let names = IRPrinter.valueNames(training)
        var out: [String: Int] = [:]
        for (k, r) in training.results.enumerated() where names[r.index].hasPrefix("%grad.") { out[String(names[r.index].dropFirst(6))] = k }
        guard params.allSatisfy({ out[$0] != nil }) else {
            throw ExecutionError("the training program lacks a gradient for some parameter of \(forward.name)")
        }
        return out
    }

    func stateResults() throws -> [(String, Int)] {
        training.stateResults.map { ($0.op.name ?? "", $0.result) }
    }

    /// A session of `executable` on the batch `ids`: the packed graph (with the spec's self-loop
    /// setting), its features and labels, the host's parameters and state bound. `host.sessions`
    /// keeps one session per program, pointed at each new batch while its buffers can hold it
    /// (ProgramSession.setGraph), and replaced by one made for the batch when they cannot.
    func batchSession(_ executable: any ProgramExecutable, _ data: GraphCollection, _ ids: [Int], _ x: [Float],
                      _ host: inout HostState) throws -> any ProgramSession {
        let b = data.batch(ids, features: x)
        let arrays = GraphArrays(b.graph.applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent))
        let key = ObjectIdentifier(executable)
        let session: any ProgramSession
        if let kept = host.sessions[key], try kept.setGraph(arrays) {
            session = kept
        } else {
            session = try executable.makeSession(graph: arrays, dims: dims)
            host.sessions[key] = session
        }
        let unbound = Set(session.unbound)
        try session.bind("x", b.features)
        if unbound.contains("labels") { try session.bind("labels", b.labels.map(Float.init)) }
        for (name, values) in host.params where unbound.contains(name) { try session.bind(name, values) }
        for (name, values) in host.states where unbound.contains(name) { try session.bind(name, values) }
        return session
    }

    /// Accuracy and mean loss of the graphs `ids` in evaluation mode.
    func evaluate(_ data: GraphCollection, _ ids: [Int], _ x: [Float], _ host: inout HostState) throws -> (accuracy: Double, loss: Float) {
        guard !ids.isEmpty else { return (0, 0) }
        var correct = 0.0, loss = 0.0
        for chunk in batches(ids) {
            let session = try batchSession(forwardExecutable, data, chunk, x, &host)
            try session.run(seed: 0, training: false)
            let labels = chunk.map { data.labels[$0] }
            let all = Array(0..<chunk.count)
            try session.withResult(0) { logits in
                correct += Trainer.accuracy(logits, labels, all, data.numClasses) * Double(chunk.count)
                loss += Double(Trainer.loss(lossKind, logits, labels, all, data.numClasses)) * Double(chunk.count)
            }
        }
        return (correct / Double(ids.count), Float(loss / Double(ids.count)))
    }

    func batches(_ ids: [Int]) -> [[Int]] {
        stride(from: 0, to: ids.count, by: graphBatchSize).map { Array(ids[$0..<min($0 + graphBatchSize, ids.count)]) }
    }

    /// The training graphs in this epoch's order: a SplitMix64 Fisher–Yates shuffle seeded by run and epoch.
    func shuffled(_ ids: [Int], seed: UInt64, epoch: Int) -> [Int] {
        var out = ids
        var rng = SplitMix64(state: Trainer.stepSeed(seed, epoch) ^ 0x5348_5546)
        if out.count > 1 { for i in stride(from: out.count - 1, through: 1, by: -1) { out.swapAt(i, rng.int(i + 1)) } }
        return out
    }
}
