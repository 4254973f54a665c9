// The reference interpreter's implementations of the ops autodiff introduces.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNIR

extension ReferenceInterpreter {
    static func evaluateBackward(_ op: Operation, args: [Tensor64], argTypes: [TensorType], shape: [Int],
                                 graph g: GraphData, dims: [String: Int]) throws(ReferenceError) -> Tensor64 {
        switch op.opcode {
        case .unaryGrad(let u):
            guard let d = u.function.gradientEvaluator(op.attributes) else { throw ReferenceError("\(op.opcode) lacks an attribute") }
            return Tensor64(shape: shape, data: zip(args[0].data, args[1].data).map(d))
        case .sumTo: return sumTo(args[0], argTypes[0], op.type, shape)
        case .reduceTo(let r): return extremumTo(args[0], argTypes[0], op.type, shape, max: r == .max)
        case .broadcastTo: return broadcastTo(args[0], argTypes[0], op.type, shape)
        case .matmulNT:
            let (gr, w) = (args[0], args[1])
            let k = w.shape[0], m = w.shape[1], rows = gr.count / max(m, 1)
            var out = [Double](repeating: 0, count: rows * k)
            for r in 0..<rows { for kk in 0..<k { for j in 0..<m { out[r * k + kk] += gr.data[r * m + j] * w.data[kk * m + j] } } }
            return Tensor64(shape: shape, data: out)
        case .matmulTN:
            let (x, gr) = (args[0], args[1])
            let k = shape[0], m = shape[1], rows = x.count / max(k, 1)
            var out = [Double](repeating: 0, count: k * m)
            for r in 0..<rows { for kk in 0..<k { for j in 0..<m { out[kk * m + j] += x.data[r * k + kk] * gr.data[r * m + j] } } }
            return Tensor64(shape: shape, data: out)
        case .aggregateArg(let side, let r):
            let (groups, count) = g.groups(side)
            return argReduce(args[0], groups: groups, groupCount: count, max: r == .max, shape)
        case .scatterArg(let side):
            let groups = g.groups(side).index
            let f = args[0].rowSize
            var out = [Double](repeating: 0, count: groups.count * f)
            for (e, v) in groups.enumerated() {
                for j in 0..<f where Int(args[1].data[v * f + j]) == e { out[e * f + j] = args[0].data[v * f + j] }
            }
            return Tensor64(shape: shape, data: out)
        case .slice:
            guard let r = op.attributes["range"]?.asDims, r.count == 2,
                  let start = try? concreteShape(.global([r[0]]), g, dims).first else {
                throw ReferenceError("slice needs a bound range")
            }
            let width = args[0].shape.last ?? 1, size = shape.last ?? 1
            let rows = args[0].count / max(width, 1)
            var out = [Double](repeating: 0, count: rows * size)
            for row in 0..<rows { for j in 0..<size { out[row * size + j] = args[0].data[row * width + start + j] } }
            return Tensor64(shape: shape, data: out)
        case .loss(let kind):
            return loss(kind, args[0], labels: args[1], mask: args[2], gradient: false, shape)
        case .lossGrad(let kind):
            return loss(kind, args[0], labels: args[1], mask: args[2], gradient: true, shape)
        default:
            throw ReferenceError("the reference interpreter has no implementation of \(op.opcode)")
        }
    }

    /// Index into the small operand for each element of the big shape (0 stride on broadcast axes).
    static func broadcastIndices(small: TensorType, smallShape: [Int], big: TensorType, bigShape: [Int]) -> [Int] {
        let s = aligned(small, smallShape, to: big)
        let st = strides(s), bt = strides(bigShape)
        let n = bigShape.reduce(1, *)
        return (0..<n).map { i in
            var idx = 0, rem = i
            for axis in 0..<bigShape.count {
                let coord = rem / bt[axis]
                rem %= bt[axis]
                if s[axis] != 1 { idx += coord * st[axis] }
            }
            return idx
        }
    }

    static func sumTo(_ x: Tensor64, _ tx: TensorType, _ target: TensorType, _ shape: [Int]) -> Tensor64 {
        let idx = broadcastIndices(small: target, smallShape: shape, big: tx, bigShape: x.shape)
        var out = [Double](repeating: 0, count: shape.reduce(1, *))
        for (i, j) in idx.enumerated() { out[j] += x.data[i] }
        return Tensor64(shape: shape, data: out)
    }

    /// The max (min) of the elements of `x` that broadcast onto each element of the target.
    static func extremumTo(_ x: Tensor64, _ tx: TensorType, _ target: TensorType, _ shape: [Int], max: Bool) -> Tensor64 {
        let idx = broadcastIndices(small: target, smallShape: shape, big: tx, bigShape: x.shape)
        var out = [Double](repeating: max ? -.infinity : .infinity, count: shape.reduce(1, *))
        for (i, j) in idx.enumerated() { out[j] = max ? Swift.max(out[j], x.data[i]) : Swift.min(out[j], x.data[i]) }
        return Tensor64(shape: shape, data: out)
    }

    static func broadcastTo(_ x: Tensor64, _ tx: TensorType, _ target: TensorType, _ shape: [Int]) -> Tensor64 {
        let idx = broadcastIndices(small: tx, smallShape: x.shape, big: target, bigShape: shape)
        return Tensor64(shape: shape, data: idx.map { x.data[$0] })
    }

    /// The first edge attaining the max (or min) of each group and feature, -1 for an empty group.
    static func argReduce(_ x: Tensor64, groups: [Int], groupCount: Int, max: Bool, _ shape: [Int]) -> Tensor64 {
        let f = x.rowSize
        var best = [Double](repeating: 0, count: groupCount * f)
        var arg = [Double](repeating: -1, count: groupCount * f)
        for (e, v) in groups.enumerated() {
            for j in 0..<f {
                let m = x.data[e * f + j], o = v * f + j
                if arg[o] < 0 || (max ? m > best[o] : m < best[o]) { best[o] = m; arg[o] = Double(e) }
            }
        }
        return Tensor64(shape: shape, data: arg)
    }

    /// The masked mean of the loss's term (LossKind.term) over the nodes, or its gradient w.r.t. the output.
    static func loss(_ kind: LossKind, _ output: Tensor64, labels: Tensor64, mask: Tensor64, gradient: Bool, _ shape: [Int]) -> Tensor64 {
        let c = output.rowSize, n = output.shape[0]
        let count = mask.data.reduce(0, +)
        var loss = 0.0
        var grad = [Double](repeating: 0, count: gradient ? n * c : 0)
        for v in 0..<n where mask.data[v] != 0 {
            let row = output.data[v * c..<(v + 1) * c]
            let label = Int(exactly: labels.data[v]) ?? -1
            if gradient {
                for (j, d) in kind.termGradient(row, label: label).enumerated() { grad[v * c + j] = mask.data[v] * d / count }
            } else {
                loss += mask.data[v] * kind.term(row, label: label)
            }
        }
        return gradient ? Tensor64(shape: shape, data: grad) : .scalar(count > 0 ? loss / count : 0)
    }
}
