// The `noop` pass: returns its input unchanged.
import GNNIR

/// Exists so the pass machinery (registry, ordering, verify-after-each, print-after) can be
/// tested on a pass whose effect is known to be nothing.
public struct NoOp: GraphPass {
    public init() {}
    public var name: String { "noop" }
    public var summary: String { "do nothing (tests the pass machinery)" }
    public func run(_ m: GraphModule) throws -> GraphModule { m }
}
