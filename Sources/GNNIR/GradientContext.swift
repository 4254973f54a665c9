// What a derivative rule of the op table builds with: the module being extended, which values need
// gradients, and each value's gradient so far (reverse mode accumulates contributions).

public struct AutodiffError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reverse-mode state shared by every derivative rule; the autodiff pass drives it op by op from
/// the last to the first.
public final class GradientContext {
    public var builder: GraphBuilder
    /// Values that depend on something being differentiated; only they get gradients.
    public var requiresGrad: Set<ValueID>
    public var grads: [ValueID: ValueID] = [:]
    /// Derivative rules to get wrong on purpose (the names in GNNPasses' FaultInjection): only tests
    /// of the numeric checks set any, to show that a wrong rule is caught.
    public let faults: Set<String>

    public init(builder: GraphBuilder, requiresGrad: Set<ValueID>, faults: Set<String> = []) {
        self.builder = builder
        self.requiresGrad = requiresGrad
        self.faults = faults
    }

    public func needs(_ v: ValueID) -> Bool { requiresGrad.contains(v) }

    public func type(_ v: ValueID) -> TensorType { builder.module.type(of: v) }

    /// Appends an op; a rule that builds an ill-typed one is a bug in the rule, reported as such.
    public func add(_ op: Opcode, _ operands: [ValueID], _ attrs: Attributes = Attributes(),
                    declared: TensorType? = nil, name: String? = nil) throws(AutodiffError) -> ValueID {
        do {
            return try builder.add(op, operands, attributes: attrs, name: name, declared: declared)
        } catch {
            throw AutodiffError("derivative rule built an ill-typed \(op): \(error.message)")
        }
    }

    public func add(_ op: Opcode, _ operands: [ValueID], _ attrs: [String: Attribute],
                    declared: TensorType? = nil, name: String? = nil) throws(AutodiffError) -> ValueID {
        try add(op, operands, Attributes(attrs), declared: declared, name: name)
    }

    public func zeros(like t: TensorType) throws(AutodiffError) -> ValueID {
        let z = try add(.constant, [], ["value": .float(0)])
        return try add(.broadcastTo, [z], declared: t)
    }

    /// Adds `contribution` to the gradient of `v`, first summing away broadcast axes.
    public func accumulate(_ v: ValueID, _ contribution: ValueID) throws(AutodiffError) {
        guard requiresGrad.contains(v) else { return }
        var c = contribution
        if type(c) != type(v) { c = try add(.sumTo, [c], declared: type(v)) }
        if let old = grads[v] { grads[v] = try add(.binary(.add), [old, c]) } else { grads[v] = c }
    }
}
