// The `verify` pass: runs the IR verifier and fails with its diagnostics.
import GNNDiagnostics
import GNNIR

/// Explicit verification, for `gnnc opt --passes verify` and for pipelines run without
/// `verifyEach`; it never changes the module.
public struct Verify: GraphPass {
    public init() {}
    public var name: String { "verify" }
    public var summary: String { "check the IR invariants (SSA order, type rules, dimension symbols, results)" }

    public func run(_ m: GraphModule) throws -> GraphModule {
        let problems = Verifier.verify(m)
        guard problems.isEmpty else { throw PassFailure(problems) }
        return m
    }
}
