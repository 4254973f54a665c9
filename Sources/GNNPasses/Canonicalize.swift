// The `canonicalize` pass: folds ops that do nothing and constant-only arithmetic, and puts the
// constant operand of a commutative op second, so later passes see one spelling of each value.
import GNNIR

/// Local rewrites, applied in one walk in definition order (every operand is already in its final
/// form when its user is visited, so one walk reaches the fixed point of these rules):
///
/// - **Operand order**: `add c, x` and `mul c, x` with `c` a constant and `x` not become
///   `add x, c` / `mul x, c` (exact: IEEE add and mul commute, and broadcasting is symmetric).
/// - **Ops that do nothing** are replaced by their operand, whose type they must have:
///   `view` to the operand's own shape, `broadcast_to` / `sum_to` to the operand's own type,
///   `mul` by a constant 1.0 (either side), `div` by 1.0, `add` of 0.0 (either side), `sub` of
///   0.0 on the right, `dropout` with `p = 0` (its mask keeps everything and scales by 1), and
///   `neg` of a `neg`.
/// - **Constant arithmetic**: a unary op of a constant, or a binary op of two constants, becomes a
///   `constant` (computed in float64, as the reference interpreter does), when the value is finite;
///   `log 0.0` and `1.0 / 0.0` stay as written.
///
/// A replaced value's uses and result slots are re-pointed to its replacement; its name moves
/// there only when the replacement has none (see Rewriter). A folded constant keeps the name of the
/// op it replaces. Ops left without uses stay: removing them is `dce`'s job.
public struct Canonicalize: GraphPass {
    public init() {}
    public var name: String { "canonicalize" }
    public var summary: String {
        "fold ops that do nothing (x*1, x+0, same-shape view, p = 0 dropout, -(-x)) and constant arithmetic; constants second in add/mul"
    }

    public func run(_ m: GraphModule) throws -> GraphModule {
        var r = Rewriter(m)
        for v in m.valueIDs {
            var op = r.remapped(v)
            Canonicalize.putConstantSecond(&op, r)
            if let x = Canonicalize.identityOperand(op, r) {
                r.replace(v, with: x)
            } else if let c = Canonicalize.foldedConstant(op, r) {
                r.emit(c, for: v)
            } else {
                r.emit(op, for: v)
            }
        }
        return r.finish()
    }

    /// The value of a `constant` op of the new module, nil for any other op.
    static func constantValue(_ v: ValueID, _ r: Rewriter) -> Double? {
        guard r[v].opcode == .constant else { return nil }
        return r[v].attributes["value"]?.asDouble
    }

    static func putConstantSecond(_ op: inout Operation, _ r: Rewriter) {
        guard case .binary(let b) = op.opcode, b.function.commutative, op.operands.count == 2,
              constantValue(op.operands[0], r) != nil, constantValue(op.operands[1], r) == nil else { return }
        let swapped = [op.operands[1], op.operands[0]]
        // Broadcasting is symmetric, so the type cannot change; checked rather than assumed.
        guard (try? TypeRules.resultType(op.opcode, swapped.map(r.type(of:)), op.attributes)) == op.type else { return }
        op.operands = swapped
    }

    /// The operand that `op` passes through unchanged, if it does nothing.
    static func identityOperand(_ op: Operation, _ r: Rewriter) -> ValueID? {
        /// Only a value of the op's own type can stand for it.
        func same(_ x: ValueID) -> ValueID? { r.type(of: x) == op.type ? x : nil }
        func isConstant(_ k: Int, _ value: Double) -> Bool { constantValue(op.operands[k], r) == value }
        switch op.opcode {
        case .view, .broadcastTo, .sumTo:
            guard op.operands.count == 1 else { return nil }
            return same(op.operands[0])
        case .dropout:
            guard op.operands.count == 1, op.attributes["p"]?.asDouble == 0 else { return nil }
            return same(op.operands[0])
        case .unary(.neg):
            guard op.operands.count == 1 else { return nil }
            let inner = r[op.operands[0]]
            guard inner.opcode == .unary(.neg), inner.operands.count == 1 else { return nil }
            return same(inner.operands[0])
        case .binary(let b):
            guard op.operands.count == 2 else { return nil }
            let f = b.function
            if let c = f.rightIdentity, isConstant(1, c), let x = same(op.operands[0]) { return x }
            if let c = f.leftIdentity, isConstant(0, c), let x = same(op.operands[1]) { return x }
            return nil
        default:
            return nil
        }
    }

    /// The `constant` that replaces a unary op of a constant or a binary op of two constants.
    static func foldedConstant(_ op: Operation, _ r: Rewriter) -> Operation? {
        guard op.type == .scalar else { return nil }
        let value: Double
        switch op.opcode {
        case .unary(let u):
            guard op.operands.count == 1, let a = constantValue(op.operands[0], r),
                  let f = u.function.evaluator(op.attributes) else { return nil }
            value = f(a)
        case .binary(let b):
            guard op.operands.count == 2, let a = constantValue(op.operands[0], r),
                  let c = constantValue(op.operands[1], r) else { return nil }
            value = b.function.value(a, c)
        default:
            return nil
        }
        guard value.isFinite else { return nil }
        var attrs = Attributes()
        attrs["value"] = .float(value)
        // A pipeline stage tag (see HoistGraphOnly) belongs to the value, not to the op that made it.
        if let stage = op.attributes[HoistGraphOnly.stageKey] { attrs[HoistGraphOnly.stageKey] = stage }
        return Operation(name: op.name, opcode: .constant, attributes: attrs, type: .scalar, location: op.location)
    }
}
