// The pass protocol and the error a pass throws when it rejects a module.
import GNNDiagnostics
import GNNIR

/// A module-to-module transformation. Passes are values without state between runs, so the
/// same instance can sit in the pipeline table and run on many modules, from any thread.
public protocol GraphPass: Sendable {
    /// The `--passes` name; also the pass's file name and its test input's name.
    var name: String { get }
    /// One line for `--help` and pass listings.
    var summary: String { get }
    func run(_ m: GraphModule) throws -> GraphModule
}

/// Why a pass, or the pipeline around it, could not produce a module: located diagnostics, so
/// the driver renders them like any other compile error.
public struct PassFailure: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
