// Result types of ops: the op table's rules plus storage dtypes, shared by the builder (to construct)
// and the verifier (to check); the broadcasting, product and concatenation rules several ops share.

/// Why an op's operands do not type-check; the caller turns it into a located diagnostic.
public struct TypeRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable { case arity, domain, shape, matmul, attribute, dtype }
    public var kind: Kind
    public var message: String
    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
    public var description: String { message }
}

public enum TypeRules {
    /// The result type of `opcode` applied to operands of the given types. `declared` is the written
    /// type for ops whose type is not derived (input, param).
    ///
    /// Float dtypes are storage only (see `DType.isFloat`): the rules below see every float operand
    /// as f32, and the result is stored as its float operands' common dtype (f32 when they differ),
    /// as declared (input, param, sum_to, max_to, min_to, broadcast_to) or as `to` (convert). Mixing a float with an
    /// integer value is still an error.
    public static func resultType(_ opcode: Opcode, _ operands: [TensorType], _ attrs: Attributes,
                                  declared: TensorType? = nil) throws(TypeRuleError) -> TensorType {
        let computed = operands.map { $0.dtype.isFloat ? $0.with(dtype: .f32) : $0 }
        let asF32 = declared.map { $0.dtype.isFloat ? $0.with(dtype: .f32) : $0 }
        var t = try arithmeticType(opcode, computed, attrs, declared: asF32)
        guard t.dtype.isFloat else { return t }
        switch opcode {
        case .input, .param, .state, .sumTo, .reduceTo, .broadcastTo: t.dtype = declared?.dtype ?? .f32
        case .convert:
            guard let to = attrs["to"]?.asIdent.flatMap(DType.init(rawValue:)), to.isFloat else {
                throw TypeRuleError(.attribute, "convert needs to = f32|f16|bf16|f64")
            }
            t.dtype = to
        default: t.dtype = DType.promote(operands.map(\.dtype).filter(\.isFloat))
        }
        return t
    }

    /// The result type with every float stored as f32: the op table's rule, after its arity.
    static func arithmeticType(_ opcode: Opcode, _ operands: [TensorType], _ attrs: Attributes,
                               declared: TensorType?) throws(TypeRuleError) -> TensorType {
        let info = opcode.info
        try info.arity.check(opcode, operands)
        return try info.typeRule(operands, attrs, declared)
    }

    /// Domain of a binary result: node, edge and graph values never mix; global broadcasts into any.
    public static func joinDomains(_ a: Domain, _ b: Domain) -> Domain? {
        if a == b { return a }
        if a == .global { return b }
        if b == .global { return a }
        return nil
    }

    /// Numpy-style broadcasting of the feature dims, right-aligned, where a 1 stretches.
    public static func broadcast(_ a: TensorType, _ b: TensorType, _ op: Opcode) throws(TypeRuleError) -> TensorType {
        guard let domain = joinDomains(a.domain, b.domain) else {
            // Named in a fixed order (node, edge, graph), whichever operand comes first.
            let (x, y) = [a.domain, b.domain].sorted { Domain.allCases.firstIndex(of: $0)! < Domain.allCases.firstIndex(of: $1)! }.pair
            throw TypeRuleError(.domain, "\(op) mixes \(OpTable.article(x)) value with \(OpTable.article(y)) value (\(a) and \(b))")
        }
        guard a.dtype == b.dtype else { throw TypeRuleError(.dtype, "\(op) mixes \(a.dtype) and \(b.dtype)") }
        let n = max(a.rank, b.rank)
        var dims: [Dim] = []
        for i in 0..<n {
            let da = i < n - a.rank ? Dim(1) : a.dims[i - (n - a.rank)]
            let db = i < n - b.rank ? Dim(1) : b.dims[i - (n - b.rank)]
            if da == db || db.isOne { dims.append(da) }
            else if da.isOne { dims.append(db) }
            else { throw TypeRuleError(.shape, "\(op) cannot broadcast \(a) with \(b)") }
        }
        return TensorType(a.dtype, domain, dims)
    }

    public static func matmul(_ a: TensorType, _ b: TensorType) throws(TypeRuleError) -> TensorType {
        guard b.domain == .global, b.rank == 2 else {
            throw TypeRuleError(.matmul, "the right operand of @ must be a parameter matrix [K, M], got \(b)")
        }
        guard a.rank >= 1 else { throw TypeRuleError(.matmul, "the left operand of @ needs a feature axis, got \(a)") }
        guard a.dims.last! == b.dims[0] else {
            throw TypeRuleError(.matmul, "@ needs matching inner dimensions: \(a) @ \(b) (\(a.dims.last!) vs \(b.dims[0]))")
        }
        guard a.dtype == b.dtype else { throw TypeRuleError(.dtype, "@ mixes \(a.dtype) and \(b.dtype)") }
        return a.with(dims: a.dims.dropLast() + [b.dims[1]])
    }

    static func concat(_ ts: [TensorType]) throws(TypeRuleError) -> TensorType {
        guard ts.count >= 2 else { throw TypeRuleError(.arity, "concat takes at least 2 operands, got \(ts.count)") }
        let first = ts[0]
        guard first.rank >= 1 else { throw TypeRuleError(.shape, "concat needs a feature axis, got \(first)") }
        var last = Dim(0)
        for t in ts {
            guard t.domain == first.domain else { throw TypeRuleError(.domain, "concat mixes domains: \(first) and \(t)") }
            guard t.rank == first.rank, Array(t.dims.dropLast()) == Array(first.dims.dropLast()) else {
                throw TypeRuleError(.shape, "concat needs equal leading dims: \(first) and \(t)")
            }
            guard let s = last.adding(t.dims.last!) else { throw TypeRuleError(.shape, "concat: dimension overflow") }
            last = s
        }
        return first.with(dims: first.dims.dropLast() + [last])
    }
}


extension Array {
    /// The first two elements of a two-element array.
    fileprivate var pair: (Element, Element) { (self[0], self[1]) }
}
