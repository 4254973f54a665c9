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

    /// Where the plan can stop for this stage.
    var stop: PlanStop {
        switch self {
        case .ast, .gir: return .gir
        case .optGir: return .optGir
        case .kir, .dot: return .kir
        case .c, .cu: return .source
        }
    }
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

    public init(text: String?, diagnostics: [Diagnostic], sources: [SourceFile]) {
        self.text = text; self.diagnostics = diagnostics; self.sources = sources
    }

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

    /// `gnnc compile SPEC --emit STAGE [--backward] [--no-fuse] [--target T] [--dims F=..] [--print-ir-after P|all] [--remarks]`.
    ///
    /// The front end lowers the spec; then the plan (Pipeline) for the target, the mode (training
    /// with `backward`), the precision and the dims runs, with the verifier after every stage, and
    /// `emit` stops it: `gir` is the whole program before the cleanups (the lowered forward, or in
    /// training the program as autodiff leaves it), `opt-gir` after every graph pass, `kir` after
    /// the schedule and the kernel passes, `c`/`cu` the source a device loads. `cu` is the CUDA
    /// target; `c` with the CUDA target is its lane-emulating C. `printAfter` and `remarks` run the
    /// whole plan even when `emit` stops earlier, so they never go silently unanswered. Past
    /// `errorLimit` errors the front end stops (`--error-limit`).
    public static func compile(_ file: SourceFile, emit: EmitStage, backward: Bool = false, fuse: Bool = true,
                               printAfter: Set<String>? = nil, remarks: Bool = false, precision: Precision? = nil,
                               target: Target? = nil, dims: [String: Int] = [:], errorLimit: ErrorLimit = .standard) -> CompilerOutput {
        let result = SpecFrontEnd.compile(file, errorLimit: errorLimit)
        var out = CompilerOutput(text: nil, diagnostics: result.diagnostics, sources: [file])
        if emit == .ast {
            // The outline is built even with errors (tests read it); the driver prints it only for a clean file.
            out.text = ASTPrinter.print(result.ast)
            return out
        }
        guard let m = result.module else { return out }
        let options = PlanOptions(target: target ?? (emit == .cu ? .cuda : .cpu), mode: backward ? .training : .inference,
                                  precision: precision, dims: dims, fuse: fuse, emulateLanes: emit == .c)
        if emit == .cu && options.target != .cuda {
            out.diagnostics.append(Diagnostic(.badOption, "--emit cu is the CUDA target's source; drop --target cpu or emit c", at: nil))
            return out
        }
        let plan = Pipeline.plan(for: m, options)
        var log: [String] = []
        let stop: PlanStop = printAfter != nil || remarks ? .source : emit.stop
        let ran = plan.run(m, until: stop, verifyEach: true, printAfter: printAfter) { log.append($0) }
        out.log = log
        guard case .success(let r) = ran else {
            if case .failure(let f) = ran { out.diagnostics += f.diagnostics }
            return out
        }
        if remarks, let graph = r.graph {
            // Remarks describe the fused program against the op-by-op one, whichever is emitted.
            var fusedOptions = options, unfusedOptions = options
            (fusedOptions.fuse, unfusedOptions.fuse) = (true, false)
            if case .success(let fused) = Pipeline.plan(for: m, fusedOptions).run(m, until: .kir),
               case .success(let unfused) = Pipeline.plan(for: m, unfusedOptions).run(m, until: .kir),
               let f = fused.kernels, let u = unfused.kernels {
                out.remarks = FusionRemarks.remarks(graph, fused: f, baseline: u)
            }
        }
        switch emit {
        case .ast: break
        case .gir: out.text = r.gir.map(IRPrinter.print)
        case .optGir: out.text = r.graph.map(IRPrinter.print)
        case .kir: out.text = r.kernels.map(KernelPrinter.print)
        case .c, .cu: out.text = r.emitted?.source
        case .dot: if let g = r.graph, let k = r.kernels { out.text = DotPrinter.print(g, k) }
        }
        return out
    }

    /// Problems with `opt`'s pass options alone (unknown names, a list out of order), for a file
    /// named `fileName` (`.kir` takes kernel passes): a driver reports them before reading it.
    public static func optOptionProblems(fileName: String, passes: [String], printAfter: Set<String>?) -> [Diagnostic] {
        fileName.hasSuffix(".kir") ? KernelPassPipeline.problems(passes: passes, printAfter: printAfter)
            : PassPipeline.problems(passes: passes, printAfter: printAfter)
    }

    /// `gnnc opt FILE.gir --passes a,b,c`: parse graph IR text, run the passes (verifying after each).
    /// A `.kir` file is kernel IR and takes kernel passes.
    public static func opt(_ file: SourceFile, passes: [String], printAfter: Set<String>? = nil,
                           errorLimit: ErrorLimit = .standard) -> CompilerOutput {
        if file.name.hasSuffix(".kir") { return optKernels(file, passes: passes, printAfter: printAfter, errorLimit: errorLimit) }
        let (parsed, parseDiagnostics) = IRParser.parse(file, errorLimit: errorLimit)
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

    /// `gnnc opt FILE.kir --passes a,b`: parse kernel IR text, run the kernel passes (verifying the
    /// input and the program after each).
    static func optKernels(_ file: SourceFile, passes: [String], printAfter: Set<String>?, errorLimit: ErrorLimit) -> CompilerOutput {
        let (parsed, parseDiagnostics) = KernelParser.parse(file, errorLimit: errorLimit)
        var out = CompilerOutput(text: nil, diagnostics: parseDiagnostics, sources: [file])
        guard let program = parsed, !out.hasErrors else { return out }
        var log: [String] = []
        switch KernelPassPipeline.run(program, passes: passes, verifyEach: true, printAfter: printAfter, log: { log.append($0) }) {
        case .success(let p): out.text = KernelPrinter.print(p)
        case .failure(let f): out.diagnostics += f.diagnostics
        }
        out.log = log
        return out
    }

    /// Writes to a temporary file beside the target, then renames it over the target: rename(2) is
    /// atomic, so readers see the old file or the new one, never half of one; and it fails (EISDIR)
    /// rather than replace a directory.
    public static func writeAtomically(_ text: String, to path: String) -> Diagnostic? {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .cannotWriteFile(path, "cannot create a file in its directory: \(String(cString: strerror(errno)))") }
        // A full disk shows up as a short write, or only at fsync/close on some file systems:
        // every step is checked so the message names the cause, and the partial file is removed.
        var failure: String?
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { failure = String(cString: strerror(n < 0 ? errno : ENOSPC)); return }
                offset += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(tmp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(tmp)
            return .cannotWriteFile(path, failure)
        }
        return nil
    }
}
