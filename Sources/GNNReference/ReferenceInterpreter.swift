// Executes graph IR op by op in float64: the oracle for every numeric test, never the fast path.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNIR

public struct ReferenceError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// What a run needs besides the module and the graph.
public struct ReferenceBindings: Sendable {
    /// Values of the model's dimension symbols (`F`, `C`, ...).
    public var dims: [String: Int]
    /// Model inputs by their `name` attribute.
    public var inputs: [String: Tensor64]
    /// Parameters by their IR name (`conv1.W`), and model state (`bn1.running_mean`) likewise: both
    /// are values the runtime binds by name.
    public var params: [String: Tensor64]
    /// Dropout is applied only in training mode, and `if_training` picks its operand by it.
    public var training: Bool
    /// The step seed of the dropout masks.
    public var seed: UInt64

    public init(dims: [String: Int], inputs: [String: Tensor64] = [:], params: [String: Tensor64] = [:],
                training: Bool = false, seed: UInt64 = 0) {
        self.dims = dims; self.inputs = inputs; self.params = params; self.training = training; self.seed = seed
    }
}

public enum ReferenceInterpreter {
    /// Runs every op of `module` on `graph` (which must already have the model's self-loop setting
    /// applied) and returns the value of every op, indexed like `module.ops`.
    ///
    /// `moving`, when given, may change each op's value before later ops read it (op index, op,
    /// value): the numeric checks' error bound moves every computed value by a few float32 ulps,
    /// as rounding does, to see how far that moves the results.
    public static func run(_ module: GraphModule, graph: GraphData, _ b: ReferenceBindings,
                           moving: ((Int, Operation, inout Tensor64) -> Void)? = nil) throws(ReferenceError) -> [Tensor64] {
        var values: [Tensor64] = []
        values.reserveCapacity(module.ops.count)
        for (i, op) in module.ops.enumerated() {
            let shape = try concreteShape(op.type, graph, b.dims, op: op)
            let args = op.operands.map { values[$0.index] }
            let argTypes = op.operands.map { module.type(of: $0) }
            var out = try evaluate(op, index: i, args: args, argTypes: argTypes, shape: shape, graph: graph, b)
            guard out.shape == shape else {
                throw ReferenceError("\(op.opcode) produced shape \(out.shape), its type says \(shape)")
            }
            moving?(i, op, &out)
            values.append(out)
        }
        return values
    }

    /// The results of the module, in order (`moving` as for `run`).
    public static func results(_ module: GraphModule, graph: GraphData, _ b: ReferenceBindings,
                               moving: ((Int, Operation, inout Tensor64) -> Void)? = nil) throws(ReferenceError) -> [Tensor64] {
        let values = try run(module, graph: graph, b, moving: moving)
        return module.results.map { values[$0.index] }
    }

    public static func concreteShape(_ t: TensorType, _ g: GraphData, _ dims: [String: Int], op: Operation? = nil) throws(ReferenceError) -> [Int] {
        do { return try t.concreteShape(g, dims: dims, what: op.map { "\($0.opcode)" } ?? "a value") } catch { throw ReferenceError(error.message) }
    }

    static func evaluate(_ op: Operation, index: Int, args: [Tensor64], argTypes: [TensorType], shape: [Int], graph g: GraphData,
                         _ b: ReferenceBindings) throws(ReferenceError) -> Tensor64 {
        switch op.opcode {
        case .input:
            let name = op.attributes["name"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? op.name ?? ""
            guard let t = b.inputs[name] else { throw ReferenceError("input '\(name)' is not bound") }
            guard t.shape == shape else { throw ReferenceError("input '\(name)' has shape \(t.shape), expected \(shape)") }
            return t
        case .param, .state:
            let name = op.name ?? "", what = op.opcode == .param ? "parameter" : "state"
            guard let t = b.params[name] else { throw ReferenceError("\(what) '\(name)' is not bound") }
            guard t.shape == shape else { throw ReferenceError("\(what) '\(name)' has shape \(t.shape), expected \(shape)") }
            return t
        case .ifTraining: return b.training ? args[0] : args[1]
        case .constant:
            if case .dims(let d)? = op.attributes["value"], let dim = d.first {
                return .scalar(Double(try concreteShape(TensorType(.f32, .global, [dim]), g, b.dims, op: op)[0]))
            }
            return .scalar(op.attributes["value"]?.asDouble ?? 0)
        case .unary(let u):
            guard let f = u.function.evaluator(op.attributes) else { throw ReferenceError("\(op.opcode) lacks an attribute") }
            return Tensor64(shape: shape, data: args[0].data.map(f))
        case .binary(let bop):
            return broadcast(args[0], argTypes[0], args[1], argTypes[1], op.type, shape, bop.function.value)
        case .matmul: return matmul(args[0], args[1], shape)
        case .gather(let side): return gather(args[0], g.groups(side).index, shape)
        case .aggregate(let side, let r):
            let (groups, count) = g.groups(side)
            return aggregate(args[0], groups: groups, groupCount: count, r, shape)
        case .edgeSoftmax: return edgeSoftmax(args[0], g, shape)
        case .degree(let k):
            let deg = g.degrees(k)
            let floor = op.attributes["min"]?.asInt ?? 0
            return Tensor64(shape: shape, data: deg.map { Double(max($0, floor)) })
        case .view: return Tensor64(shape: shape, data: args[0].data)
        // Storage dtypes are the kernels' concern: the reference computes every value in f64.
        case .convert: return args[0]
        case .rowsum: return rowsum(args[0], shape)
        case .logSoftmax: return logSoftmax(args[0], shape)
        case .concat: return concat(args, shape)
        case .meanHeads: return meanHeads(args[0], shape)
        case .dropout:
            guard b.training else { return args[0] }
            let p = op.attributes["p"]?.asDouble ?? 0
            let stream = UInt64(op.attributes["stream"]?.asInt ?? index)
            let threshold = DropoutMask.threshold(p)
            let scale = 1 / (1 - p)
            var out = args[0].data
            for i in out.indices {
                out[i] = DropoutMask.keep(seed: b.seed, stream: stream, index: UInt64(i), threshold: threshold) ? out[i] * scale : 0
            }
            return Tensor64(shape: shape, data: out)
        default:
            return try evaluateBackward(op, args: args, argTypes: argTypes, shape: shape, graph: g, dims: b.dims)
        }
    }
}
