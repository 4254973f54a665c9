// RuntimeError: the one error type of the runtime, with a kind callers can switch on and a stable id.
import GNNDiagnostics

/// An error raised while compiling, caching or loading kernels.
///
/// `message` is written for a person: it names the file or symbol and the operation that
/// failed, so it can be printed as is. `path` points at the file involved (for a failed
/// compile: the saved source, a reproducer) and `compilerOutput` carries the compiler's
/// own diagnostics, so callers can show them without parsing the message.
public struct RuntimeError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// The C compiler could not be found or executed.
        case compilerMissing
        /// The C compiler ran and rejected the source.
        case compileFailed
        /// `dlopen` refused a shared library.
        case loadFailed
        /// `dlsym` found no such symbol in a loaded library.
        case symbolMissing
        /// The kernel cache could not read or write a file it needed.
        case cacheIO
        /// A CUDA driver or cuBLAS call failed (the message names the call, the kernel and the op).
        case deviceFailed
        /// A file system is full (the message names the directory and the bytes left).
        case noSpace
        /// Memory cannot be had: the estimate exceeds what is available, or an allocation failed.
        case outOfMemory
    }

    public let kind: Kind
    public let message: String
    public let path: String?
    public let compilerOutput: String?

    public init(_ kind: Kind, _ message: String, path: String? = nil, compilerOutput: String? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.compilerOutput = compilerOutput
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}

extension RuntimeError: DiagnosticConvertible {
    public var diagnostic: Diagnostic {
        let id: DiagnosticID
        switch kind {
        case .compilerMissing: id = .compilerMissing
        case .compileFailed: id = .compileFailed
        case .loadFailed: id = .libraryLoadFailed
        case .symbolMissing: id = .symbolMissing
        case .cacheIO: id = .cacheIO
        case .deviceFailed: id = .deviceFailed
        case .noSpace: id = .noSpace
        case .outOfMemory: id = .outOfMemory
        }
        var notes: [Note] = []
        if let path { notes.append(Note("see \(path)")) }
        if let output = compilerOutput, !output.isEmpty {
            notes.append(Note("the compiler said:\n" + output.split(separator: "\n").prefix(20).joined(separator: "\n")))
        }
        return Diagnostic(id, message, at: nil, notes: notes)
    }
}

extension SafeTensorsError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(.checkpointInvalid, message, at: nil) }
}
