// Comparing computed results with the float64 reference. Swift's max(0, .nan) is 0, so a loop of
// max(worst, |x - y|) drops NaN; these comparisons are written out and treat any element that is
// not finite on either side as an infinite difference. A reference that is not finite itself is
// found first and reported as a property of the model (callers check `firstNonFinite`).
import GNNReference

public enum NumericComparison {
    /// The largest |actual - expected|; infinite when the counts differ or any difference is not
    /// finite (NaN or an infinity on either side).
    public static func maxAbsDifference(_ actual: [Double], _ expected: [Double]) -> Double {
        guard actual.count == expected.count else { return .infinity }
        var worst = 0.0
        for (x, y) in zip(actual, expected) {
            let d = abs(x - y)
            guard d.isFinite else { return .infinity }
            if d > worst { worst = d }
        }
        return worst
    }

    /// The largest magnitude among the finite values, at least `floor`.
    public static func scale(_ expected: [Double], floor: Double) -> Double {
        var largest = floor
        for y in expected where y.isFinite && abs(y) > largest { largest = abs(y) }
        return largest
    }

    /// The first reference value that is NaN or infinite: which result, which element, what value.
    public static func firstNonFinite(_ results: [Tensor64]) -> (result: Int, index: Int, value: Double)? {
        for (k, t) in results.enumerated() {
            if let i = t.data.firstIndex(where: { !$0.isFinite }) { return (k, i, t.data[i]) }
        }
        return nil
    }

    /// A value as the messages show it: `nan` without the sign bit Swift prints (`-nan`).
    public static func text(_ v: Double) -> String { v.isNaN ? "nan" : "\(v)" }

    /// What `firstNonFinite` found, in words, naming the result by `names`.
    public static func describeNonFinite(_ found: (result: Int, index: Int, value: Double), names: [String]) -> String {
        let name = found.result < names.count ? names[found.result] : "result \(found.result)"
        return "the float64 reference is \(text(found.value)) at \(name)[\(found.index)]: the model is not finite on this input "
            + "(a property of the model, not of the passes or kernels), so nothing was compared"
    }
}
