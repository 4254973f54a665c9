// Deliberate miscompilations a plan can be told to make (`GNNC_INJECT_FAULT`, read with the other
// settings): tests switch one on to show that a wrong pass or derivative rule is caught.
import GNNIR

public enum FaultInjection {
    /// The faults a pass can be told to make.
    public static let known = [
        // transform-before-aggregate moves a product through max/min aggregations too (wrong:
        // max(x) W is not max(x W)).
        "tba-any-reducer",
        // autodiff builds f'(x) twice what it is for the element-wise function f (a rule that forgot
        // its constant, as sqrt's 1/2): "sqrt-grad-double", "relu-grad-double", ...
    ] + UnaryOp.allCases.filter { !$0.function.linear }.map { "\($0.rawValue)-grad-double" } + [
        // autodiff's edge softmax rule leaves out the destination's sum: y * g instead of
        // y * (g - sum over the in-edges of g * y), so shifting every score no longer cancels.
        "edge-softmax-grad-uncentred",
    ]
}
