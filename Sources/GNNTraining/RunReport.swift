// `gnnc run`'s summary: per-run accuracies, mean and standard deviation, epoch times, and the
// documented JSON report.
import GNNIR
import GNNData
import GNNRuntime
import GNNCodegen
import GNNCompiler
import GNNExecution

/// One loaded program: its plan and a digest of the exact source the device compiled.
public struct ProgramRecord: Sendable {
    public var mode: String
    public var target: String
    public var dialect: String
    public var kernels: Int
    public var sourceBytes: Int
    public var sourceSHA256: String

    public init(mode: String, target: String, source: String, program: KernelProgram, dialect: String) {
        self.mode = mode; self.target = target; self.dialect = dialect; kernels = program.kernels.count
        sourceBytes = source.utf8.count
        sourceSHA256 = SHA256.hexDigest(source)
    }
}

/// The graph a run trained on: its sizes and what loading it found (docs/datasets.md).
public struct DatasetSummary: Sendable {
    public var name: String
    public var nodes: Int, edges: Int, features: Int, classes: Int, edgeFeatures: Int
    public var train: Int, val: Int, test: Int
    public var notes: [String]

    /// Graph classification: the number of graphs and of cross-validation folds (train, val and
    /// test then count graphs, of the first run's fold).
    public var graphs: Int?, folds: Int?

    public init(_ d: Dataset) {
        name = d.name; nodes = d.numNodes; edges = d.numEdges; features = d.numFeatures; classes = d.numClasses
        edgeFeatures = d.numEdgeFeatures; train = d.trainIndex.count; val = d.valIndex.count; test = d.testIndex.count; notes = d.notes
    }

    public init(_ d: GraphCollection, folds: Int?, split: GraphSplit) {
        name = d.name; nodes = d.numNodes; edges = d.numEdges; features = d.numFeatures; classes = d.numClasses
        edgeFeatures = 0; train = split.train.count; val = split.val.count; test = split.test.count; notes = d.notes
        graphs = d.numGraphs; self.folds = folds
    }

    /// `cora: 2708 nodes, 10556 edges, 1433 features, 7 classes; split 140/500/1000`, or for a graph
    /// collection `MUTAG: 188 graphs, 3371 nodes, ...; 10 folds, split 150/19/19 graphs`.
    public var line: String {
        let head = graphs.map { "\(name): \($0) graphs, " } ?? "\(name): "
        let unit = graphs == nil ? "" : " graphs"
        let split = (folds.map { "\($0) folds, " } ?? "") + "split \(train)/\(val)/\(test)" + unit
        return head + "\(nodes) nodes, \(edges) edges" + (edgeFeatures > 0 ? " (\(edgeFeatures) feature\(edgeFeatures == 1 ? "" : "s") each)" : "")
            + ", \(features) features, \(classes) classes; " + split
    }

    var json: JSON {
        // A graph collection's graph and fold counts (null for one graph; train, val and test then count graphs).
        .object([("name", .string(name)), ("nodes", .int(nodes)), ("edges", .int(edges)), ("features", .int(features)),
                 ("classes", .int(classes)), ("edge_features", .int(edgeFeatures)), ("graphs", graphs.map { .int($0) } ?? .null),
                 ("folds", folds.map { .int($0) } ?? .null), ("train", .int(train)), ("val", .int(val)), ("test", .int(test)),
                 ("notes", .array(notes.map { .string($0) }))])
    }
}

public struct RunReport: Sendable {
    public var spec: String
    public var dataset: String
    public var device: String
    public var epochs: Int
    public var runs: [RunResult]
    public var compileSeconds: Double
    public var kernelsCompiled: Int
    public var kernelsLoaded: Int
    public var peakRSSBytes: Int
    /// The GPU, its compute capability and the architecture compiled for (CUDA runs only).
    public var deviceName: String?
    /// Peak bytes of device memory in use (CUDA runs only).
    public var devicePeakBytes: Int?
    /// Storage precision of the activations.
    public var precision: Precision = .f32
    /// Buffer bytes of the forward and training programs on the dataset, and the training
    /// program's saved activations.
    public var memory: (forward: MemoryAccount, training: MemoryAccount)?
    /// The model dimensions bound from the dataset (`gnnc compile --dims` with these prints what ran).
    public var dims: [String: Int] = [:]
    /// The programs the device loaded, as the plan emitted them.
    public var programs: [ProgramRecord] = []
    /// What the kernel caches could not do (an untrusted or full directory), once per cause.
    public var warnings: [String] = []
    /// Why `--save` failed, or nil (saved, or not asked for).
    public var saveError: String?
    /// The dataset as loaded.
    public var datasetSummary: DatasetSummary?
    /// The CPU kernels' OpenMP threads and wait policy (CPU runs only).
    public var threads: ThreadPolicy?

    public static func meanStd(_ xs: [Double]) -> (Double, Double) {
        guard !xs.isEmpty else { return (0, 0) }
        let mean = xs.reduce(0, +) / Double(xs.count)
        let variance = xs.count > 1 ? xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count - 1) : 0
        return (mean, variance.squareRoot())
    }

    /// Epochs left out of the timing medians at the start of each run (page faults, cold caches),
    /// when the run has more than twice as many.
    public static let warmupEpochs = 5

    /// Median seconds per training step over the epochs after warm-up of every run.
    public var medianEpochSeconds: Double { RunReport.median(timedEpochs.map(\.seconds)) }
    /// Median seconds of the evaluation forward pass (whole graph, dropout off), after warm-up.
    public var medianInferenceSeconds: Double { RunReport.median(timedEpochs.map(\.inferenceSeconds)) }

    var timedEpochs: [EpochLog] {
        runs.flatMap { r in r.epochs.dropFirst(r.epochs.count > 2 * RunReport.warmupEpochs ? RunReport.warmupEpochs : 0) }
    }

    /// The loss scaler's state after a run (f16), or null.
    static func lossScaleJSON(_ s: LossScaler?) -> JSON {
        guard let s else { return .null }
        return .object([("initial", .number(s.initial)), ("final", .number(s.scale)), ("skipped_steps", .int(s.skippedSteps)),
                        ("growths", .int(s.growths)), ("backoffs", .int(s.backoffs)), ("growth_interval", .int(s.growthInterval))])
    }

    public static func median(_ xs: [Double]) -> Double {
        let times = xs.sorted()
        guard !times.isEmpty else { return 0 }
        return times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
    }

    public var summary: String {
        let (mean, std) = RunReport.meanStd(runs.map(\.testAccuracyAtBestVal))
        let (fmean, fstd) = RunReport.meanStd(runs.map(\.finalTestAccuracy))
        var out = "\(spec) on \(dataset) (\(device)), \(runs.count) run\(runs.count == 1 ? "" : "s") x \(epochs) epochs\n"
        if let d = datasetSummary {
            out += "dataset \(d.line)\n"
            for n in d.notes { out += "  note: \(n)\n" }
        }
        for r in runs {
            out += "  seed \(r.seed): test \(pct(r.testAccuracyAtBestVal)) at best val \(pct(r.bestValAccuracy)) (epoch \(r.bestEpoch)), final test \(pct(r.finalTestAccuracy))\n"
        }
        out += "test accuracy at best validation: \(pct(mean)) ± \(pct(std))\n"
        out += "test accuracy at the last epoch:  \(pct(fmean)) ± \(pct(fstd))\n"
        out += "median training step: \(ms(medianEpochSeconds)) ms; inference \(ms(medianInferenceSeconds)) ms; compile \(ms(compileSeconds)) ms; kernels compiled \(kernelsCompiled), loaded from cache \(kernelsLoaded)\n"
        if let t = threads { out += "cpu: \(t.summary)\n" }
        if let m = memory {
            out += "memory (\(precision.rawValue) activations): saved for backward \(mib(m.training.savedActivationBytes)) MiB; "
                + "buffers: training \(mib(m.training.bufferBytes)) MiB, forward \(mib(m.forward.bufferBytes)) MiB\n"
        }
        let scalers = runs.compactMap(\.lossScaler)
        if !scalers.isEmpty {
            out += "loss scale: final \(scalers.map { String(Double($0.scale)) }.joined(separator: ", ")); "
                + "skipped steps \(scalers.map(\.skippedSteps).reduce(0, +))\n"
            if scalers.contains(where: { $0.scale < 1 }) {
                out += "warning: f16 steps kept overflowing down to a loss scale below 1: the forward activations exceed f16's range (65504); bf16 keeps f32's range\n"
            }
        }
        return out
    }

    func pct(_ x: Double) -> String { fixed(100 * x, 2) }
    func ms(_ s: Double) -> String { fixed(1000 * s, 2) }
    func mib(_ bytes: Int) -> String { fixed(Double(bytes) / 1048576, 1) }

    func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (x * scale).rounded() / scale
        var s = String(r)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        }
        return s
    }

    /// The JSON report (schema in docs/run-json.md). Keys are written in a fixed order.
    public var json: String {
        let (mean, std) = RunReport.meanStd(runs.map(\.testAccuracyAtBestVal))
        let (fmean, fstd) = RunReport.meanStd(runs.map(\.finalTestAccuracy))
        let runItems: [JSON] = runs.map { r in
            .object([("seed", .int(Int(truncatingIfNeeded: r.seed))), ("best_epoch", .int(r.bestEpoch)), ("best_val_accuracy", .number(r.bestValAccuracy)),
                     ("best_val_loss", .number(r.bestValLoss)), ("test_accuracy_at_best_val", .number(r.testAccuracyAtBestVal)),
                     ("final_test_accuracy", .number(r.finalTestAccuracy)), ("final_loss", .number(r.epochs.last?.loss ?? 0)),
                     ("loss_scale", RunReport.lossScaleJSON(r.lossScaler))])
        }
        let memoryJSON: JSON = memory.map { m in
            .object([("saved_activation_bytes", .int(m.training.savedActivationBytes)), ("training_buffer_bytes", .int(m.training.bufferBytes)),
                     ("forward_buffer_bytes", .int(m.forward.bufferBytes))])
        } ?? .null
        let programItems: [JSON] = programs.map { p in
            .object([("mode", .string(p.mode)), ("target", .string(p.target)), ("dialect", .string(p.dialect)), ("kernels", .int(p.kernels)),
                     ("source_bytes", .int(p.sourceBytes)), ("source_sha256", .string(p.sourceSHA256))])
        }
        let config: JSON = .object([("spec", .string(spec)), ("dataset", .string(dataset)), ("device", .string(device)), ("epochs", .int(epochs)),
                                    ("runs", .int(runs.count)), ("precision", .string(precision.rawValue)),
                                    ("dims", .object(dims.keys.sorted().map { ($0, JSON.int(dims[$0] ?? 0)) }))])
        return JSON.object([
            ("schema", .string("gnnc-run/1")), ("config", config), ("runs", .array(runItems)),
            ("test_accuracy_at_best_val", .object([("mean", .number(mean)), ("std", .number(std))])),
            ("final_test_accuracy", .object([("mean", .number(fmean)), ("std", .number(fstd))])),
            ("median_epoch_seconds", .number(medianEpochSeconds)), ("median_inference_seconds", .number(medianInferenceSeconds)),
            ("compile_seconds", .number(compileSeconds)),
            ("kernels", .object([("compiled", .int(kernelsCompiled)), ("loaded_from_cache", .int(kernelsLoaded))])),
            ("peak_rss_bytes", .int(peakRSSBytes)), ("device_name", .optional(deviceName)), ("device_peak_bytes", .optional(devicePeakBytes)),
            ("cpu_threads", threads.map { t in JSON.object([("threads", .int(t.threads)), ("wait", .string(t.passiveWait ? "passive" : "active")),
                                                             ("cores", .int(t.cores)), ("busy_cores", .number(t.busyCores)),
                                                             ("source", .string(t.source))]) } ?? .null),
            ("memory", memoryJSON), ("programs", .array(programItems)),
            ("warnings", .array(warnings.map { .string($0) })), ("save_error", .optional(saveError)),
            ("dataset", datasetSummary?.json ?? .null),
        ]).document
    }
}
