// Deliberate miscompilations, off unless `GNNC_INJECT_FAULT` names one: the differential tests
// switch one on to show that a wrong pass is caught and shrunk to a small reproducer.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum FaultInjection {
    /// The faults a pass can be told to make.
    public static let known = [
        // transform-before-aggregate moves a product through max/min aggregations too (wrong:
        // max(x) W is not max(x W)).
        "tba-any-reducer",
    ]

    static func active(_ name: String) -> Bool {
        guard let p = getenv("GNNC_INJECT_FAULT") else { return false }
        return String(cString: p) == name
    }
}
