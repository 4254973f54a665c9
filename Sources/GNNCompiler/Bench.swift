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
import GNNReference
import GNNRuntime
import GNNSpec

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
    /// `fused` or `no-fuse`.
    public var variant: String
    public var kernels: Int
    public var seconds: (min: Double, median: Double, max: Double)
    /// Bytes that must move: every input, parameter and graph array read once, every result written once.
    public var floorBytes: Int
    /// Bytes of every buffer the program allocates (its peak: buffers live for the whole run).
    public var peakBytes: Int
    public var gbps: Double { Double(floorBytes) / seconds.median / 1e9 }
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

    public static func standard(specs: String) -> BenchConfig {
        BenchConfig(graphs: ["cora", "synthetic:small", "synthetic:large"], widths: [16, 64, 256],
                    sweepEdges: [100_000, 200_000, 500_000, 1_000_000, 2_000_000], sweepWidth: 64,
                    specsDirectory: specs, repeats: 5, warmup: 1)
    }

    /// Seconds, for tests: two small graphs, two widths, one repeat.
    public static func tiny(specs: String) -> BenchConfig {
        BenchConfig(graphs: ["synthetic:300,1500,8,3,1"], widths: [4, 8], sweepEdges: [1000, 2000], sweepWidth: 8,
                    specsDirectory: specs, repeats: 1, warmup: 1)
    }
}

public enum Bench {
    /// Runs the configuration on the CPU; `log` gets one line per record as it is measured.
    public static func run(_ config: BenchConfig, device: CPUDevice, dataDirectory: String?,
                           log: (String) -> Void = { _ in }) throws -> (records: [BenchRecord], copyGBps: Double) {
        let copy = measureCopyBandwidth()
        log("copy bandwidth: \(format(copy)) GB/s (memcpy of 256 MiB, read + write)")
        var records: [BenchRecord] = []
        let specs = try modelSpecs(config.specsDirectory)
        for graphName in config.graphs {
            let data = try Datasets.load(graphName, dataDirectory: dataDirectory)
            for w in BenchWorkload.primitives {
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
            let data = try Datasets.load(name, dataDirectory: nil)
            for w in BenchWorkload.primitives where w.name == "spmm" || w.name == "softmax_aggregate" {
                records += try measure(w, data, name, width: config.sweepWidth, passes: ["forward"], config, device, log)
            }
        }
        return (records, copy)
    }

    static func modelSpecs(_ directory: String) throws -> [BenchWorkload] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".gnn") }.sorted()
        return try names.map { name in
            switch Compiler.load(path: directory + "/" + name) {
            case .failure(let d): throw ExecutionError(d.message)
            case .success(let file): return BenchWorkload(name: String(name.dropLast(4)), source: file, isPrimitive: false)
            }
        }
    }

    static func measure(_ w: BenchWorkload, _ data: Dataset, _ graphName: String, width: Int, passes: [String],
                        _ config: BenchConfig, _ device: CPUDevice, _ log: (String) -> Void) throws -> [BenchRecord] {
        guard let forward = SpecFrontEnd.compile(w.source).module else { throw ExecutionError("\(w.name) does not compile") }
        let dims = w.isPrimitive ? ["F": width] : try Trainer.bindDims(forward, features: data.numFeatures, classes: data.numClasses)
        let graph = GraphData(numNodes: data.numNodes, src: data.src, dst: data.dst).applyingSelfLoops(forward.graphSettings["self_loops"]?.asIdent)
        let arrays = GraphArrays(numNodes: graph.numNodes, src: graph.src, dst: graph.dst)
        var out: [BenchRecord] = []
        for pass in passes {
            let module = pass == "forward" ? forward : try Autodiff.differentiate(forward)
            let optimized = try Trainer.optimize(module, Trainer.passes(dims: dims))
            for fuse in [true, false] {
                let program = try ScheduleKernels.schedule(optimized, fuse: fuse)
                let exe = try CPUExecutable(program, device: device)
                let session = try exe.session(graph: arrays, dims: dims)
                try bindRandom(session, program, classes: w.isPrimitive ? width : data.numClasses)
                let times = try time(config) { session.run(seed: 7, training: pass != "forward") }
                let counts = try program.elementCounts(arrays, dims)
                let record = BenchRecord(workload: w.name, graph: graphName, nodes: graph.numNodes, edges: graph.src.count, width: width,
                                         pass: pass, variant: fuse ? "fused" : "no-fuse", kernels: program.kernels.count, seconds: times,
                                         floorBytes: floorBytes(program, counts), peakBytes: peakBytes(program, counts))
                log(line(record))
                out.append(record)
            }
        }
        return out
    }

    /// Inputs and parameters in [-0.5, 0.5), labels below `classes`, a mask selecting a third of the nodes.
    static func bindRandom(_ s: CPUExecutable.Session, _ p: KernelProgram, classes: Int) throws {
        var rng = SplitMix64(state: 11)
        for (i, b) in p.buffers.enumerated() where b.role == .input || b.role == .param {
            let n = s.counts[i]
            switch b.name {
            case "labels": try s.bind(b.name, (0..<n).map { _ in Float(rng.int(max(classes, 1))) })
            case "train_mask": try s.bind(b.name, (0..<n).map { $0 % 3 == 0 ? 1 : 0 })
            default: try s.bind(b.name, (0..<n).map { _ in Float(rng.uniform() * 0.5) })
            }
        }
    }

    /// `warmup` runs, then `repeats` timed with a monotonic clock (each run ends when its kernels
    /// have returned: the CPU device is synchronous).
    static func time(_ config: BenchConfig, _ body: () -> Void) throws -> (min: Double, median: Double, max: Double) {
        for _ in 0..<config.warmup { body() }
        var samples: [Double] = []
        for _ in 0..<max(config.repeats, 1) {
            let start = Trainer.now()
            body()
            samples.append(Trainer.now() - start)
        }
        samples.sort()
        return (samples.first!, RunReport.median(samples), samples.last!)
    }

    static func floorBytes(_ p: KernelProgram, _ counts: [Int]) -> Int {
        var bytes = 0
        for (i, b) in p.buffers.enumerated() where b.role == .input || b.role == .param || b.role == .graph {
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

    /// GB/s of memcpy over 256 MiB (bytes read plus bytes written), the best of 5.
    public static func measureCopyBandwidth() -> Double {
        let count = 1 << 28
        let a = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 64)
        let b = UnsafeMutableRawPointer.allocate(byteCount: count, alignment: 64)
        defer { a.deallocate(); b.deallocate() }
        memset(a, 1, count); memset(b, 2, count)
        var best = Double.infinity
        var sink: UInt8 = 0
        for i in 0..<5 {
            let (from, to) = i % 2 == 0 ? (a, b) : (b, a)
            let start = Trainer.now()
            memcpy(to, from, count)
            best = min(best, Trainer.now() - start)
            // Read what was written, so an optimiser cannot drop the copy.
            sink &+= to.load(fromByteOffset: (i * 4099) % count, as: UInt8.self)
        }
        blackHole(sink)
        return 2 * Double(count) / best / 1e9
    }

    @inline(never)
    static func blackHole(_ x: UInt8) { if x == 0x5A && getenv("GNNC_NEVER_SET_THIS") != nil { print(x) } }

    static func line(_ r: BenchRecord) -> String {
        "\(r.workload) \(r.graph) F=\(r.width) \(r.pass) \(r.variant): median \(format(r.seconds.median * 1e3)) ms, "
            + "\(format(r.gbps)) GB/s of the floor, \(r.kernels) kernels, peak \(r.peakBytes / 1024) KiB"
    }

    static func format(_ x: Double) -> String {
        if !x.isFinite { return "-" }
        if x >= 100 { return String(Int(x.rounded())) }
        if x >= 10 { return String((x * 10).rounded() / 10) }
        return String((x * 100).rounded() / 100)
    }
}
