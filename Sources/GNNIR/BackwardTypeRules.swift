// Type rules of the ops that autodiff introduces (gradients of activations, reductions, loss).

enum BackwardTypeRules {
    static func resultType(_ opcode: Opcode, _ operands: [TensorType], _ attrs: Attributes,
                           declared: TensorType?) throws(TypeRuleError) -> TensorType {
        switch opcode {
        case .unaryGrad(let u):
            try TypeRules.arity(opcode, operands, 2)
            guard operands[0] == operands[1] else {
                throw TypeRuleError(.shape, "\(opcode) needs the gradient and the input of one type, got \(operands[0]) and \(operands[1])")
            }
            if u == .leakyRelu, attrs["slope"]?.asDouble == nil { throw TypeRuleError(.attribute, "leaky_relu_grad needs a slope") }
            if u == .elu, attrs["alpha"]?.asDouble == nil { throw TypeRuleError(.attribute, "elu_grad needs an alpha") }
            return operands[0]
        case .sumTo, .broadcastTo:
            try TypeRules.arity(opcode, operands, 1)
            guard let target = declared else { throw TypeRuleError(.attribute, "\(opcode) needs a declared result type") }
            let (small, big) = opcode == .sumTo ? (target, operands[0]) : (operands[0], target)
            let joined = try? TypeRules.broadcast(small, big, opcode)
            guard joined == big, small.domain == big.domain || small.domain == .global else {
                throw TypeRuleError(.shape, "\(opcode): \(small) does not broadcast to \(big)")
            }
            return target
        case .matmulNT:
            try TypeRules.arity(opcode, operands, 2)
            let (g, w) = (operands[0], operands[1])
            guard w.domain == .global, w.rank == 2, g.rank >= 1, g.dims.last! == w.dims[1] else {
                throw TypeRuleError(.matmul, "matmul_nt needs g [.., M] and W [K, M], got \(g) and \(w)")
            }
            return g.with(dims: g.dims.dropLast() + [w.dims[0]])
        case .matmulTN:
            try TypeRules.arity(opcode, operands, 2)
            let (x, g) = (operands[0], operands[1])
            guard x.domain == g.domain, x.rank >= 1, g.rank >= 1, Array(x.dims.dropLast()) == Array(g.dims.dropLast()) else {
                throw TypeRuleError(.matmul, "matmul_tn needs x [.., K] and g [.., M] with equal leading axes, got \(x) and \(g)")
            }
            return .global([x.dims.last!, g.dims.last!], x.dtype)
        case .aggregateArg(_, let r):
            try TypeRules.arity(opcode, operands, 1)
            guard r == .max || r == .min else { throw TypeRuleError(.attribute, "\(opcode) exists for max and min only") }
            guard operands[0].domain == .edge else { throw TypeRuleError(.domain, "\(opcode) reduces an edge value, got \(operands[0])") }
            return TensorType(.i32, .node, operands[0].dims)
        case .scatterArg:
            try TypeRules.arity(opcode, operands, 2)
            let (g, arg) = (operands[0], operands[1])
            guard g.domain == .node, arg == TensorType(.i32, .node, g.dims) else {
                throw TypeRuleError(.shape, "\(opcode) needs a node gradient and i32 indices of its shape, got \(g) and \(arg)")
            }
            return g.with(domain: .edge)
        case .slice:
            try TypeRules.arity(opcode, operands, 1)
            guard let r = attrs["range"]?.asDims, r.count == 2, operands[0].rank >= 1 else {
                throw TypeRuleError(.attribute, "slice needs range = <start, size> and a feature axis")
            }
            let last = operands[0].dims.last!
            if let a = r[0].constantValue, let b = r[1].constantValue, let l = last.constantValue, a + b > l {
                throw TypeRuleError(.shape, "slice <\(a), \(b)> runs past the last axis of \(operands[0])")
            }
            return operands[0].with(dims: operands[0].dims.dropLast() + [r[1]])
        case .crossEntropy, .crossEntropyGrad:
            try TypeRules.arity(opcode, operands, 3)
            let (logits, labels, mask) = (operands[0], operands[1], operands[2])
            guard logits.domain == .node, logits.rank == 1, labels == TensorType(.i32, .node, []),
                  mask == TensorType(logits.dtype, .node, []) else {
                throw TypeRuleError(.shape, "\(opcode) needs logits f32[N, C], labels i32[N] and a mask f32[N], got \(logits), \(labels), \(mask)")
            }
            return opcode == .crossEntropy ? TensorType(logits.dtype, .global, []) : logits
        default:
            throw TypeRuleError(.attribute, "no type rule for \(opcode)")
        }
    }
}
