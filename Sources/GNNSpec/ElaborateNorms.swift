// The built-in normalisation layers batch_norm and layer_norm: their parameters, running statistics, and lowering to existing ops.
import GNNDiagnostics
import GNNIR

/// `batch_norm(x, eps = 1e-5, momentum = 0.1)` and `layer_norm(x, eps = 1e-5)`, PyTorch's
/// `nn.BatchNorm1d(F)` and `nn.LayerNorm(F)` with their defaults (affine, biased variance in the
/// normalisation, batch_norm tracking running statistics). Like a layer, each call is an instance
/// that owns its parameters, named `as NAME` or `<function>_<k>`: `<instance>.weight` (init ones)
/// and `<instance>.bias` (init zeros), and for batch_norm its state `<instance>.running_mean`
/// (init zeros) and `<instance>.running_var` (init ones): PyTorch's state-dict names.
///
/// Both lower to ops the language already has (sums over nodes or over a row, element-wise
/// arithmetic), so autodiff, fusion, both emitters and the reference interpreter need nothing new;
/// what batch_norm adds is state and the difference between training and evaluation, written as
/// `state` and `if_training` ops (see `specialize-mode`).
enum NormKind: String {
    case batch = "batch_norm", layer = "layer_norm"

    /// The numeric arguments and PyTorch's defaults.
    var scalars: [(name: String, defaultValue: Double?)] {
        switch self {
        case .batch: return [("eps", 1e-5), ("momentum", 0.1)]
        case .layer: return [("eps", 1e-5)]
        }
    }

    /// What is wrong with the arguments (E325), nil when they are valid: eps keeps the division
    /// finite when a feature is constant; momentum weights the new batch's statistics.
    func problem(_ attrs: Attributes) -> String? {
        if let eps = attrs["eps"]?.asDouble, !(eps > 0 && eps.isFinite) {
            return "\(rawValue) needs eps > 0, got \(SemaTypes.formatNumber(eps))"
        }
        if let m = attrs["momentum"]?.asDouble, !(m >= 0 && m <= 1) {
            return "\(rawValue) needs 0 <= momentum <= 1, got \(SemaTypes.formatNumber(m))"
        }
        return nil
    }
}

extension Elaborator {
    /// Checks the argument's domain and rank, names the instance and lowers it.
    func normalize(_ kind: NormKind, _ x: ValueID, _ t: TensorType, _ attrs: Attributes, instance: InstanceName?,
                   argument: SourceRange, range: SourceRange, _ scope: inout Scope) -> SemaValue? {
        switch kind {
        case .batch:
            guard t.domain == .node else {
                report(Diagnostic(.domainMismatch, "batch_norm normalises a node value over all nodes, but its argument is \(SemaTypes.show(t))",
                                  at: argument))
                return nil
            }
            guard t.rank == 1 else {
                report(Diagnostic(.shapeMismatch, "batch_norm normalises each feature of a node[F] value over the nodes, but its argument is "
                                  + "\(SemaTypes.show(t)); reshape it with .view to one feature axis", at: argument))
                return nil
            }
        case .layer:
            guard t.domain != .global else {
                report(Diagnostic(.domainMismatch, "layer_norm normalises each row of a node or edge value, but its argument is \(SemaTypes.show(t))",
                                  at: argument))
                return nil
            }
            guard t.rank >= 1 else {
                report(Diagnostic(.shapeMismatch, "layer_norm normalises over the last feature axis, but its argument \(SemaTypes.show(t)) has none",
                                  at: argument))
                return nil
            }
        }
        guard let index = instanceIndex(instance, &scope) else { return nil }
        let owner = scope.irName(instanceName(kind.rawValue, instance: instance?.name, index: index, range: range, scope))
        let width = t.dims[t.rank - 1]
        guard let weight = normParameter(owner, "weight", width, initializer: "ones", at: range),
              let bias = normParameter(owner, "bias", width, initializer: "zeros", at: range) else { return nil }
        let eps = attrs["eps"]?.asDouble ?? 1e-5
        let normalized: ValueID?
        switch kind {
        case .batch: normalized = batchNormalize(x, t, owner: owner, eps: eps, momentum: attrs["momentum"]?.asDouble ?? 0.1, at: range)
        case .layer: normalized = layerNormalize(x, t, eps: eps, at: range)
        }
        guard let normalized, let scaled = add(.binary(.mul), [normalized, weight], at: range) else { return nil }
        return tensor(add(.binary(.add), [scaled, bias], at: range))
    }

    /// `<owner>.<name>: [width]`. Inside `repeat` the call site keeps its instance, so its
    /// parameters are created once and shared, as a layer's are.
    func normParameter(_ owner: String, _ name: String, _ width: Dim, initializer: String, at range: SourceRange) -> ValueID? {
        let full = "\(owner).\(name)"
        if lowering, let cached = paramCache[full] { return cached }
        let v = add(.param, [], Attributes(["init": .ident(initializer)]), declared: .global([width]), at: range, name: lowering ? full : nil)
        if lowering, let v { paramCache[full] = v }
        return v
    }

    /// The state `<owner>.<name>` as the call sees it: the state op the first time, else the value
    /// an earlier call of the same instance (inside `repeat`) left, so repeated calls update the
    /// running statistics one after another, as calling one PyTorch module twice does.
    func normState(_ owner: String, _ name: String, _ width: Dim, initializer: String, at range: SourceRange) -> ValueID? {
        let full = "\(owner).\(name)"
        if lowering, let current = stateCurrent[full] { return current }
        let v = add(.state, [], Attributes(["init": .ident(initializer)]), declared: .global([width]), at: range, name: lowering ? full : nil)
        if lowering, let v {
            stateCurrent[full] = v
            stateOrder.append(full)
        }
        return v
    }

    /// y = (x - mean) / sqrt(var + eps) with the batch's mean and biased variance over all nodes in
    /// training, the running statistics in evaluation. Training also updates them, as
    /// `nn.BatchNorm1d` does: `running = (1 - momentum) * running + momentum * batch`, with the
    /// unbiased variance (n / (n - 1); n = 1 counts as n - 1 = 1, where PyTorch refuses the batch).
    func batchNormalize(_ x: ValueID, _ t: TensorType, owner: String, eps: Double, momentum: Double, at range: SourceRange) -> ValueID? {
        let width = t.dims[0]
        let stats = TensorType.global([width])
        func constant(_ v: Double) -> ValueID? { add(.constant, [], Attributes(["value": .float(v)]), at: range) }
        func op(_ b: BinaryOp, _ l: ValueID?, _ r: ValueID?) -> ValueID? {
            guard let l, let r else { return nil }
            return add(.binary(b), [l, r], at: range)
        }
        // The node count n, a global [1]: the sum of a broadcast 1 (as reduce(mean) counts).
        guard let one = constant(1), let ones = add(.broadcastTo, [one], declared: .node([Dim(1)]), at: range),
              let count = add(.sumTo, [ones], declared: .global([Dim(1)]), at: range),
              let sum = add(.sumTo, [x], declared: stats, at: range),
              let batchMean = op(.div, sum, count),
              let deviation = op(.sub, x, batchMean),
              let squared = add(.unary(.square), [deviation], at: range),
              let sumSquared = add(.sumTo, [squared], declared: stats, at: range),
              let batchVar = op(.div, sumSquared, count),
              let runningMean = normState(owner, "running_mean", width, initializer: "zeros", at: range),
              let runningVar = normState(owner, "running_var", width, initializer: "ones", at: range),
              let mean = add(.ifTraining, [batchMean, runningMean], at: range),
              let variance = add(.ifTraining, [batchVar, runningVar], at: range),
              let centred = op(.sub, x, mean),
              let shifted = op(.add, variance, constant(eps)),
              let inverse = add(.unary(.rsqrt), [shifted], at: range),
              let normalized = op(.mul, centred, inverse) else { return nil }
        let keep = constant(1 - momentum), take = constant(momentum)
        guard let unbiasing = op(.div, count, op(.maximum, op(.sub, count, constant(1)), constant(1))),
              let updatedMean = op(.add, op(.mul, runningMean, keep), op(.mul, batchMean, take)),
              let updatedVar = op(.add, op(.mul, runningVar, keep), op(.mul, op(.mul, batchVar, unbiasing), take)),
              let nextMean = add(.ifTraining, [updatedMean, runningMean], at: range),
              let nextVar = add(.ifTraining, [updatedVar, runningVar], at: range) else { return nil }
        if lowering {
            stateCurrent[owner + ".running_mean"] = nextMean
            stateCurrent[owner + ".running_var"] = nextVar
        }
        return normalized
    }

    /// y = (x - mean) / sqrt(var + eps) over each row's last axis (biased variance): per-row sums,
    /// divided by the width, a constant where the width is known and a sum of ones where it is a
    /// model dimension bound at run time.
    func layerNormalize(_ x: ValueID, _ t: TensorType, eps: Double, at range: SourceRange) -> ValueID? {
        let width = t.dims[t.rank - 1]
        func constant(_ v: Double) -> ValueID? { add(.constant, [], Attributes(["value": .float(v)]), at: range) }
        func mean(_ v: ValueID?) -> ValueID? {
            guard let v, let sum = add(.rowsum, [v], at: range) else { return nil }
            if let w = width.constantValue, let inverse = constant(1 / Double(w)) { return add(.binary(.mul), [sum, inverse], at: range) }
            guard let one = constant(1), let ones = add(.broadcastTo, [one], declared: .global([width]), at: range),
                  let count = add(.rowsum, [ones], at: range) else { return nil }
            return add(.binary(.div), [sum, count], at: range)
        }
        guard let rowMean = mean(x),
              let centred = add(.binary(.sub), [x, rowMean], at: range),
              let squared = add(.unary(.square), [centred], at: range),
              let variance = mean(squared),
              let epsilon = constant(eps),
              let shifted = add(.binary(.add), [variance, epsilon], at: range),
              let inverse = add(.unary(.rsqrt), [shifted], at: range) else { return nil }
        return add(.binary(.mul), [centred, inverse], at: range)
    }
}
