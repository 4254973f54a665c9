// Result-type rules of every op: shared by the builder (to construct) and the verifier (to check).

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
    /// as declared (input, param, sum_to, broadcast_to) or as `to` (convert). Mixing a float with an
    /// integer value is still an error.
    public static func resultType(_ opcode: Opcode, _ operands: [TensorType], _ attrs: Attributes,
                                  declared: TensorType? = nil) throws(TypeRuleError) -> TensorType {
        let computed = operands.map { $0.dtype.isFloat ? $0.with(dtype: .f32) : $0 }
        let asF32 = declared.map { $0.dtype.isFloat ? $0.with(dtype: .f32) : $0 }
        var t = try arithmeticType(opcode, computed, attrs, declared: asF32)
        guard t.dtype.isFloat else { return t }
        switch opcode {
        case .input, .param, .sumTo, .broadcastTo: t.dtype = declared?.dtype ?? .f32
        case .convert:
            guard let to = attrs["to"]?.asIdent.flatMap(DType.init(rawValue:)), to.isFloat else {
                throw TypeRuleError(.attribute, "convert needs to = f32|f16|bf16|f64")
            }
            t.dtype = to
        default: t.dtype = DType.promote(operands.map(\.dtype).filter(\.isFloat))
        }
        return t
    }

    /// The result type with every float stored as f32.
    static func arithmeticType(_ opcode: Opcode, _ operands: [TensorType], _ attrs: Attributes,
                               declared: TensorType?) throws(TypeRuleError) -> TensorType {
        switch opcode {
        case .input:
            try arity(opcode, operands, 0)
            // A global input is a scalar the host sets each run (the loss scale of f16 training).
            guard let t = declared, t.domain != .global || t.isScalar else {
                throw TypeRuleError(.domain, "input must be a node or edge value, or a scalar")
            }
            return t
        case .param:
            try arity(opcode, operands, 0)
            guard let t = declared, t.domain == .global else {
                throw TypeRuleError(.domain, "param must be a global value (no N or E axis)")
            }
            guard let initName = attrs["init"]?.asIdent, ParamInit(rawValue: initName) != nil else {
                throw TypeRuleError(.attribute, "param needs init = glorot|zeros|ones|constant")
            }
            if initName == ParamInit.constant.rawValue, attrs["value"]?.asDouble == nil {
                throw TypeRuleError(.attribute, "param with init = constant needs a numeric value")
            }
            return t
        case .constant:
            try arity(opcode, operands, 0)
            guard attrs["value"]?.asDouble != nil else { throw TypeRuleError(.attribute, "constant needs a numeric value") }
            return .scalar
        case .convert:
            try arity(opcode, operands, 1)
            guard operands[0].dtype.isFloat else { throw TypeRuleError(.dtype, "convert takes a float value, got \(operands[0])") }
            return operands[0]
        case .unary(let u):
            try arity(opcode, operands, 1)
            if u == .leakyRelu, attrs["slope"]?.asDouble == nil { throw TypeRuleError(.attribute, "leaky_relu needs a slope") }
            if u == .elu, attrs["alpha"]?.asDouble == nil { throw TypeRuleError(.attribute, "elu needs an alpha") }
            return operands[0]
        case .binary:
            try arity(opcode, operands, 2)
            return try broadcast(operands[0], operands[1], opcode)
        case .matmul:
            try arity(opcode, operands, 2)
            return try matmul(operands[0], operands[1])
        case .gather(let side):
            try arity(opcode, operands, 1)
            guard operands[0].domain == .node else {
                throw TypeRuleError(.domain, "gather.\(side.rawValue) reads a node value, got \(operands[0])")
            }
            return operands[0].with(domain: .edge)
        case .aggregate(let side, let r):
            try arity(opcode, operands, 1)
            guard operands[0].domain == .edge else {
                throw TypeRuleError(.domain, "aggregate.\(side.rawValue).\(r.rawValue) reduces an edge value, got \(operands[0])")
            }
            return operands[0].with(domain: .node)
        case .edgeSoftmax:
            try arity(opcode, operands, 1)
            guard operands[0].domain == .edge else {
                throw TypeRuleError(.domain, "edge_softmax normalises edge scores, got \(operands[0])")
            }
            return operands[0]
        case .degree:
            try arity(opcode, operands, 0)
            if let m = attrs["min"], m.asInt == nil { throw TypeRuleError(.attribute, "degree min must be an integer") }
            return .node([Dim(1)])
        case .view:
            try arity(opcode, operands, 1)
            guard let shape = attrs["shape"]?.asDims else { throw TypeRuleError(.attribute, "view needs shape = <dims>") }
            let from = operands[0]
            guard let a = from.rowElements, let b = from.with(dims: shape).rowElements, a == b else {
                throw TypeRuleError(.shape, "view cannot reshape \(from) to <\(shape.map(\.description).joined(separator: ", "))>: element counts differ")
            }
            return from.with(dims: shape)
        case .rowsum:
            try arity(opcode, operands, 1)
            guard operands[0].rank >= 1 else { throw TypeRuleError(.shape, "rowsum needs at least one feature axis, got \(operands[0])") }
            return operands[0].with(dims: operands[0].dims.dropLast() + [Dim(1)])
        case .concat:
            return try concat(operands)
        case .meanHeads:
            try arity(opcode, operands, 1)
            let t = operands[0]
            guard t.rank >= 2 else { throw TypeRuleError(.shape, "mean_heads needs [.., H, F], got \(t)") }
            var dims = t.dims
            dims.remove(at: dims.count - 2)
            return t.with(dims: dims)
        case .dropout:
            try arity(opcode, operands, 1)
            guard let p = attrs["p"]?.asDouble, p >= 0, p < 1 else { throw TypeRuleError(.attribute, "dropout needs 0 <= p < 1") }
            return operands[0]
        default:
            return try BackwardTypeRules.resultType(opcode, operands, attrs, declared: declared)
        }
    }

    static func arity(_ op: Opcode, _ operands: [TensorType], _ n: Int) throws(TypeRuleError) {
        guard operands.count == n else {
            throw TypeRuleError(.arity, "\(op) takes \(n) operand\(n == 1 ? "" : "s"), got \(operands.count)")
        }
    }

    /// Domain of a binary result: node and edge never mix; global broadcasts into either.
    public static func joinDomains(_ a: Domain, _ b: Domain) -> Domain? {
        if a == b { return a }
        if a == .global { return b }
        if b == .global { return a }
        return nil
    }

    /// Numpy-style broadcasting of the feature dims, right-aligned, where a 1 stretches.
    public static func broadcast(_ a: TensorType, _ b: TensorType, _ op: Opcode) throws(TypeRuleError) -> TensorType {
        guard let domain = joinDomains(a.domain, b.domain) else {
            throw TypeRuleError(.domain, "\(op) mixes a node value with an edge value (\(a) and \(b))")
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

public enum ParamInit: String, Sendable, CaseIterable {
    case glorot, zeros, ones, constant
}
