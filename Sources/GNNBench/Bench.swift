// `gnnc bench`: the fused kernels against the op-by-op program (PyG's gather/scatter path) on the
// message-passing primitives and every ModelSpec, forward and forward+backward, over graphs and
// feature widths; each timed by the book and set against the bytes it must move.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import GNNData
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNCodegen
import GNNRuntime
import GNNSpec
import GNNCompiler
import GNNExecution
import GNNTraining

/// One workload: a primitive written as a tiny model, or a ModelSpec.
public struct BenchWorkload: Sendable {
    public var name: String
    public var source: SourceFile
    /// Primitives run at every width of the configuration; ModelSpecs at the graph's own F.
    public var isPrimitive: Bool

    /// The primitives of issue 7, each a model over `x: node[F]`.
    public static let primitives: [BenchWorkload] = [
        ("spmm", "return aggregate(sum) { x[src] }"),
        ("spmm_weighted", "let w = edgewise { sigmoid(rowsum(x[src] * x[dst]) * 0.01) }\n  return aggregate(sum) { x[src] * w[edge] }"),
        ("sddmm_dot", "let s = edgewise { rowsum(x[src] * x[dst]) }\n  return x * aggregate(sum) { s[edge] }"),
        ("edge_softmax", "let a = edge_softmax(edgewise { rowsum(x[src] * x[dst]) })\n  return x * aggregate(sum) { a[edge] }"),
        ("softmax_aggregate", "let a = edge_softmax(edgewise { rowsum(x[src] * x[dst]) })\n  return aggregate(sum) { a[edge] * x[src] }"),
    ].map { name, body in
        BenchWorkload(name: name, source: SourceFile(name: "\(name).gnn", text: """
            model P<F>(x: node[F]) -> node[F] {
              graph { self_loops = none }
              \(body)
            }
            """), isPrimitive: true)
    }
}

/// One measured configuration.
public struct BenchRecord: Sendable {
    public var workload: String
    public var graph: String
    public var nodes: Int
    public var edges: Int
    public var width: Int
    /// `forward` or `forward+backward`.
    public var pass: String
    /// `fused`, `no-fuse`, or on CUDA `fused-generated-gemm` (cuBLAS off: the GEMMs' generated kernels).
    public var variant: String
    public var kernels: Int
    public var seconds: (min: Double, median: Double, max: Double)
    /// Bytes that must move: every input, parameter and graph array read once, every result written once.
    public var floorBytes: Int
    /// Floating-point operations the pass needs (FlopCount: counted on the graph IR, so what a
    /// schedule recomputes is not counted).
    public var flops: Int
    /// Bytes of every buffer the program allocates (its peak: buffers live for the whole run).
    public var peakBytes: Int
    /// Sets of buffers the timed runs cycle through, so that a small program's inputs are not all
    /// in cache from the run before (1: no rotation).
    public var rotation: Int
    /// Timed runs behind the median.
    public var repeats: Int
    /// Seconds from the spec's graph IR to the emitted source (graph passes, schedule, kernel
    /// passes, emitter), and to load it on the device: the C compiler's or NVRTC's time, or a
    /// cache hit's (`compiled` says which).
    public var emitSeconds: Double = 0
    public var loadSeconds: Double = 0
    public var compiled = false
    public var gbps: Double { Double(floorBytes) / seconds.median / 1e9 }
    public var gflops: Double { Double(flops) / seconds.median / 1e9 }
}

public struct BenchConfig: Sendable {
    public var graphs: [String]
    public var widths: [Int]
    /// Graphs (synthetic, E edges, N = E / 10) on which only `spmm` and `softmax_aggregate` run forward, for time vs size.
    public var sweepEdges: [Int]
    public var sweepWidth: Int
    public var specsDirectory: String
    public var repeats: Int
    public var warmup: Int
    /// Only these workloads (primitive or ModelSpec names); nil: every one.
    public var workloads: Set<String>?
    /// A configuration whose warm-up run takes longer is timed 3 times instead of `repeats`.
    public var longRunSeconds = 0.25
    /// Bytes of the copy that measures the device's bandwidth.
    public var copyBytes: Int
    /// Programs whose buffers are smaller than this are run on rotating copies of their buffers
    /// (about the last-level cache of a server CPU, and more than an H100's 50 MB L2).
    public var rotationBytes: Int

    public static func standard(specs: String) -> BenchConfig {
        BenchConfig(graphs: ["cora", "synthetic:small", "synthetic:large"], widths: [16, 64, 256],
                    sweepEdges: [100_000, 200_000, 500_000, 1_000_000, 2_000_000], sweepWidth: 64,
                    specsDirectory: specs, repeats: 5, warmup: 1, workloads: nil, copyBytes: 1 << 28, rotationBytes: 1 << 26)
    }

    /// Seconds, for tests: two small graphs, two widths, one repeat.
    public static func tiny(specs: String) -> BenchConfig {
        BenchConfig(graphs: ["synthetic:300,1500,8,3,1"], widths: [4, 8], sweepEdges: [1000, 2000], sweepWidth: 8,
                    specsDirectory: specs, repeats: 2, warmup: 1, workloads: nil, copyBytes: 1 << 22, rotationBytes: 1 << 16)
    }

    func wants(_ workload: String) -> Bool { workloads?.contains(workload) ?? true }

    /// Graph names from a comma-separated list, where `synthetic:N,E,F,C,SEED` keeps its own commas
    /// (`cora,synthetic:300,1500,8,3,1,citeseer`).
    public static func graphList(_ items: [String]) -> [String] {
        var out: [String] = []
        for token in items where !token.isEmpty {
            if token.allSatisfy(\.isNumber), let last = out.last, last.hasPrefix("synthetic:"), last.filter({ $0 == "," }).count < 4 {
                out[out.count - 1] += "," + token
            } else {
                out.append(token)
            }
        }
        return out
    }
}

public enum Bench {
    /// The variants measured on `device`: fused and op by op, and on CUDA with cuBLAS loaded also
    /// the fused program with its GEMMs generated instead of handed to the library.
    static func variants(_ device: ExecutionDevice) -> [(name: String, fuse: Bool, libraryGEMMs: Bool)] {
        var out: [(String, Bool, Bool)] = [("fused", true, true), ("no-fuse", false, true)]
        if case .cuda(let d) = device, d.cublas != nil { out.append(("fused-generated-gemm", true, false)) }
        return out
    }

    /// Runs the configuration on `device`; `log` gets one line per record as it is measured.
    public static func run(_ config: BenchConfig, device: ExecutionDevice, dataDirectory: String?, acceptModifiedData: Bool = false,
                           log: (String) -> Void = { _ in }) throws -> (records: [BenchRecord], copyGBps: Double, gatherGBps: Double?) {
        let copy = try measureCopyBandwidth(device, bytes: config.copyBytes)
        log("copy bandwidth: \(format(copy)) GB/s (\(device.name) copy of \(config.copyBytes >> 20) MiB, read + write)")
        let gather = measureGatherBandwidth(device, tableBytes: min(config.copyBytes, 1 << 26))
        if let g = gather {
            log("random-gather bandwidth: \(format(g)) GB/s (256-byte rows at random from a \(min(config.copyBytes, 1 << 26) >> 20) MiB table, one thread, rows read)")
        }
        var records: [BenchRecord] = []
        let specs = try modelSpecs(config.specsDirectory).filter { config.wants($0.name) }
        let primitives = BenchWorkload.primitives.filter { config.wants($0.name) }
        for graphName in config.graphs {
            let data = try Datasets.load(graphName, dataDirectory: dataDirectory, acceptModified: acceptModifiedData)
            for w in primitives {
                for width in config.widths {
                    records += try measure(w, data, graphName, width: width, passes: ["forward", "forward+backward"], config, device, log)
                }
            }
            for w in specs {
                records += try measure(w, data, graphName, width: data.numFeatures, passes: ["forward", "forward+backward"], config, device, log)
            }
        }
        for edges in config.sweepEdges {
            let name = "synthetic:\(edges / 10),\(edges),\(config.sweepWidth),16,1"
            let swept = primitives.filter { $0.name == "spmm" || $0.name == "softmax_aggregate" }
            if swept.isEmpty { break }
            let data = try Datasets.load(name, dataDirectory: nil)
            for w in swept {
                records += try measure(w, data, name, width: config.sweepWidth, passes: ["forward"], config, device, log)
            }
        }
        return (records, copy, gather)
    }

    public static func modelSpecs(_ directory: String) throws -> [BenchWorkload] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".gnn") }.sorted()
        return try names.map { name in
            switch Compiler.load(path: directory + "/" + name) {
            case .failure(let d): throw ExecutionError(d.message)
            case .success(let file): return BenchWorkload(name: String(name.dropLast(4)), source: file, isPrimitive: false)
            }
        }
    }

    /// One scheduled program of a workload: its pass, its variant and the dimensions and graph it runs on.
    public struct Scheduled {
        public var pass: String
        public var variant: (name: String, fuse: Bool, libraryGEMMs: Bool)
        public var program: EmittedProgram
        public var dims: [String: Int]
        public var graph: GraphArrays
        /// The pass's floating-point operations (FlopCount), the same for every variant.
        public var flops: Int
        /// Seconds the plan took to emit the program.
        public var emitSeconds: Double
    }

    /// The programs `gnnc bench` measures for `w` on `data` at `width` (primitives) on `device`:
    /// each pass in `passes` times each variant (the generated-GEMM variant only where there is a GEMM).
    public static func schedules(_ w: BenchWorkload, _ data: Dataset, width: Int, passes: [String], on device: ExecutionDevice) throws -> [Scheduled] {
        guard let forward = SpecFrontEnd.compile(w.source).module else { throw ExecutionError("\(w.name) does not compile") }
        let dims = w.isPrimitive ? ["F": width] : try Trainer.bindDims(forward, features: data.numFeatures, classes: data.numClasses, edgeFeatures: data.numEdgeFeatures)
        let graph = GraphData(numNodes: data.numNodes, src: data.src, dst: data.dst).applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        let arrays = GraphArrays(graph)
        var out: [Scheduled] = []
        for pass in passes {
            // The plans `gnnc run` builds; a primitive (no parameters) is differentiated with respect
            // to its input `x`, its output taken as logits, so that it has a backward pass.
            var options = PlanOptions(target: device.target, mode: pass == "forward" ? .inference : .training, dims: dims,
                                      differentiate: w.isPrimitive && pass != "forward" ? ["x"] : [])
            let flops = try FlopCount.of(try Pipeline.emit(forward, options).1, graph: graph, dims: dims)
            for variant in variants(device) {
                options.fuse = variant.fuse
                let started = MonotonicClock.seconds()
                let (emitted, _) = try Pipeline.emit(forward, options)
                let emitSeconds = MonotonicClock.seconds() - started
                if !variant.libraryGEMMs && !emitted.program.kernels.contains(where: { $0.gemm != nil }) { continue }
                out.append(Scheduled(pass: pass, variant: variant, program: emitted, dims: dims, graph: arrays, flops: flops,
                                     emitSeconds: emitSeconds))
            }
        }
        return out
    }

    static func measure(_ w: BenchWorkload, _ data: Dataset, _ graphName: String, width: Int, passes: [String],
                        _ config: BenchConfig, _ device: ExecutionDevice, _ log: (String) -> Void) throws -> [BenchRecord] {
        try schedules(w, data, width: width, passes: passes, on: device).map { s in
            let before = device.compiledCount, started = MonotonicClock.seconds()
            let exe = try device.load(s.program, libraryGEMMs: s.variant.libraryGEMMs)
            let loadSeconds = MonotonicClock.seconds() - started
            let counts = try exe.program.elementCounts(s.graph, s.dims)
            let peak = peakBytes(exe.program, counts)
            let rotation = peak >= config.rotationBytes ? 1 : min(config.rotationBytes / max(peak, 1) + 1, 16)
            let sessions = try (0..<rotation).map { _ in try exe.makeSession(graph: s.graph, dims: s.dims) }
            for session in sessions { try bindRandom(session, exe.program, counts, classes: w.isPrimitive ? width : data.numClasses) }
            var next = 0
            let samples = try time(config, on: device) {
                try sessions[next % rotation].run(seed: 7, training: s.pass != "forward")
                next += 1
            }.sorted()
            let times = (samples.first!, RunReport.median(samples), samples.last!)
            var record = BenchRecord(workload: w.name, graph: graphName, nodes: s.graph.numNodes, edges: s.graph.numEdges, width: width,
                                     pass: s.pass, variant: s.variant.name, kernels: exe.program.kernels.count, seconds: times,
                                     floorBytes: floorBytes(exe.program, counts), flops: s.flops, peakBytes: peak, rotation: rotation,
                                     repeats: samples.count)
            record.emitSeconds = s.emitSeconds
            record.loadSeconds = loadSeconds
            record.compiled = device.compiledCount > before
            log(line(record))
            return record
        }
    }

    /// Inputs, parameters and state in [0, 0.5), labels below `classes`, a mask selecting a third of the nodes.
    static func bindRandom(_ s: any ProgramSession, _ p: KernelProgram, _ counts: [Int], classes: Int) throws {
        var rng = SplitMix64(state: 11)
        for (i, b) in p.buffers.enumerated() where b.role.isBound {
            let n = counts[i]
            switch b.name {
            case "labels": try s.bind(b.name, (0..<n).map { _ in Float(rng.int(max(classes, 1))) })
            case "train_mask": try s.bind(b.name, (0..<n).map { $0 % 3 == 0 ? 1 : 0 })
            default: try s.bind(b.name, (0..<n).map { _ in Float(rng.uniform() * 0.5) })
            }
        }
    }

    /// `warmup` runs, then `repeats` timed (3 when a warm-up run took longer than
    /// `longRunSeconds`: its median is as stable, and the configuration stays within minutes): on
    /// the CPU with a monotonic clock (the device is synchronous, so a run ends when its kernels
    /// have returned), on CUDA between two events on the device's stream (each run also copies its
    /// 64-byte size table to the device first).
    static func time(_ config: BenchConfig, on device: ExecutionDevice, _ body: () throws -> Void) throws -> [Double] {
        var longest = 0.0
        for _ in 0..<config.warmup {
            let start = MonotonicClock.seconds()
            try body()
            if case .cuda(let d) = device { try d.synchronize("a warm-up run") }
            longest = max(longest, MonotonicClock.seconds() - start)
        }
        let repeats = longest > config.longRunSeconds ? min(config.repeats, 3) : config.repeats
        var samples: [Double] = []
        for _ in 0..<max(repeats, 1) {
            switch device {
            case .cpu:
                let start = MonotonicClock.seconds()
                try body()
                samples.append(MonotonicClock.seconds() - start)
            case .cuda(let d):
                samples.append(try d.time(body) / 1e3)
            }
        }
        return samples
    }

    static func floorBytes(_ p: KernelProgram, _ counts: [Int]) -> Int {
        var bytes = 0
        for (i, b) in p.buffers.enumerated() where b.role.isBound || b.role == .graph {
            // Only the CSR side a program walks is needed, but both are counted: a conservative floor
            // would drop one; the arrays are small next to the features.
            bytes += counts[i] * b.dtype.byteWidth
        }
        for r in Set(p.results) { bytes += counts[r] * p.buffers[r].dtype.byteWidth }
        return bytes
    }

    static func peakBytes(_ p: KernelProgram, _ counts: [Int]) -> Int {
        zip(p.buffers, counts).reduce(0) { $0 + $1.1 * $1.0.dtype.byteWidth }
    }

    /// GB/s of copying `bytes` (bytes read plus bytes written), the best of 5: memcpy on the CPU,
    /// a device-to-device copy timed by events on CUDA.
    /// What an aggregation's gather can reach: rows of 64 floats (256 bytes, an F = 64 message)
    /// read at random (splitmix64) from a `tableBytes` table, one thread, as the copy measurement;
    /// GB/s of rows read, the best of 5. Nil on CUDA (not measured there yet).
    public static func measureGatherBandwidth(_ device: ExecutionDevice, tableBytes: Int) -> Double? {
        guard case .cpu = device else { return nil }
        let row = 256, rows = max(1, tableBytes / row), gathers = 1 << 18
        let table = UnsafeMutableRawPointer.allocate(byteCount: rows * row, alignment: 64)
        let out = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 64)
        defer { table.deallocate(); out.deallocate() }
        memset(table, 3, rows * row)
        var rng = SplitMix64(state: 5)
        let index = (0 ..< gathers).map { _ in rng.int(rows) }
        var best = Double.infinity
        var sink: UInt8 = 0
        for _ in 0 ..< 5 {
            let start = MonotonicClock.seconds()
            for (i, r) in index.enumerated() {
                // Writes go round a 64 KiB window that stays in cache: what is measured is the reads.
                memcpy(out + (i % 256) * row, table + r * row, row)
            }
            best = min(best, MonotonicClock.seconds() - start)
            sink &+= out.load(fromByteOffset: 4099 % (1 << 16), as: UInt8.self)
        }
        blackHole(sink)
        return Double(gathers * row) / best / 1e9
    }

    public static func measureCopyBandwidth(_ device: ExecutionDevice, bytes count: Int = 1 << 28) throws -> Double {
        if case .cuda(let d) = device {
            let a = try d.allocator.allocate(count, what: "the copy benchmark")
            defer { d.allocator.release(a) }
            let b = try d.allocator.allocate(count, what: "the copy benchmark")
            defer { d.allocator.release(b) }
            try d.zero(a.pointer, bytes: count, what: "the copy benchmark")
            try d.copy(a.pointer, to: b.pointer, bytes: count, what: "the copy benchmark")  // warm-up
            var best = Double.infinity
            for i in 0..<5 {
                let (from, to) = i % 2 == 0 ? (a, b) : (b, a)
                best = min(best, try d.time { try d.copy(from.pointer, to: to.pointer, bytes: count, what: "the copy benchmark") } / 1e3)
            }
            return 2 * Double(count) / best / 1e9
        }
        let a = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 64)
        let b = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 64)
        defer { a.deallocate(); b.deallocate() }
        memset(a, 1, count); memset(b, 2, count)
        var best = Double.infinity
        var sink: UInt8 = 0
        for i in 0..<5 {
            let (from, to) = i % 2 == 0 ? (a, b) : (b, a)
            let start = MonotonicClock.seconds()
            memcpy(to, from, count)
            best = min(best, MonotonicClock.seconds() - start)
            // Read what was written, so an optimiser cannot drop the copy.
            sink &+= to.load(fromByteOffset: (i * 4099) % count, as: UInt8.self)
        }
        blackHole(sink)
        return 2 * Double(count) / best / 1e9
    }

    @inline(never)
    static func blackHole(_ x: UInt8) { sink = sink &+ x }
    /// Written by every copy-bandwidth sample, so the copies cannot be optimised away.
    nonisolated(unsafe) static var sink: UInt8 = 0

    static func line(_ r: BenchRecord) -> String {
        "\(r.workload) \(r.graph) F=\(r.width) \(r.pass) \(r.variant): median \(format(r.seconds.median * 1e3)) ms, "
            + "\(format(r.gbps)) GB/s of the floor, \(format(r.gflops)) GFLOP/s, \(r.kernels) kernels, peak \(r.peakBytes / 1024) KiB, "
            + "emit \(format(r.emitSeconds * 1e3)) ms, \(r.compiled ? "compile" : "load from cache") \(format(r.loadSeconds * 1e3)) ms"
    }

    static func format(_ x: Double) -> String {
        if !x.isFinite { return "-" }
        if x >= 100 { return String(Int(x.rounded())) }
        if x >= 10 { return String((x * 10).rounded() / 10) }
        return String((x * 100).rounded() / 100)
    }
}
