// The front door of gnnc as a library: load sources, run the stages asked for, return text and diagnostics.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNCodegen

/// What `gnnc compile --emit` can print. Later stages join as they are built.
public enum EmitStage: String, CaseIterable, Sendable {
    case ast, gir
    /// The graph IR after the default pass pipeline (what is scheduled).
    case optGir = "opt-gir"
    case kir, c
    /// CUDA C for NVRTC, from the same kernel IR as `c`.
    case cu
    /// Graphviz of the optimised graph IR, with the fused kernels as clusters.
    case dot
}

/// The outcome of one compiler invocation: the text to print (if any), every diagnostic, and the
/// sources they refer to (for rendering excerpts).
public struct CompilerOutput: Sendable {
    public var text: String?
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]
    /// Lines logged by `--print-ir-after`, in order.
    public var log: [String] = []
    /// Fusion remarks (`--remarks`): what each kernel computes and what was not fused, and why.
    public var remarks: [String] = []
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func renderDiagnostics() -> String { DiagnosticRenderer(sources: sources).render(diagnostics) }
}

extension Diagnostic {
    static func cannotReadFile(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.cannotReadFile, "cannot read '\(path)': \(reason)", at: nil)
    }
    static func cannotWriteFile(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.cannotWriteFile, "cannot write '\(path)': \(reason)", at: nil)
    }
}

public enum Compiler {
    /// Reads a source file as UTF-8 (invalid bytes are replaced, and then reported by the lexer).
    public static func load(path: String) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(.cannotReadFile(path, exists ? "permission denied or not a regular file" : "no such file"))
        }
        return .success(SourceFile(name: path, text: String(decoding: data, as: UTF8.self)))
    }

    /// `gnnc compile SPEC --emit STAGE [--backward] [--no-fuse] [--print-ir-after P|all] [--remarks]`.
    ///
    /// The front end lowers the spec; with `backward`, autodiff appends the loss and the backward
    /// program. `gir` is that lowered IR, unoptimised. Every later stage starts from the optimised
    /// IR: the default passes of `PassPipeline`, with the verifier after each. `kir`, `c` and
    /// `dot` are then scheduled, fused unless `fuse` is false (the op-by-op baseline, still after
    /// the cleanup passes). `printAfter` and `remarks` run the pipeline and the schedule even for
    /// `--emit gir` (which still prints the unoptimised IR), so they never go silently unanswered.
    ///
    /// `precision` replaces the train block's setting, which chooses the storage dtypes
    /// (LowPrecisionStorage, the last pass); when it is not f32, `gir` already shows them.
    public static func compile(_ file: SourceFile, emit: EmitStage, backward: Bool = false, fuse: Bool = true,
                               printAfter: Set<String>? = nil, remarks: Bool = false, precision: Precision? = nil) -> CompilerOutput {
        let result = SpecFrontEnd.compile(file)
        var out = CompilerOutput(text: nil, diagnostics: result.diagnostics, sources: [file])
        if emit == .ast {
            // The outline is built even with errors (tests read it); the driver prints it only for a clean file.
            out.text = ASTPrinter.print(result.ast)
            return out
        }
        guard var m = result.module else { return out }
        // --precision stands for the train block's setting, which autodiff (the f16 loss scale)
        // and low-precision-storage read.
        if let precision { m.train["precision"] = .ident(precision.rawValue) }
        var log: [String] = []
        if backward {
            switch PassPipeline.run(m, passes: ["autodiff"], verifyEach: true, printAfter: printAfter, log: { log.append($0) }) {
            case .success(let d): m = d
            case .failure(let f): out.diagnostics += f.diagnostics; out.log = log; return out
            }
        }
        if emit == .gir {
            switch PassPipeline.run(m, pipeline: [LowPrecisionStorage()], verifyEach: true) {
            case .success(let typed): out.text = IRPrinter.print(typed)
            case .failure(let f): out.diagnostics += f.diagnostics; return out
            }
            if printAfter == nil && !remarks { return out }
        }
        // Everything after the lowered IR starts from the optimised IR, verified after every pass.
        switch PassPipeline.run(m, passes: PassPipeline.defaultPasses, verifyEach: true, printAfter: printAfter, log: { log.append($0) }) {
        case .success(let o): m = o
        case .failure(let f): out.diagnostics += f.diagnostics; out.text = nil; out.log = log; return out
        }
        out.log = log
        if emit == .optGir && !remarks {
            out.text = IRPrinter.print(m)
            return out
        }
        do {
            let fused = try ScheduleKernels.schedule(m, fuse: true)
            let program = fuse ? fused : try ScheduleKernels.schedule(m, fuse: false)
            if remarks { out.remarks = FusionRemarks.remarks(m, fused: fused, baseline: fuse ? try ScheduleKernels.schedule(m, fuse: false) : program) }
            switch emit {
            case .ast, .gir: break
            case .optGir: out.text = IRPrinter.print(m)
            case .kir: out.text = KernelPrinter.print(program)
            case .c: out.text = CEmitter.emit(program)
            case .cu: out.text = CEmitter.emit(try CUDASchedule.schedule(m, fuse: fuse), dialect: .cuda)
            case .dot: out.text = DotPrinter.print(m, program)
            }
        } catch {
            out.text = nil
            out.diagnostics.append(Diagnostic(.internalError, "internal error: scheduling failed: \(error.message)", at: nil))
        }
        return out
    }

    /// `gnnc opt FILE.gir --passes a,b,c`: parse graph IR text, run the passes (verifying after each).
    public static func opt(_ file: SourceFile, passes: [String], printAfter: Set<String>? = nil) -> CompilerOutput {
        let (parsed, parseDiagnostics) = IRParser.parse(file)
        var out = CompilerOutput(text: nil, diagnostics: parseDiagnostics, sources: [file])
        guard let module = parsed, !out.hasErrors else { return out }
        var log: [String] = []
        switch PassPipeline.run(module, passes: passes, verifyEach: true, printAfter: printAfter, log: { log.append($0) }) {
        case .success(let m): out.text = IRPrinter.print(m)
        case .failure(let f): out.diagnostics += f.diagnostics
        }
        out.log = log
        return out
    }

    /// Writes to a temporary file beside the target, then renames it over the target: rename(2) is
    /// atomic, so readers see the old file or the new one, never half of one; and it fails (EISDIR)
    /// rather than replace a directory.
    public static func writeAtomically(_ text: String, to path: String) -> Diagnostic? {
        let tmp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8)) else {
            return .cannotWriteFile(path, "cannot create a file in its directory")
        }
        guard rename(tmp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            return .cannotWriteFile(path, reason)
        }
        return nil
    }
}
