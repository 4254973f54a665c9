// The one error bound of every kernel-against-reference comparison, scaled to magnitude and conditioning.
import GNNIR
import GNNReference

/// How far a result may be from the reference. Element j of result k passes when
///
///     |a_j - e_j| <= tolerance * max(‖e‖, F, S̄, S_j)
///
/// `‖e‖`: the result's largest magnitude; `F`: a thousandth of the largest magnitude among the
/// program's results; `S_j = max(|e+_j - e_j|, |e-_j - e_j|) / ρ`, where e± are the reference's
/// results with every floating-point value the program reads or computes moved from x to
/// x(1 ± ρu), ρ = 8 float32 ulps, u uniform in [-1, 1); `S̄`: the root mean square of the S_j
/// over the result. docs/differential-testing.md, "The error bound", says why each term is there
/// and what the bound cannot hide.
public struct ErrorBound: Sendable, Equatable {
    /// The floor as a fraction of the program's largest result: float32 rounding of the terms a
    /// result is made of is relative to their size, not to the result's, and a result that cancels
    /// to (analytically) zero is made of terms of about the program's size.
    public static let floorFraction = 1e-3

    /// ρ, the largest relative move of a value in the moved reference runs: 8 ulps of float32
    /// (2^-20), a few roundings, so that the first-order change it causes stands for what float32
    /// rounding does to the result, and near a kink it crosses what rounding crosses.
    public static let perturbation = 8 * Double(Float.ulpOfOne)

    /// Inputs that are not data: class indices, the 0/1 mask and the f16 loss scale reach the
    /// kernels exactly, so moving them would measure nothing the kernels do.
    static let exactInputs: Set<String> = ["labels", "train_mask", "loss_scale"]

    /// The smallest magnitude any result's error is measured against.
    public var floor: Double
    /// Per result, per element, S_j: the larger |moved - reference| of the two moved runs, divided
    /// by ρ: the element's size times its condition number under rounding, estimated by a finite
    /// difference; at a kink (or anything discontinuous within rounding), the jump over ρ. Empty
    /// for a result: no allowance.
    public var sensitivity: [[Double]]

    public init(floor: Double, sensitivity: [[Double]]) { self.floor = floor; self.sensitivity = sensitivity }

    /// The bound for `expected` (the reference's results of `module` on `bindings`, which should
    /// hold float32-representable values, see `asFloat32`): two more reference runs in which every
    /// floating-point value the program reads or computes (inputs, parameters and each op's result,
    /// not `exactInputs`) is moved from x to x(1 + ρu) and then x(1 - ρu), u uniform in [-1, 1)
    /// drawn from `seed`, as float32 rounding moves it. The bindings' dropout seed is kept, so the
    /// moved runs drop the same elements and the difference is rounding's effect alone.
    public static func measure(_ module: GraphModule, graph: GraphData, bindings: ReferenceBindings, expected: [Tensor64],
                               seed: UInt64) throws(ReferenceError) -> ErrorBound {
        var sensitivity = expected.map { [Double](repeating: 0, count: $0.data.count) }
        for sign in [1.0, -1.0] {
            let moved = try ReferenceInterpreter.results(module, graph: graph, bindings) { i, op, value in
                move(i, op, &value, seed: seed, sign: sign)
            }
            for (k, (m, e)) in zip(moved, expected).enumerated() where m.data.count == e.data.count {
                for (j, (x, y)) in zip(m.data, e.data).enumerated() {
                    // A moved value that is not finite allows nothing: an allowance must not hide a NaN.
                    let d = abs(x - y) / perturbation
                    if d.isFinite && d > sensitivity[k][j] { sensitivity[k][j] = d }
                }
            }
        }
        return ErrorBound(floor: floor(expected), sensitivity: sensitivity)
    }

    /// `floorFraction` of the largest finite magnitude among `results` (at least 1e-9, so that an
    /// all-zero program still divides by something).
    public static func floor(_ results: [Tensor64]) -> Double {
        var largest = 0.0
        for t in results { largest = max(largest, NumericComparison.scale(t.data, floor: 0)) }
        return max(floorFraction * largest, 1e-9)
    }

    /// Result `k`'s error under the bound, what is compared with the tolerance: the largest over its
    /// elements j of |actual_j - expected_j| / max(‖expected‖, floor, S̄, S_j); infinite when
    /// anything is not finite (or the counts differ), whatever the scale.
    public func relativeError(_ k: Int, actual: [Double], expected: [Double]) -> Double {
        guard actual.count == expected.count else { return .infinity }
        let allowance = k < sensitivity.count && sensitivity[k].count == expected.count ? sensitivity[k] : []
        let magnitude = max(NumericComparison.scale(expected, floor: floor), ErrorBound.typical(allowance))
        var worst = 0.0
        for (j, (x, y)) in zip(actual, expected).enumerated() {
            // Written out, not max(worst, ...): Swift's max drops a NaN (NumericComparison).
            let d = abs(x - y)
            guard d.isFinite else { return .infinity }
            let e = d / (allowance.isEmpty ? magnitude : max(magnitude, allowance[j]))
            if e > worst { worst = e }
        }
        return worst
    }

    /// S̄, the root mean square of a result's sensitivities: how far rounding moves its typical
    /// element. An unstable formula (PNA's E[m²] - E[m]²) spreads rounding over every element of a
    /// weight gradient in a pattern a single moved run matches only on average, so element by
    /// element S_j can be small by chance where the kernels' rounding is not; a lone kink raises it
    /// by its jump over the square root of the element count only.
    public static func typical(_ sensitivity: [Double]) -> Double {
        guard !sensitivity.isEmpty else { return 0 }
        var sum = 0.0
        for x in sensitivity { sum += x * x }
        return (sum / Double(sensitivity.count)).squareRoot()
    }

    /// The bound `gnnc selftest` used before this one, kept only so that tests can show what it
    /// got wrong: an absolute floor of 1e-6 and no allowance for conditioning.
    public static func absoluteFloor(_ floor: Double, results: Int) -> ErrorBound {
        ErrorBound(floor: floor, sensitivity: [[Double]](repeating: [], count: results))
    }

    /// Op `index`'s value moved to x(1 + sign ρu) element-wise, where the program holds it in
    /// floating point and it is not one of `exactInputs`. The u of an op depend on the seed and the
    /// op's index only, so the two signs move each value the opposite way (a kink on either side
    /// of a value is crossed by one of them). A relative move keeps exact zeros (relu's, dropout's)
    /// zero and every sign as it is.
    static func move(_ index: Int, _ op: Operation, _ value: inout Tensor64, seed: UInt64, sign: Double) {
        switch op.type.dtype {
        case .f32, .f16, .bf16, .f64: break
        case .i32, .i64: return
        }
        if op.opcode == .input, case .string(let name)? = op.attributes["name"], exactInputs.contains(name) { return }
        var rng = SplitMix64(state: (seed ^ 0x5EED) &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        for j in value.data.indices { value.data[j] *= 1 + sign * perturbation * rng.uniform() }
    }

    /// The bindings as the float32 kernels receive them: the reference starts from the same values,
    /// so that the comparison measures the kernels' arithmetic, not the rounding of their inputs.
    public static func asFloat32(_ b: ReferenceBindings) -> ReferenceBindings {
        var out = b
        for (k, v) in b.inputs { out.inputs[k] = Tensor64(shape: v.shape, data: v.data.map { Double(Float($0)) }) }
        for (k, v) in b.params { out.params[k] = Tensor64(shape: v.shape, data: v.data.map { Double(Float($0)) }) }
        return out
    }
}

/// An ErrorBound measured only where it decides something. The conditioning terms only widen the
/// bound, so a result within tolerance under its magnitude and the floor alone is within it under
/// the full bound; the two moved reference runs, most of a self-test's time, are made the first
/// time a comparison exceeds the tolerance without them, then kept for the other variants.
public final class DeferredErrorBound {
    /// The bound without conditioning: magnitudes and the floor.
    public let plain: ErrorBound
    let measure: () throws(ReferenceError) -> ErrorBound
    var measured: ErrorBound?

    /// `adjust`: applied to both bounds (tests replace them with the bound this one replaced).
    public init(_ module: GraphModule, graph: GraphData, bindings: ReferenceBindings, expected: [Tensor64], seed: UInt64,
                adjust: @escaping (ErrorBound) -> ErrorBound = { $0 }) {
        plain = adjust(ErrorBound(floor: ErrorBound.floor(expected), sensitivity: []))
        measure = { () throws(ReferenceError) -> ErrorBound in
            adjust(try ErrorBound.measure(module, graph: graph, bindings: bindings, expected: expected, seed: seed))
        }
    }

    /// Each result's error (ErrorBound.relativeError): under `plain` when every one is within
    /// `tolerance` there (or one is not finite, which no allowance changes), else under the full bound.
    public func errors(actual: [[Double]], expected: [Tensor64], tolerance: Double) throws(ReferenceError) -> [Double] {
        let cheap = errors(plain, actual, expected)
        guard cheap.contains(where: { $0 > tolerance }), !cheap.contains(where: { !$0.isFinite }) else { return cheap }
        if measured == nil { measured = try measure() }
        return errors(measured ?? plain, actual, expected)
    }

    func errors(_ bound: ErrorBound, _ actual: [[Double]], _ expected: [Tensor64]) -> [Double] {
        zip(actual, expected).enumerated().map { bound.relativeError($0.offset, actual: $0.element.0, expected: $0.element.1.data) }
    }
}

