// Optimizers with PyTorch's semantics: Adam (L2 weight decay added to the gradient, bias-corrected
// moments) and SGD with momentum; state in f32 beside each parameter.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNCompiler
import GNNExecution

public struct OptimizerConfig: Sendable, Equatable {
    public var kind: String
    public var lr: Double
    public var weightDecay: Double
    public var beta1 = 0.9, beta2 = 0.999, eps = 1e-8, momentum = 0.0

    /// Reads the train settings the front end wrote into the IR (`optimizer`, `lr`, ...).
    public init(train: [String: Double], kind: String) {
        self.kind = kind
        lr = train["lr"] ?? 0.01
        weightDecay = train["weight_decay"] ?? 0
        beta1 = train["beta1"] ?? 0.9
        beta2 = train["beta2"] ?? 0.999
        eps = train["eps"] ?? 1e-8
        momentum = train["momentum"] ?? 0
    }

    /// This configuration with a parameter group's overrides (`lr`, `weight_decay`, ...).
    public func overridden(by group: [String: Double]) -> OptimizerConfig {
        var c = self
        if let v = group["lr"] { c.lr = v }
        if let v = group["weight_decay"] { c.weightDecay = v }
        if let v = group["beta1"] { c.beta1 = v }
        if let v = group["beta2"] { c.beta2 = v }
        if let v = group["eps"] { c.eps = v }
        if let v = group["momentum"] { c.momentum = v }
        return c
    }
}

public final class Optimizer {
    public let config: OptimizerConfig
    var step = 0
    var first: [String: [Float]] = [:]
    var second: [String: [Float]] = [:]

    public init(_ config: OptimizerConfig) { self.config = config }

    /// One update of `param` from `grad`. `decay` says whether this parameter is in the weight-decay
    /// scope. Call `beginStep()` once per step before updating the parameters.
    public func beginStep() { step += 1 }

    public func update(_ name: String, param: UnsafeMutableBufferPointer<Float>, grad: UnsafeBufferPointer<Float>, decay: Bool) {
        update(name, param: param, grad: grad, decay: decay, with: config)
    }

    /// The same with the hyper-parameters of the parameter's group (`config` with its overrides).
    public func update(_ name: String, param: UnsafeMutableBufferPointer<Float>, grad: UnsafeBufferPointer<Float>, decay: Bool,
                       with config: OptimizerConfig) {
        let wd = decay ? Float(config.weightDecay) : 0
        let lr = Float(config.lr)
        if config.kind == "sgd" {
            var buf = first[name] ?? [Float](repeating: 0, count: param.count)
            let mu = Float(config.momentum)
            for i in 0..<param.count {
                let g = grad[i] + wd * param[i]
                buf[i] = mu * buf[i] + g
                param[i] -= lr * (mu > 0 ? buf[i] : g)
            }
            first[name] = buf
            return
        }
        var m = first[name] ?? [Float](repeating: 0, count: param.count)
        var v = second[name] ?? [Float](repeating: 0, count: param.count)
        let b1 = Float(config.beta1), b2 = Float(config.beta2), eps = Float(config.eps)
        let c1 = 1 - Float(pow(config.beta1, Double(step))), c2 = 1 - Float(pow(config.beta2, Double(step)))
        let stepSize = lr / c1
        let c2Root = c2.squareRoot()
        for i in 0..<param.count {
            let g = grad[i] + wd * param[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            param[i] -= stepSize * m[i] / (v[i].squareRoot() / c2Root + eps)
        }
        first[name] = m
        second[name] = v
    }

    /// The state PyTorch keeps per parameter, under its names, and the steps taken.
    public func state(of name: String) -> [String: [Float]] {
        var out: [String: [Float]] = [:]
        if config.kind == "sgd" { out["momentum_buffer"] = first[name] } else {
            out["exp_avg"] = first[name]; out["exp_avg_sq"] = second[name]
        }
        return out
    }

    public var steps: Int { step }

    /// Resumes from a checkpoint's state; a parameter without state starts from zeros, as in PyTorch.
    public func restore(steps: Int, state: [String: [String: [Float]]]) {
        step = steps
        for (name, s) in state {
            if config.kind == "sgd" { first[name] = s["momentum_buffer"] } else {
                first[name] = s["exp_avg"]; second[name] = s["exp_avg_sq"]
            }
        }
    }
}

