// Deliberate miscompilations a plan can be told to make (`GNNC_INJECT_FAULT`, read with the other
// settings): the differential tests switch one on to show that a wrong pass is caught and shrunk.

public enum FaultInjection {
    /// The faults a pass can be told to make.
    public static let known = [
        // transform-before-aggregate moves a product through max/min aggregations too (wrong:
        // max(x) W is not max(x W)).
        "tba-any-reducer",
    ]
}
