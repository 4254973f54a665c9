// The front door of gnnc as a library: load sources, run the stages asked for, return text and diagnostics.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses

/// What `gnnc compile --emit` can print. Later stages join as they are built.
public enum EmitStage: String, CaseIterable, Sendable {
    case ast, gir
}

/// The outcome of one compiler invocation: the text to print (if any), every diagnostic, and the
/// sources they refer to (for rendering excerpts).
public struct CompilerOutput: Sendable {
    public var text: String?
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]
    /// Lines logged by `--print-ir-after`, in order.
    public var log: [String] = []
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

    /// `gnnc compile SPEC --emit STAGE`.
    public static func compile(_ file: SourceFile, emit: EmitStage) -> CompilerOutput {
        let result = SpecFrontEnd.compile(file)
        var out = CompilerOutput(text: nil, diagnostics: result.diagnostics, sources: [file])
        switch emit {
        case .ast:
            // The outline of what was read is useful even with errors, so it prints regardless.
            out.text = ASTPrinter.print(result.ast)
        case .gir:
            if let m = result.module { out.text = IRPrinter.print(m) }
        }
        return out
    }

    /// `gnnc opt FILE.gir --passes a,b,c`: parse graph IR text, run the passes (verifying after each).
    public static func opt(_ file: SourceFile, passes: [String], printAfter: Set<String>? = nil) -> CompilerOutput {
        let (parsed, parseDiagnostics) = IRParser.parse(file)
        var out = CompilerOutput(text: nil, diagnostics: parseDiagnostics, sources: [file])
        guard let module = parsed, !out.hasErrors else { return out }
        let verification = Verifier.verify(module)
        guard verification.isEmpty else { out.diagnostics += verification; return out }
        var log: [String] = []
        switch PassPipeline.run(module, passes: passes, verifyEach: true, printAfter: printAfter, log: { log.append($0) }) {
        case .success(let m): out.text = IRPrinter.print(m)
        case .failure(let f): out.diagnostics += f.diagnostics
        }
        out.log = log
        return out
    }

    /// Writes to a temporary file beside the target, then renames it, so no half-written output remains.
    public static func writeAtomically(_ text: String, to path: String) -> Diagnostic? {
        let tmp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8)) else {
            return .cannotWriteFile(path, "cannot create \(tmp)")
        }
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: tmp, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            return .cannotWriteFile(path, "\(error)")
        }
        return nil
    }
}
