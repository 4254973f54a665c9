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
        for name in names.filter({ $0.hasSuffix(".gnn") }).sorted() {
            let spec = String(name.dropLast(4))
            let programs: [(String, Bool, Precision, EmittedProgram)]
            do { programs = try schedules(specsDirectory + "/" + name) } catch {
                lines.append("\(pad(spec, 9))error: \(error)"); passed = false; continue
            }
            for (what, fuse, precision, emitted) in programs {
                let program = emitted.program, source = emitted.source
                for arch in architectures {
                    let head = pad(spec, 9) + pad(what, 10) + pad(fuse ? "fused" : "no-fuse", 10) + pad(precision.rawValue, 11)
                        + pad("compute_\(arch)", 12)
                    do {
                        let ptx = try cache.ptx(source: source, name: "\(spec).cu", options: ["--gpu-architecture=compute_\(arch)"], nvrtc: nvrtc)
                        let all = program.kernels.flatMap { [$0] + $0.variants }
                        let entries = all.filter { ptx.contains(".visible .entry \($0.name)(") }.count
                        let ok = entries == all.count
                        passed = passed && ok
                        lines.append(head + pad("\(entries)/\(all.count)", 9) + pad("\(ptx.utf8.count)", 11) + (ok ? "ok" : "FAIL (missing entries)"))
                    } catch {
                        passed = false
                        lines.append(head + "FAIL: \(error)")
                    }
                }
            }
        }
        let rows = lines.count - 2
        let stats = cache.stats
        lines.append("PTX cache \(cache.directory): \(stats.compiled) compiled, \(stats.loaded) loaded, \(stats.corruptEntriesRebuilt) corrupt entries rebuilt")
        lines.append(passed ? "\(rows) compiled, all passed" : "some compilations failed")
        return .success((lines.joined(separator: "\n") + "\n", passed))
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
