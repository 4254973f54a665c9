// Float to and from f16 and bf16 bit patterns on the host, rounding to nearest even as the
// kernels' stores do (binding inputs, reading results of a low-precision program).

public enum HalfPrecision {
    public static func f16Bits(_ x: Float) -> UInt16 { Float16(x).bitPattern }
    public static func fromF16(_ bits: UInt16) -> Float { Float(Float16(bitPattern: bits)) }

    /// The upper half of the float, rounded to nearest even; a NaN stays a (quiet) NaN.
    public static func bf16Bits(_ x: Float) -> UInt16 {
        let u = x.bitPattern
        if x.isNaN { return UInt16(truncatingIfNeeded: u >> 16) | 0x40 }
        return UInt16(truncatingIfNeeded: (u &+ 0x7FFF &+ ((u >> 16) & 1)) >> 16)
    }
    public static func fromBF16(_ bits: UInt16) -> Float { Float(bitPattern: UInt32(bits) << 16) }
}
