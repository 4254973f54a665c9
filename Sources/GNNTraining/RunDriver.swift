// `gnnc run`: compile a spec, find the dataset, train R runs on the CPU or CUDA device, report.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import GNNDiagnostics
import GNNData
import GNNIR
import GNNSpec
import GNNRuntime
import GNNCompiler
import GNNExecution

public struct RunOptions: Sendable {
    public var specPath: String
    public var dataset: String
    public var dataDirectory: String?
    public var epochs: Int?
    public var runs: Int
    public var seed: UInt64
    public var device: String
    /// Checkpoint to write after training (safetensors, atomically); needs a single run.
    public var savePath: String?
    /// Checkpoint to start from instead of the seeded initialisation.
    public var loadPath: String?
    /// Storage precision of activations; nil: the spec's train block (default f32).
    public var precision: Precision?
    /// f16 training's initial loss scale; nil: LossScaler.defaultInitial.
    public var initialLossScale: Float?
    /// Where to write what the plans produced and the device loads: `<mode>.opt.gir`, `<mode>.kir`
    /// and `<mode>.c` (or `.cu`) for the inference and training programs.
    public var dumpDirectory: String?
    /// Errors in the spec reported before the front end stops (`--error-limit`).
    public var errorLimit: ErrorLimit = .standard
    /// The environment as read at start-up (caches, libraries, data directories).
    public var settings: Settings = .process
    /// Planetoid files that differ from their pinned digests are used anyway (`--accept-modified-data`).
    public var acceptModifiedData = false
    /// Graph classification: the number of cross-validation folds; run r uses fold r mod folds.
    public var folds = 10
    public init(specPath: String, dataset: String, dataDirectory: String? = nil, epochs: Int? = nil, runs: Int = 1,
                seed: UInt64 = 0, device: String = "cpu", savePath: String? = nil, loadPath: String? = nil,
                precision: Precision? = nil, initialLossScale: Float? = nil) {
        self.specPath = specPath; self.dataset = dataset; self.dataDirectory = dataDirectory; self.epochs = epochs
        self.runs = runs; self.seed = seed; self.device = device; self.savePath = savePath; self.loadPath = loadPath
        self.precision = precision; self.initialLossScale = initialLossScale
    }
}

public enum RunFailure: Error {
    /// Errors in the spec, with its sources for rendering.
    case diagnostics(CompilerOutput)
    /// Bad input that is not a spec: a missing or damaged dataset, an unknown dataset name.
    case badInput(Diagnostic)
    /// The device, the C compiler or the runtime failed.
    case failure(Diagnostic)
    /// SIGINT or SIGTERM arrived; nothing was written.
    case interrupted
}

public enum RunDriver {
    /// A Planetoid name (found by DataDirectory: --data-dir, $GNNC_DATA_DIR, the user cache) or a `synthetic:` graph.
    public static func loadDataset(_ name: String, dataDirectory: String?, settings: Settings = .process,
                                   acceptModified: Bool = false) throws(RunFailure) -> Dataset {
        do { return try Datasets.load(name, dataDirectory: dataDirectory, environment: settings.values, acceptModified: acceptModified) } catch {
            throw error.exhaustsMemory ? .failure(error.diagnostic) : .badInput(error.diagnostic)
        }
    }

    /// What is wrong with a dataset name (nil: nothing), found without reading anything.
    public static func problem(withDatasetName name: String) -> String? {
        do { try Datasets.validateName(name); return nil } catch { return error.message }
    }

    /// Compiles, trains and reports. The caches' warnings (a directory not used, a full disk)
    /// are in the report, or, when the run fails, notes of its error, so they are never lost.
    public static func run(_ o: RunOptions, progress: (Int, EpochLog) -> Void) throws(RunFailure) -> RunReport {
        let cache = KernelCache(settings: o.settings), ptxCache = PTXCache(settings: o.settings)
        func warnings() -> [String] { cache.stats.warnings + ptxCache.stats.warnings }
        do {
            var report = try run(o, cache: cache, ptxCache: ptxCache, progress: progress)
            report.warnings = warnings()
            // The CPU kernels' threads, as chosen when the first kernel library loaded.
            if o.device == "cpu" { report.threads = ThreadPolicy.process }
            return report
        } catch {
            let notes = warnings().map { Note("warning: " + $0) }
            switch error {
            case .badInput(let d): throw .badInput(notes.reduce(d) { $0.with(note: $1) })
            case .failure(let d): throw .failure(notes.reduce(d) { $0.with(note: $1) })
            default: throw error
            }
        }
    }

    /// Writes the checkpoint `--save` asked for; the report records a failure (the caller has
    /// already printed and may still write `--json`).
    public static func save(_ report: inout RunReport, to path: String) -> Diagnostic? {
        guard let state = report.runs.last?.final else { return nil }
        do { try state.write(to: path) } catch {
            let d = Diagnostic(.outputFailed, error.message, at: nil)
            report.saveError = error.message
            return d
        }
        return nil
    }

    static func run(_ o: RunOptions, cache: KernelCache, ptxCache: PTXCache, progress: (Int, EpochLog) -> Void) throws(RunFailure) -> RunReport {
        guard o.device == "cpu" || o.device == "cuda" else { throw .badInput(Diagnostic(.badOption, "unknown device '\(o.device)'; use cpu or cuda", at: nil)) }
        let file: SourceFile
        switch Compiler.load(path: o.specPath) {
        case .failure(let d): throw .badInput(d)
        case .success(let f): file = f
        }
        let front = SpecFrontEnd.compile(file, errorLimit: o.errorLimit)
        guard let module = front.module else {
            throw .diagnostics(CompilerOutput(text: nil, diagnostics: front.diagnostics, sources: [file]))
        }
        if module.results.first.map({ module.type(of: $0).domain == .graph }) ?? false {
            return try runGraphClassifier(o, module, file, cache: cache, ptxCache: ptxCache, progress: progress)
        }
        let data = try loadDataset(o.dataset, dataDirectory: o.dataDirectory, settings: o.settings, acceptModified: o.acceptModifiedData)
        // Before compiling: the answer does not depend on the programs.
        let unbound = Trainer.unboundInputs(module, data: data)
        guard unbound.isEmpty else { throw .diagnostics(CompilerOutput(text: nil, diagnostics: unbound, sources: [file])) }
        let device: ExecutionDevice
        if o.device == "cuda" {
            do { device = .cuda(try CUDADevice(ptxCache: ptxCache, settings: o.settings)) } catch {
                throw .failure(Diagnostic(error.diagnostic.id, "cannot use --device cuda: \(error.message)", at: nil, notes: error.diagnostic.notes))
            }
        } else {
            device = .cpu(CPUDevice(cache: cache, compiler: .fromEnvironment(o.settings)))
        }
        let trainer: Trainer
        do {
            let dims = try Trainer.bindDims(module, features: data.numFeatures, classes: data.numClasses, edgeFeatures: data.numEdgeFeatures)
            trainer = try Trainer(model: module, on: device, dims: dims, precision: o.precision, faults: o.settings.injectedFaults)
        } catch { throw Interrupt.isRequested ? .interrupted : .failure(.of(error)) }
        if Interrupt.isRequested { throw .interrupted }
        if let dir = o.dumpDirectory { try dump(trainer, to: dir) }
        let epochs = o.epochs ?? (module.train["epochs"]?.asInt ?? 200)
        if o.savePath != nil && o.runs > 1 { throw .badInput(Diagnostic(.badOption, "--save writes one run's parameters; use it with --runs 1", at: nil)) }
        // Every run would resume the same parameters and dropout stream: R identical runs, not R seeds.
        if o.loadPath != nil && o.runs > 1 { throw .badInput(Diagnostic(.badOption, "--load resumes one run; use it with --runs 1", at: nil)) }
        let resume = try o.loadPath.map { (path) throws(RunFailure) -> Checkpoint in try loadCheckpoint(path, trainer, data) }
        var results: [RunResult] = []
        for r in 0..<max(o.runs, 1) {
            do {
                results.append(try trainer.train(data, epochs: epochs, seed: o.seed &+ UInt64(r), resume: resume,
                                                 initialLossScale: o.initialLossScale) { progress(r, $0) })
            } catch is Interrupted { throw .interrupted } catch let e as TrainingError {
                throw e.isBadInput ? .diagnostics(CompilerOutput(text: nil, diagnostics: e.diagnostics, sources: [file])) : .failure(e.diagnostic)
            } catch { throw .failure(.of(error)) }
        }
        // Programs (one library or PTX module each) built now versus found in the cache.
        let (compiled, loaded): (Int, Int)
        if case .cuda = device {
            (compiled, loaded) = (ptxCache.stats.compiled, ptxCache.stats.loaded)
        } else {
            (compiled, loaded) = (cache.stats.compiled, cache.stats.loadedFromDisk + cache.stats.loadedFromMemory)
        }
        var report = RunReport(spec: o.specPath, dataset: o.dataset, device: o.device, epochs: epochs, runs: results,
                               compileSeconds: trainer.compileSeconds, kernelsCompiled: compiled,
                               kernelsLoaded: loaded, peakRSSBytes: peakRSS())
        report.precision = trainer.precision
        report.dims = trainer.dims
        report.datasetSummary = DatasetSummary(data)
        report.programs = [("inference", trainer.emitted.inference), ("training", trainer.emitted.training)].map { mode, e in
            ProgramRecord(mode: mode, target: trainer.target.rawValue, source: e.source, program: e.program, dialect: e.dialect)
        }
        do { report.memory = try trainer.memory(for: data) } catch { throw .failure(.of(error)) }
        if case .cuda(let gpu) = device {
            report.deviceName = gpu.summary
            report.devicePeakBytes = gpu.allocator.stats.peakBytesInUse
        }
        return report
    }

    /// The device `o.device` names (cpu or cuda).
    static func makeDevice(_ o: RunOptions, cache: KernelCache, ptxCache: PTXCache) throws(RunFailure) -> ExecutionDevice {
        guard o.device == "cuda" else { return .cpu(CPUDevice(cache: cache, compiler: .fromEnvironment(o.settings))) }
        do { return .cuda(try CUDADevice(ptxCache: ptxCache, settings: o.settings)) } catch {
            throw .failure(Diagnostic(error.diagnostic.id, "cannot use --device cuda: \(error.message)", at: nil, notes: error.diagnostic.notes))
        }
    }

    /// A graph classifier (a model returning graph[C]) on a graph collection: `o.runs` runs, run r
    /// on fold r mod `o.folds` of the stratified folds (GraphFolds, seed 12345 whatever the run's
    /// seed, so every run and every seed sees the same folds) with seed `o.seed + r`; on the
    /// data's fixed split when it has one.
    static func runGraphClassifier(_ o: RunOptions, _ module: GraphModule, _ file: SourceFile, cache: KernelCache, ptxCache: PTXCache,
                                   progress: (Int, EpochLog) -> Void) throws(RunFailure) -> RunReport {
        let data: GraphCollection
        do { data = try Datasets.loadCollection(o.dataset, dataDirectory: o.dataDirectory, environment: o.settings.values) } catch { throw .badInput(error.diagnostic) }
        if o.savePath != nil || o.loadPath != nil {
            throw .badInput(Diagnostic(.badOption, "--save and --load are for node classifiers; a graph classifier's runs are folds", at: nil))
        }
        guard data.fixedSplit != nil || (o.folds >= 2 && o.folds <= data.numGraphs) else {
            throw .badInput(Diagnostic(.badOption, "--folds \(o.folds): \(data.name) has \(data.numGraphs) graph\(data.numGraphs == 1 ? "" : "s"); k-fold runs need 2 <= k <= the graph count", at: nil))
        }
        let device = try makeDevice(o, cache: cache, ptxCache: ptxCache)
        let trainer: Trainer
        do {
            let dims = try Trainer.bindDims(module, features: data.numFeatures, classes: data.numClasses)
            trainer = try Trainer(model: module, on: device, dims: dims, precision: o.precision, faults: o.settings.injectedFaults)
        } catch { throw Interrupt.isRequested ? .interrupted : .failure(.of(error)) }
        if let dir = o.dumpDirectory { try dump(trainer, to: dir) }
        let epochs = o.epochs ?? (module.train["epochs"]?.asInt ?? 200)
        let folds = data.fixedSplit != nil ? [] : GraphFolds.stratified(labels: data.labels, k: o.folds, seed: 12345)
        func split(_ r: Int) -> GraphSplit {
            if let fixed = data.fixedSplit { return fixed }
            let s = GraphFolds.split(folds, fold: r % o.folds)
            return GraphSplit(train: s.train, val: s.val, test: s.test)
        }
        var results: [RunResult] = []
        for r in 0..<max(o.runs, 1) {
            do {
                results.append(try trainer.train(data, split: split(r), epochs: epochs, seed: o.seed &+ UInt64(r)) { progress(r, $0) })
            } catch is Interrupted { throw .interrupted } catch let e as TrainingError {
                throw e.isBadInput ? .diagnostics(CompilerOutput(text: nil, diagnostics: e.diagnostics, sources: [file])) : .failure(e.diagnostic)
            } catch { throw .failure(.of(error)) }
        }
        let (compiled, loaded): (Int, Int)
        if case .cuda = device { (compiled, loaded) = (ptxCache.stats.compiled, ptxCache.stats.loaded) } else {
            (compiled, loaded) = (cache.stats.compiled, cache.stats.loadedFromDisk + cache.stats.loadedFromMemory)
        }
        var report = RunReport(spec: o.specPath, dataset: o.dataset, device: o.device, epochs: epochs, runs: results,
                               compileSeconds: trainer.compileSeconds, kernelsCompiled: compiled, kernelsLoaded: loaded, peakRSSBytes: peakRSS())
        report.precision = trainer.precision
        report.dims = trainer.dims
        report.datasetSummary = DatasetSummary(data, folds: data.fixedSplit == nil ? o.folds : nil, split: split(0))
        report.programs = [("inference", trainer.emitted.inference), ("training", trainer.emitted.training)].map { mode, e in
            ProgramRecord(mode: mode, target: trainer.target.rawValue, source: e.source, program: e.program, dialect: e.dialect)
        }
        if case .cuda(let gpu) = device {
            report.deviceName = gpu.summary
            report.devicePeakBytes = gpu.allocator.stats.peakBytesInUse
        }
        return report
    }

    /// Each file written whole (temporary name, then renamed), so a reader never sees half of one.
    static func dump(_ trainer: Trainer, to dir: String) throws(RunFailure) {
        do {
            try POSIXFiles.makeDirectories(dir)
            for (mode, graph, e) in [("inference", trainer.forward, trainer.emitted.inference), ("training", trainer.training, trainer.emitted.training)] {
                try POSIXFiles.writeAtomically("\(dir)/\(mode).opt.gir", Array(IRPrinter.print(graph).utf8))
                try POSIXFiles.writeAtomically("\(dir)/\(mode).kir", Array(KernelPrinter.print(e.program).utf8))
                try POSIXFiles.writeAtomically("\(dir)/\(mode).\(e.dialect == "cuda" ? "cu" : "c")", Array(e.source.utf8))
            }
        } catch { throw .failure(Diagnostic(.outputFailed, "cannot write the dump directory '\(dir)': \(error)", at: nil)) }
    }

    static func loadCheckpoint(_ path: String, _ trainer: Trainer, _ data: Dataset) throws(RunFailure) -> Checkpoint {
        let shapes: [String: [Int]], stateShapes: [String: [Int]]
        do { (shapes, stateShapes) = (try trainer.parameterShapes(for: data), try trainer.stateShapes(for: data)) } catch { throw .failure(.of(error)) }
        do {
            return try Checkpoint.read(path, model: trainer.forward.name, expected: shapes, expectedState: stateShapes, optimizer: trainer.optimizerKind)
        } catch { throw .badInput(error.diagnostic) }
    }

    /// Peak resident set size from getrusage (kilobytes on Linux).
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
