// `gnnc selftest --device nvrtc`: every ModelSpec's CUDA C, forward and training, fused and op by
// op in f32 and fused in f16 and bf16 storage, compiled to PTX by NVRTC for each target
// architecture; needs the library, not a GPU.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNSpec
import GNNCodegen
import GNNRuntime
import GNNCompiler
import GNNExecution

public enum NVRTCSelfTest {
    /// The architectures checked by default: Ampere and Hopper.
    public static let defaultArchitectures = [80, 90]

    /// One row per (spec, program, fuse, architecture): kernels compiled and PTX bytes, or the error.
    /// PTX goes through `cache` (default: the user's, beside the CPU kernel libraries).
    public static func run(specsDirectory: String, architectures: [Int] = defaultArchitectures,
                           cache: PTXCache? = nil, settings: Settings = .process) -> Result<(String, Bool), SelfTestFailure> {
        let cache = cache ?? PTXCache(settings: settings)
        let nvrtc: NVRTC
        do { nvrtc = try NVRTC.load(settings) } catch {
            return .failure(SelfTestFailure("NVRTC is not available: \(error) (searched: \(NVRTC.searchList(settings).joined(separator: ", ")); set GNNC_NVRTC to the library)"))
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: specsDirectory) else {
            return .failure(SelfTestFailure("cannot read the spec directory '\(specsDirectory)' (use --specs DIR)"))
        }
        var lines = ["NVRTC \(nvrtc.version.major).\(nvrtc.version.minor) (\(nvrtc.path))",
                     "model    program   schedule  precision  arch        kernels  PTX bytes  result"]
        var passed = true
        // Every (spec, program, architecture) is compiled on its own NVRTC program, several at a
        // time (NVRTC compiles independent programs concurrently); rows print in spec order.
        var jobs: [Job] = []
        for name in names.filter({ $0.hasSuffix(".gnn") }).sorted() {
            let spec = String(name.dropLast(4))
            let programs: [(String, Bool, Precision, EmittedProgram)]
            do { programs = try schedules(specsDirectory + "/" + name) } catch {
                jobs.append(Job(spec: spec, head: pad(spec, 9), emitted: nil, arch: 0, failure: "\(error)")); continue
            }
            for (what, fuse, precision, emitted) in programs {
                for arch in architectures {
                    let head = pad(spec, 9) + pad(what, 10) + pad(fuse ? "fused" : "no-fuse", 10) + pad(precision.rawValue, 11)
                        + pad("compute_\(arch)", 12)
                    jobs.append(Job(spec: spec, head: head, emitted: emitted, arch: arch, failure: nil))
                }
            }
        }
        let outcomes = ParallelMap.run(jobs.count, workers: ParallelMap.compilerWorkers) { [jobs] i in
            compile(jobs[i], cache: cache, nvrtc: nvrtc)
        }
        for (line, ok) in outcomes {
            lines.append(line)
            passed = passed && ok
        }
        let rows = lines.count - 2
        let stats = cache.stats
        lines.append("PTX cache \(cache.directory): \(stats.compiled) compiled, \(stats.loaded) loaded, \(stats.corruptEntriesRebuilt) corrupt entries rebuilt")
        lines.append(passed ? "\(rows) compiled, all passed" : "some compilations failed")
        return .success((lines.joined(separator: "\n") + "\n", passed))
    }

    struct Job: Sendable {
        var spec: String
        var head: String
        var emitted: EmittedProgram?
        var arch: Int
        /// The spec did not compile: the row is this error.
        var failure: String?
    }

    /// One row: the job's PTX compiled (or loaded) and every kernel's entry found in it.
    static func compile(_ job: Job, cache: PTXCache, nvrtc: NVRTC) -> (String, Bool) {
        guard let emitted = job.emitted else { return (job.head + "error: \(job.failure ?? "")", false) }
        do {
            let ptx = try cache.ptx(source: emitted.source, name: "\(job.spec).cu", options: ["--gpu-architecture=compute_\(job.arch)"],
                                    nvrtc: nvrtc)
            let all = emitted.program.kernels.flatMap { [$0] + $0.variants }
            let entries = all.filter { ptx.contains(".visible .entry \($0.name)(") }.count
            let ok = entries == all.count
            return (job.head + pad("\(entries)/\(all.count)", 9) + pad("\(ptx.utf8.count)", 11) + (ok ? "ok" : "FAIL (missing entries)"), ok)
        } catch {
            return (job.head + "FAIL: \(error)", false)
        }
    }

    /// Forward and training programs of one spec: f32 fused and op by op, f16 and bf16 fused (f16
    /// training with its loss-scale input, as the trainer builds it).
    static func schedules(_ path: String) throws -> [(String, Bool, Precision, EmittedProgram)] {
        let file: SourceFile
        switch Compiler.load(path: path) {
        case .failure(let d): throw SelfTestFailure(d.message)
        case .success(let f): file = f
        }
        guard let model = SpecFrontEnd.compile(file).module else { throw SelfTestFailure("\(path) has errors (gnnc compile shows them)") }
        var out: [(String, Bool, Precision, EmittedProgram)] = []
        for precision in Precision.allCases {
            for (what, mode) in [("forward", ProgramMode.inference), ("training", .training)] {
                for fuse in precision == .f32 ? [true, false] : [true] {
                    let options = PlanOptions(target: .cuda, mode: mode, precision: precision, fuse: fuse)
                    out.append((what, fuse, precision, try Pipeline.emit(model, options).0))
                }
            }
        }
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
}
