// `gnnc selftest --device cpu`: every ModelSpec, forward and training (forward + backward), fused
// and op-by-op, on a random graph, against the float64 reference interpreter.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNReference
import GNNRuntime
import GNNCodegen
import GNNCompiler
import GNNExecution

public struct SelfTestRow: Sendable {
    public var model: String
    public var program: String
    public var variant: String
    public var kernels: Int
    /// The worst result tensor's error under ErrorBound: its largest |actual - reference| over
    /// the element's scale there.
    public var error: Double
    public var worstResult: String
    public var passed: Bool
    public var failure: String?

    public init(model: String, program: String, variant: String, kernels: Int, error: Double, worstResult: String,
                passed: Bool, failure: String? = nil) {
        self.model = model; self.program = program; self.variant = variant; self.kernels = kernels
        self.error = error; self.worstResult = worstResult; self.passed = passed; self.failure = failure
    }
}

/// A schedule the self-test checks: fused or op by op, and whether it is the CUDA schedule (GEMMs
/// as kernels of their own for cuBLAS, rows mapped to warps; on the CPU the GEMM kernels run their
/// generated bodies and the lane statements are emulated by loops over the lanes).
public struct SelfTestVariant: Sendable {
    public var name: String
    public var fuse: Bool
    public var lanes: Bool
    /// Run each kernel's edge-split variant where it has one (CPU emulation only; on CUDA the
    /// runtime picks by the graph's degrees).
    public var splitEdges = false
    /// Storage precision of the activations (low-precision-storage), checked against its own bound.
    public var precision: Precision = .f32
    public static let cpu = [SelfTestVariant(name: "fused", fuse: true, lanes: false),
                             SelfTestVariant(name: "no-fuse", fuse: false, lanes: false),
                             SelfTestVariant(name: "lanes", fuse: true, lanes: true),
                             SelfTestVariant(name: "lanes-nf", fuse: false, lanes: true),
                             SelfTestVariant(name: "split", fuse: true, lanes: true, splitEdges: true),
                             SelfTestVariant(name: "f16", fuse: true, lanes: false, precision: .f16),
                             SelfTestVariant(name: "bf16", fuse: true, lanes: false, precision: .bf16),
                             SelfTestVariant(name: "f16-lanes", fuse: true, lanes: true, precision: .f16)]
    public static let cuda = [SelfTestVariant(name: "fused", fuse: true, lanes: true),
                              SelfTestVariant(name: "no-fuse", fuse: false, lanes: true),
                              SelfTestVariant(name: "f16", fuse: true, lanes: true, precision: .f16),
                              SelfTestVariant(name: "bf16", fuse: true, lanes: true, precision: .bf16)]
}

public enum SelfTest {
    /// f32 kernels against the float64 reference: the worst result tensor's error, relative to its
    /// scale under ErrorBound (its largest magnitude, unless the floor or its sensitivity is larger).
    public static let tolerance = 1e-4

    /// The bound of each storage precision (docs/mixed-precision.md). f16 keeps 11 significant
    /// bits (unit roundoff 4.9e-4), bf16 8 (3.9e-3). A forward result has passed through a few
    /// stored, rounded values: about 2 roundoffs (measured worst over the ModelSpecs: 1.1e-3 in
    /// f16, 8.2e-3 in bf16). A weight gradient sums a product over every node of two rounded
    /// values, whose errors grow like the square root of the node count, and it is often smaller
    /// than its terms (they cancel): on 300 and 1100 nodes the worst seen were 2.7e-2 and 4.2e-2.
    public static func tolerance(_ p: Precision, training: Bool = false) -> Double {
        switch p {
        case .f32: return tolerance
        case .f16: return training ? 5e-2 : 2e-3
        case .bf16: return training ? 1e-1 : 1.6e-2
        }
    }

    /// The model dimensions the self-test binds (F = 12 keeps rows on 4-float alignment, C = 5 off it).
    public static let dims = ["F": 12, "C": 5]

    /// `base` plus 3 for every other dimension parameter of `m` (an edge input's width D: off
    /// alignment, more than one column).
    public static func dims(_ base: [String: Int] = SelfTest.dims, for m: GraphModule) -> [String: Int] {
        var out = base
        for p in m.dimParams where out[p] == nil { out[p] = 3 }
        return out
    }

    /// The loss scale bound in the self-test's f16 training programs (the reference sees it too).
    static let selfTestLossScale = 1024.0


    /// Isolated nodes (the last 3), a hub (node 0) with `hubDegree` in-edges, duplicates and self-loops;
    /// as a batch, three graphs, the middle one empty (a readout of no nodes), which node-level
    /// models never read.
    public static func randomGraph(nodes n: Int, edges: Int, hubDegree: Int, seed: UInt64) -> GraphData {
        var rng = SplitMix64(state: seed)
        let live = n - 3
        var src: [Int] = [], dst: [Int] = []
        for _ in 0..<edges { src.append(rng.int(live)); dst.append(rng.int(live)) }
        for k in 0..<hubDegree { src.append(1 + k % (live - 1)); dst.append(0) }
        for k in 0..<10 { src.append(src[k]); dst.append(dst[k]) }
        for v in 0..<5 { src.append(v); dst.append(v) }
        return GraphData(numNodes: n, src: src, dst: dst, graphPtr: [0, n / 2, n / 2, n])
    }

    /// Runs one spec through every variant; `specName` labels the rows.
    /// `faults`: miscompilations the plan is told to make (tests show the bound still catches them).
    public static func run(spec file: SourceFile, specName: String, device: CPUDevice, nodes: Int = 1100,
                           hubDegree: Int = 1000, seed: UInt64 = 1, faults: Set<String> = []) -> [SelfTestRow] {
        run(spec: file, specName: specName, on: .cpu(device), variants: SelfTestVariant.cpu, nodes: nodes, hubDegree: hubDegree,
            seed: seed, faults: faults)
    }

    public static func run(spec file: SourceFile, specName: String, on device: ExecutionDevice, variants: [SelfTestVariant],
                           nodes: Int = 1100, hubDegree: Int = 1000, seed: UInt64 = 1, faults: Set<String> = []) -> [SelfTestRow] {
        run(spec: file, specName: specName, on: device, variants: variants, nodes: nodes, hubDegree: hubDegree, seed: seed,
            faults: faults, replacingBound: { $0 })
    }

    /// `replacingBound`: what the rows use instead of the measured bound (tests run the same kernels
    /// under the bound this one replaced, to show what it got wrong).
    static func run(spec file: SourceFile, specName: String, on device: ExecutionDevice, variants: [SelfTestVariant],
                    nodes: Int, hubDegree: Int, seed: UInt64, faults: Set<String>,
                    replacingBound: @escaping (ErrorBound) -> ErrorBound) -> [SelfTestRow] {
        let front = SpecFrontEnd.compile(file)
        guard let forward = front.module else {
            return [SelfTestRow(model: specName, program: "-", variant: "-", kernels: 0, error: .infinity, worstResult: "-",
                                passed: false, failure: "the spec does not compile")]
        }
        var rows: [SelfTestRow] = []
        let training: GraphModule, scaledTraining: GraphModule
        let dims = SelfTest.dims(for: forward)
        do {
            training = try Autodiff.differentiate(forward)
            scaledTraining = try Autodiff.differentiate(forward, lossScale: true)
        } catch {
            return [SelfTestRow(model: specName, program: "training", variant: "-", kernels: 0, error: .infinity, worstResult: "-",
                                passed: false, failure: "autodiff failed: \(error.message)")]
        }
        if case .cpu(let cpu) = device { precompile(forward, variants: variants, dims: dims, on: cpu, faults: faults) }
        let fullGraph = randomGraph(nodes: nodes, edges: 3 * nodes, hubDegree: hubDegree, seed: seed)
            .applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        // Low precision is checked where its range holds: a hub of degree 100 (Cora's largest has
        // 168) rather than 1000, whose sums of a thousand order-one messages are beyond what f16
        // represents finely (and beyond 65504 in an unnormalised sum).
        let lowGraph = randomGraph(nodes: nodes, edges: 3 * nodes, hubDegree: min(hubDegree, 100), seed: seed)
            .applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        for (programName, mode) in [("forward", ProgramMode.inference), ("training", .training)] {
            let isTraining = mode == .training
            // f16 training programs scale the loss gradient (as the trainer does). Low-precision
            // rows draw inputs as training sees them (normalised features, glorot weights): with
            // features in [-1, 1) GAT's second-layer scores reach the thousands, and a softmax of
            // such scores turns 8-bit rounding into 60% changes of its weights, which measures
            // the draw's conditioning rather than the kernels.
            for precision in Precision.allCases where variants.contains(where: { $0.precision == precision }) {
                let scaled = precision == .f16
                // The oracle: the lowered program, differentiated directly, in float64; the kernels
                // come from the plan (graph passes, schedule, kernel passes, emitter) as `run` builds them.
                let reference = !isTraining ? forward : scaled ? scaledTraining : training
                let graph = precision == .f32 ? fullGraph : lowGraph
                let bindings: ReferenceBindings
                let expected: [Tensor64]
                do {
                    // The kernels receive float32 values: the reference starts from the same ones.
                    var b = ErrorBound.asFloat32(try randomBindings(reference, graph: graph, dims: dims, training: isTraining, seed: seed,
                                                                    asTrained: precision != .f32))
                    if scaled && isTraining { b.inputs["loss_scale"] = .scalar(selfTestLossScale) }
                    bindings = b
                    expected = try ReferenceInterpreter.results(reference, graph: graph, bindings)
                } catch {
                    rows.append(SelfTestRow(model: specName, program: programName, variant: "reference", kernels: 0, error: .infinity,
                                            worstResult: "-", passed: false, failure: "\(error)"))
                    continue
                }
                if let bad = NumericComparison.firstNonFinite(expected) {
                    let names = reference.results.map { IRPrinter.valueNames(reference)[$0.index] }
                    rows.append(SelfTestRow(model: specName, program: programName, variant: "reference", kernels: 0, error: .infinity,
                                            worstResult: names[bad.result], passed: false,
                                            failure: NumericComparison.describeNonFinite(bad, names: names)))
                    continue
                }
                // The bound (ErrorBound): each element's error relative to the largest of its
                // result's magnitude, a thousandth of the program's largest result and how far
                // moving every value by 8 float32 ulps moves it (measured when a row needs it);
                // the bound `--check` uses too.
                let bound = DeferredErrorBound(reference, graph: graph, bindings: bindings, expected: expected, seed: seed,
                                               adjust: replacingBound)
                for variant in variants where variant.precision == precision {
                    rows.append(check(specName, programName, forward: forward, mode: mode, reference: reference, variant: variant,
                                      graph: graph, dims: dims, bindings: bindings, expected: expected, device: device, bound: bound,
                                      faults: faults))
                }
            }
        }
        return rows
    }

    /// Every row's C compiled into the device's cache first, several programs at a time: the C
    /// compiler is most of a cold self-test's time and the rows then run one by one. Failures are
    /// left for the rows to report.
    static func precompile(_ forward: GraphModule, variants: [SelfTestVariant], dims: [String: Int], on cpu: CPUDevice,
                           faults: Set<String>) {
        let jobs = [ProgramMode.inference, .training].flatMap { mode in variants.map { (mode, $0) } }
        _ = ParallelMap.run(jobs.count, workers: ParallelMap.compilerWorkers) { i in
            let (mode, variant) = jobs[i]
            guard let emitted = try? program(forward, mode: mode, variant, dims: dims, on: .cpu(cpu), faults: faults) else { return false }
            return (try? CPUExecutable(emitted, device: cpu, variants: variant.splitEdges)) != nil
        }
    }

    /// Node inputs in [-1, 1), edge inputs in [0.25, 1.75), parameters in [-0.5, 0.5); state (running statistics) within 0.5 of its
    /// initial value (a variance stays positive; moved, so that evaluation is not the identity);
    /// `asTrained`: nonnegative feature rows that sum to 1 and weight matrices in glorot's range, as
    /// training starts.
    static func randomBindings(_ m: GraphModule, graph: GraphData, dims: [String: Int], training: Bool,
                               seed: UInt64, asTrained: Bool = false) throws -> ReferenceBindings {
        var rng = SplitMix64(state: seed &+ 99)
        var b = ReferenceBindings(dims: dims, training: training, seed: seed &* 7 &+ 3)
        for op in m.ops where op.opcode.info.traits.contains(.bound) {
            let shape = try op.type.concreteShape(graph, dims: dims)
            let count = shape.reduce(1, *)
            let name: String
            if op.opcode == .input, case .string(let s)? = op.attributes["name"] { name = s } else { name = op.name ?? "" }
            let data: [Double]
            switch name {
            case "labels": data = (0..<count).map { _ in Double(rng.int(dims["C"]!)) }
            case "train_mask": data = (0..<count).map { $0 % 3 == 0 ? 0 : 1 }
            case _ where op.opcode == .state:
                let start = op.attributes["init"]?.asIdent == "ones" ? 1.0 : op.attributes["value"]?.asDouble ?? 0
                data = (0..<count).map { _ in start + 0.5 * rng.uniform() }
            default:
                if asTrained && op.opcode == .input {
                    // Features as every spec's normalize_features leaves them: each row sums to 1.
                    let width = max(count / max(shape.first ?? 1, 1), 1)
                    data = (0..<count / width).flatMap { _ in
                        let row = (0..<width).map { _ in (rng.uniform() + 1) / 2 }
                        let sum = row.reduce(0, +)
                        return row.map { $0 / max(sum, 1e-12) }
                    }
                    break
                }
                if op.opcode == .input && op.type.domain == .edge {
                    // Edge data as datasets carry it: weights and features in [0.25, 1.75), so a
                    // weighted degree (gcn_ew's normalisation) stays positive as real weights keep it.
                    data = (0..<count).map { _ in 1 + 0.75 * rng.uniform() }
                    break
                }
                // Centered parameters take glorot's range where they are matrices, as layers start training.
                let range = op.opcode != .param ? 1 : asTrained && shape.count == 2 ? (6 / Double(shape[0] + shape[1])).squareRoot() : 0.5
                data = (0..<count).map { _ in range * rng.uniform() }
            }
            if op.opcode == .input { b.inputs[name] = Tensor64(shape: shape, data: data) } else { b.params[name] = Tensor64(shape: shape, data: data) }
        }
        return b
    }

    /// `bound`: what each result's error is measured against (ErrorBound: magnitudes and the
    /// reference's sensitivity to rounding); `reference` is the program `expected` came from (it
    /// names the results).
    static func check(_ model: String, _ programName: String, forward: GraphModule, mode: ProgramMode, reference: GraphModule,
                      variant: SelfTestVariant, graph: GraphData, dims: [String: Int], bindings: ReferenceBindings,
                      expected: [Tensor64], device: ExecutionDevice, bound: DeferredErrorBound, faults: Set<String> = []) -> SelfTestRow {
        var row = SelfTestRow(model: model, program: programName, variant: variant.name, kernels: 0,
                              error: .infinity, worstResult: "-", passed: false)
        do {
            let emitted = try SelfTest.program(forward, mode: mode, variant, dims: dims, on: device, faults: faults)
            row.kernels = emitted.program.kernels.count
            let exe = try device.load(emitted, variants: variant.splitEdges)
            let arrays = GraphArrays(graph)
            var inputs: [String: [Float]] = [:], params: [String: [Float]] = [:]
            for (k, v) in bindings.inputs { inputs[k] = v.data.map(Float.init) }
            for (k, v) in bindings.params { params[k] = v.data.map(Float.init) }
            let actual = try exe.run(graph: arrays, dims: dims, inputs: inputs, params: params, seed: bindings.seed,
                                     training: bindings.training)
            guard actual.count == expected.count else {
                throw ExecutionError("the kernels give \(actual.count) results, the reference \(expected.count)")
            }
            let computed = actual.map { $0.map(Double.init) }
            let tolerance = tolerance(variant.precision, training: bindings.training)
            // A NaN or infinity in the kernels' result is an infinite error whatever the scale.
            let errors = try bound.errors(actual: computed, expected: expected, tolerance: tolerance)
            var worst = 0.0
            for (k, err) in errors.enumerated() where err > worst || k == 0 {
                let name = IRPrinter.valueNames(reference)[reference.results[k].index]
                // An infinite error names its first element: `%5[24] = nan (reference 0.0)`.
                let bad = zip(computed[k], expected[k].data).enumerated().first { !abs($0.element.0 - $0.element.1).isFinite }
                if err >= worst {
                    row.worstResult = bad.map { "\(name)[\($0.offset)] = \(NumericComparison.text($0.element.0)) (reference \($0.element.1))" } ?? name
                }
                worst = max(worst, err)
            }
            row.error = worst
            row.passed = worst <= tolerance
        } catch {
            row.failure = "\(error)"
        }
        return row
    }

    /// What a variant runs for the lowered `forward`: the plan of its target (the CUDA schedule for
    /// the lane variants, emitted as C with the lanes emulated unless the device is a GPU), mode,
    /// precision and fusion, with the verifier after every stage.
    public static func program(_ forward: GraphModule, mode: ProgramMode, _ variant: SelfTestVariant, dims: [String: Int],
                               on device: ExecutionDevice, faults: Set<String> = []) throws -> EmittedProgram {
        var onGPU = false
        if case .cuda = device { onGPU = true }
        let options = PlanOptions(target: variant.lanes ? .cuda : .cpu, mode: mode, precision: variant.precision, dims: dims,
                                  fuse: variant.fuse, emulateLanes: variant.lanes && !onGPU, faults: faults)
        return try Pipeline.emit(forward, options, verifyEach: true).0
    }

    public static func table(_ rows: [SelfTestRow]) -> String {
        var out = "model   program   variant   kernels  max rel err  worst result           status\n"
        for r in rows {
            // A row that failed before comparing (a failure message) has no error to show.
            let err = r.failure == nil ? formatError(r.error) : "-"
            out += pad(r.model, 8) + pad(r.program, 10) + pad(r.variant, 10) + pad(String(r.kernels), 9)
                + pad(err, 13) + pad(r.worstResult, 23) + (r.passed ? "ok" : "FAIL" + (r.failure.map { ": \($0)" } ?? "")) + "\n"
        }
        let failed = rows.filter { !$0.passed }.count
        out += "\(rows.count - failed) passed, \(failed) failed\n"
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }

    /// `2.6e-2`; `inf` and `nan` as such (the loops below never end on them).
    static func formatError(_ e: Double) -> String {
        if e == 0 { return "0" }
        guard e.isFinite else { return e.isNaN ? "nan" : e < 0 ? "-inf" : "inf" }
        if e < 0 { return "-" + formatError(-e) }
        var exponent = 0
        var m = e
        while m < 1 { m *= 10; exponent -= 1 }
        while m >= 10 { m /= 10; exponent += 1 }
        let rounded = (m * 10).rounded() / 10
        return "\(rounded)e\(exponent)"
    }
}

/// The driver side of the self-test: finds the specs, builds the device, formats the table.
public enum SelfTestDriver {
    public static func runCPU(specsDirectory: String, settings: Settings = .process) -> Result<(String, Bool), SelfTestFailure> {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: specsDirectory) else {
            return .failure(SelfTestFailure("cannot read the spec directory '\(specsDirectory)' (use --specs DIR)"))
        }
        let specs = names.filter { $0.hasSuffix(".gnn") }.sorted()
        guard !specs.isEmpty else { return .failure(SelfTestFailure("no .gnn files in '\(specsDirectory)'")) }
        let device = CPUDevice(cache: KernelCache(settings: settings), compiler: .fromEnvironment(settings))
        var rows: [SelfTestRow] = []
        for name in specs {
            switch Compiler.load(path: specsDirectory + "/" + name) {
            case .failure(let d): return .failure(SelfTestFailure(d.message))
            case .success(let file):
                rows += SelfTest.run(spec: file, specName: String(name.dropLast(4)), device: device, faults: settings.injectedFaults)
            }
        }
        let warnings = device.cache.stats.warnings.map { "warning: \($0)\n" }.joined()
        return .success((SelfTest.table(rows) + warnings, rows.allSatisfy(\.passed)))
    }

    /// `count` random models from `seed` through `DifferentialTest`; reproducers go to `reproducerDirectory`.
    public static func runRandom(count: Int, seed: UInt64, reproducerDirectory: String, faults: Set<String> = [],
                                 progress: (Int) -> Void = { _ in }) -> (String, Bool) {
        withScratchDevice { device in
            let (report, failures) = DifferentialTest.run(count: count, seed: seed, device: device,
                                                          reproducerDirectory: reproducerDirectory, faults: faults, progress: progress)
            return (report, failures.isEmpty)
        }
    }

    /// Replays a saved reproducer (or any spec) as `DifferentialTest` checks a random model.
    public static func checkModel(path: String, seed: UInt64, nodes: Int, faults: Set<String> = []) -> Result<(String, Bool), SelfTestFailure> {
        switch Compiler.load(path: path) {
        case .failure(let d): return .failure(SelfTestFailure(d.message))
        case .success(let file):
            return .success(withScratchDevice { device in
                switch DifferentialTest.check(file, seed: seed, nodes: nodes, device: device, faults: faults) {
                case .disagree(let what): return ("\(path): FAIL: \(what)\n", false)
                case .notFinite(let what): return ("\(path): NOT CHECKED: \(what)\n", false)
                case .agree: return ("\(path): reference, passes and kernels agree (seed \(seed), \(nodes) nodes)\n", true)
                }
            })
        }
    }

    /// A CPU device compiling at -O0 (for many small programs compile time dominates) into a
    /// private cache removed afterwards, so throwaway models do not fill the user's.
    static func withScratchDevice<T>(_ body: (CPUDevice) -> T) -> T {
        let cacheDirectory = "\(POSIXFiles.temporaryRoot())/gnnc-random-\(POSIXFiles.uniqueSuffix())"
        defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        let device = CPUDevice(cache: KernelCache(directory: cacheDirectory),
                               compiler: CCompiler(executable: CCompiler.fromEnvironment().executable,
                                                   flags: "-O0 -fopenmp -std=c11 -ffp-contract=off"))
        return body(device)
    }

    /// Every spec on the GPU, fused and op by op (rows mapped to warps), against the reference.
    public static func runCUDA(specsDirectory: String, settings: Settings = .process) -> Result<(String, Bool), SelfTestFailure> {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: specsDirectory) else {
            return .failure(SelfTestFailure("cannot read the spec directory '\(specsDirectory)' (use --specs DIR)"))
        }
        let specs = names.filter { $0.hasSuffix(".gnn") }.sorted()
        guard !specs.isEmpty else { return .failure(SelfTestFailure("no .gnn files in '\(specsDirectory)'")) }
        let gpu: CUDADevice
        do { gpu = try CUDADevice(settings: settings) } catch { return .failure(SelfTestFailure("the CUDA device is not available: \(error.message)")) }
        var rows: [SelfTestRow] = []
        for name in specs {
            switch Compiler.load(path: specsDirectory + "/" + name) {
            case .failure(let d): return .failure(SelfTestFailure(d.message))
            case .success(let file):
                rows += SelfTest.run(spec: file, specName: String(name.dropLast(4)), on: .cuda(gpu), variants: SelfTestVariant.cuda,
                                     faults: settings.injectedFaults)
            }
        }
        let stats = gpu.ptxCache.stats, memory = gpu.allocator.stats
        let header = "device: \(gpu.summary)\nNVRTC \(gpu.nvrtc.version.major).\(gpu.nvrtc.version.minor) (\(gpu.nvrtc.path)); driver \(gpu.driver.path)\n"
        let footer = "PTX cache \(gpu.ptxCache.directory): \(stats.compiled) compiled, \(stats.loaded) loaded; device memory: \(memory.driverAllocations) cuMemAlloc calls, \(memory.reuses) reuses, peak \(memory.peakBytesInUse) bytes\n"
        let warnings = stats.warnings.map { "warning: \($0)\n" }.joined()
        return .success((header + SelfTest.table(rows) + footer + warnings, rows.allSatisfy(\.passed)))
    }
}

public struct SelfTestFailure: Error, CustomStringConvertible, DiagnosticConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
    public var diagnostic: Diagnostic { Diagnostic(.selfTestFailed, message, at: nil) }
}
