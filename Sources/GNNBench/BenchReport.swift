// `gnnc bench` output: the records as JSON, a Markdown table of fused against op by op, and an
// SVG chart of time against edges (log-log) drawn here, with no plotting library.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import GNNRuntime
import GNNCompiler
import GNNExecution
import GNNTraining

public struct BenchReport: Sendable {
    public var records: [BenchRecord]
    public var copyGBps: Double
    /// Random 256-byte-row gather bandwidth (one thread; nil where not measured).
    public var gatherGBps: Double? = nil
    public var machine: String
    /// `cpu` or `cuda`.
    public var device: String

    public init(records: [BenchRecord], copyGBps: Double, machine: String, device: String = "cpu") {
        self.records = records; self.copyGBps = copyGBps; self.machine = machine; self.device = device
    }

    public var json: String {
        let items: [JSON] = records.map { r in
            .object([("workload", .string(r.workload)), ("graph", .string(r.graph)), ("nodes", .int(r.nodes)), ("edges", .int(r.edges)),
                     ("width", .int(r.width)), ("pass", .string(r.pass)), ("variant", .string(r.variant)), ("kernels", .int(r.kernels)),
                     ("seconds", .object([("min", .number(r.seconds.min)), ("median", .number(r.seconds.median)), ("max", .number(r.seconds.max))])),
                     ("floor_bytes", .int(r.floorBytes)), ("flops", .int(r.flops)), ("gflops", .number(r.gflops)), ("gbps", .number(r.gbps)),
                     ("fraction_of_copy", .number(r.gbps / copyGBps)), ("peak_bytes", .int(r.peakBytes)),
                     ("rotation", .int(r.rotation)), ("repeats", .int(r.repeats)),
                     ("emit_seconds", .number(r.emitSeconds)), ("load_seconds", .number(r.loadSeconds)), ("compiled", .bool(r.compiled))])
        }
        return JSON.object([("schema", .string("gnnc-bench/1")), ("device", .string(device)), ("machine", .string(machine)),
                            ("copy_gbps", .number(copyGBps)), ("gather_gbps", gatherGBps.map { JSON.number($0) } ?? .null),
                            ("records", .array(items))]).document
    }

    /// The record of `variant` measured on the same configuration as `r`.
    func sibling(_ r: BenchRecord, _ variant: String) -> BenchRecord? {
        records.first { $0.variant == variant && $0.workload == r.workload && $0.graph == r.graph && $0.width == r.width && $0.pass == r.pass }
    }

    /// Fused and op-by-op records of the same configuration side by side.
    var pairs: [(fused: BenchRecord, baseline: BenchRecord)] {
        records.filter { $0.variant == "fused" }.compactMap { f in sibling(f, "no-fuse").map { (f, $0) } }
    }

    public var markdown: String {
        var out = "Device: \(device), \(machine); copy bandwidth \(Bench.format(copyGBps)) GB/s ("
            + (device == "cuda" ? "device-to-device copy" : "memcpy") + ", read + write)"
            + (gatherGBps.map { "; random-gather bandwidth \(Bench.format($0)) GB/s (256-byte rows at random, one thread, rows read)" } ?? "") + ".\n"
            + "Median of 5 repeats after a warm-up (3 when the warm-up took over 0.25 s; " + (device == "cuda" ? "CUDA events" : "monotonic clock")
            + "); GB/s counts the floor (inputs, parameters and graph read once, results written once); "
            + "GFLOP: the pass's floating-point operations counted on the graph IR (FlopCount); emit + load: the plan "
            + "from graph IR to source, then the " + (device == "cuda" ? "NVRTC compile" : "C compile") + " or a cache hit (cached).\n\n"
        let generated = records.contains { $0.variant == "fused-generated-gemm" }
        out += "| workload | graph | F | pass | fused ms | no-fuse ms | speedup |" + (generated ? " generated-GEMM ms |" : "")
            + " fused GB/s | % of copy | GFLOP | fused GFLOP/s | fused peak MiB | no-fuse peak MiB | fused emit + load ms |\n"
            + "|---|---|---|---|---|---|---|" + (generated ? "---|" : "") + "---|---|---|---|---|---|---|\n"
        for (f, b) in pairs {
            out += "| \(f.workload) | \(f.graph) | \(f.width) | \(f.pass) | \(Bench.format(f.seconds.median * 1e3)) | "
                + "\(Bench.format(b.seconds.median * 1e3)) | \(Bench.format(b.seconds.median / f.seconds.median))x | "
                + (generated ? "\(sibling(f, "fused-generated-gemm").map { Bench.format($0.seconds.median * 1e3) } ?? "") | " : "")
                + "\(Bench.format(f.gbps)) | \(Bench.format(100 * f.gbps / copyGBps)) | \(Bench.format(Double(f.flops) / 1e9)) | "
                + "\(Bench.format(f.gflops)) | \(Bench.format(Double(f.peakBytes) / 1048576)) | "
                + "\(Bench.format(Double(b.peakBytes) / 1048576)) | "
                + "\(Bench.format(f.emitSeconds * 1e3)) + \(Bench.format(f.loadSeconds * 1e3))\(f.compiled ? "" : " (cached)") |\n"
        }
        return out
    }

    /// Time against edges, log-log, one line per (workload, variant) over the size sweep.
    public func svg(width: Double = 640, height: Double = 420) -> String {
        let sweep = records.filter { $0.graph.hasPrefix("synthetic:") && $0.pass == "forward" && $0.variant != "fused-generated-gemm"
            && ($0.workload == "spmm" || $0.workload == "softmax_aggregate") && $0.graph.split(separator: ",").count == 5 }
        let series = Dictionary(grouping: sweep) { "\($0.workload) \($0.variant)" }
        let margin = (left: 70.0, right: 170.0, top: 30.0, bottom: 50.0)
        let xs = sweep.map { log10(Double($0.edges)) }, ys = sweep.map { log10($0.seconds.median * 1e3) }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\"></svg>\n"
        }
        let (lx, hx) = (floor(x0), max(ceil(x1), floor(x0) + 1)), (ly, hy) = (floor(y0), max(ceil(y1), floor(y0) + 1))
        func px(_ x: Double) -> Double { margin.left + (x - lx) / (hx - lx) * (width - margin.left - margin.right) }
        func py(_ y: Double) -> Double { height - margin.bottom - (y - ly) / (hy - ly) * (height - margin.top - margin.bottom) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(Int(width / 2))\" y=\"18\" text-anchor=\"middle\">time vs edges (log-log), forward, F = \(sweep.first?.width ?? 0); \(machine)</text>\n"
        for d in Int(lx)...Int(hx) {
            let x = px(Double(d))
            out += "<line x1=\"\(x)\" y1=\"\(py(ly))\" x2=\"\(x)\" y2=\"\(py(hy))\" stroke=\"#ddd\"/>"
            out += "<text x=\"\(x)\" y=\"\(height - margin.bottom + 18)\" text-anchor=\"middle\">1e\(d)</text>\n"
        }
        for d in Int(ly)...Int(hy) {
            let y = py(Double(d))
            out += "<line x1=\"\(px(lx))\" y1=\"\(y)\" x2=\"\(px(hx))\" y2=\"\(y)\" stroke=\"#ddd\"/>"
            out += "<text x=\"\(margin.left - 8)\" y=\"\(y + 4)\" text-anchor=\"end\">1e\(d) ms</text>\n"
        }
        out += "<text x=\"\(Int((margin.left + width - margin.right) / 2))\" y=\"\(Int(height - 12))\" text-anchor=\"middle\">edges</text>\n"
        let colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
        for (i, name) in series.keys.sorted().enumerated() {
            let points = series[name]!.sorted { $0.edges < $1.edges }
                .map { "\(px(log10(Double($0.edges)))),\(py(log10($0.seconds.median * 1e3)))" }.joined(separator: " ")
            let color = colors[i % colors.count], dash = name.hasSuffix("no-fuse") ? " stroke-dasharray=\"6 4\"" : ""
            out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>\n"
            let ly = margin.top + 20 + Double(i) * 18
            out += "<line x1=\"\(width - margin.right + 10)\" y1=\"\(ly)\" x2=\"\(width - margin.right + 34)\" y2=\"\(ly)\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
            out += "<text x=\"\(width - margin.right + 40)\" y=\"\(ly + 4)\">\(name)</text>\n"
        }
        return out + "</svg>\n"
    }

    /// The CPU model and core count, from /proc/cpuinfo where there is one.
    public static func machineDescription() -> String {
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":", maxSplits: 1).last
        return "\(model.map { $0.drop(while: { $0 == " " }) } ?? "unknown CPU"), \(cores) cores"
    }

    /// Writes `bench.json`, `bench.md` and `bench.svg` into `directory`, each atomically.
    public func write(to directory: String) -> String? {
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            return "cannot create '\(directory)': \(error)"
        }
        for (name, text) in [("bench.json", json), ("bench.md", markdown), ("bench.svg", svg())] {
            if let d = Compiler.writeAtomically(text, to: directory + "/" + name) { return d.message }
        }
        return nil
    }
}
