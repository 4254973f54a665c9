// f16 and bf16 conversions: the host's (HalfPrecision) against Swift's Float16, and the C
// prelude's (Runtime/gnnc_prelude.h, with and without the compiler's _Float16) against the host's,
// over every f16 bit pattern and a spread of floats with ties, subnormals, overflow and NaN.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
import GNNRuntime
import GNNTestSupport

final class HalfPrecisionTests: XCTestCase {
    /// Floats whose rounding matters: exact halves (ties to even), f16's subnormal range, the
    /// overflow threshold 65520, infinities and NaN, and a hashed spread of every exponent.
    static let probes: [UInt32] = {
        var out: [UInt32] = [0x0000_0000, 0x8000_0000, 0x3F80_0000, 0x3F80_8000, 0x3F81_8000, 0x3F80_1000, 0x3F80_3000,
                             0x477F_E000, 0x477F_F000, 0x477F_EFFF, 0x4780_0000, 0x3880_0000, 0x3800_0000, 0x3300_0000,
                             0x3300_0001, 0x32FF_FFFF, 0x7F80_0000, 0xFF80_0000, 0x7FC0_0000, 0x7F80_0001, 0x7F7F_FFFF]
        var h: UInt32 = 1
        for _ in 0..<100_000 { h = h &* 0x9E37_79B1 &+ 0x7F4A_7C15; out.append(h) }
        return out
    }()

    func testHostConversionsRoundToNearestEven() {
        XCTAssertEqual(HalfPrecision.bf16Bits(1), 0x3F80)
        XCTAssertEqual(HalfPrecision.bf16Bits(Float(bitPattern: 0x3F80_8000)), 0x3F80, "a tie rounds to the even 0x3F80")
        XCTAssertEqual(HalfPrecision.bf16Bits(Float(bitPattern: 0x3F81_8000)), 0x3F82, "a tie rounds to the even 0x3F82")
        XCTAssertEqual(HalfPrecision.bf16Bits(Float(bitPattern: 0x3F80_8001)), 0x3F81)
        XCTAssertEqual(HalfPrecision.bf16Bits(Float(bitPattern: 0x7F7F_FFFF)), 0x7F80, "the largest float rounds to infinity")
        XCTAssertTrue(HalfPrecision.fromBF16(HalfPrecision.bf16Bits(.nan)).isNaN)
        XCTAssertEqual(HalfPrecision.f16Bits(65504), 0x7BFF)
        XCTAssertEqual(HalfPrecision.f16Bits(65520), 0x7C00, "65520 is the tie between 65504 and infinity")
        XCTAssertEqual(HalfPrecision.fromF16(0x0001), 0x1p-24)
        for bits in UInt16.min...UInt16.max where !HalfPrecision.fromBF16(bits).isNaN {
            XCTAssertEqual(HalfPrecision.bf16Bits(HalfPrecision.fromBF16(bits)), bits, "bf16 round trip")
        }
    }

    func testCPreludeConversionsMatchTheHost() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-half-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let probes = Self.probes.map { String($0) }.joined(separator: "\n") + "\n"
        try probes.write(toFile: dir + "/probes.txt", atomically: true, encoding: .utf8)
        let program = """
            #include "\(repoRoot())/Runtime/gnnc_prelude.h"
            #include <stdio.h>
            int main(int argc, char** argv) {
              FILE* in = fopen(argv[1], "r");
              for (unsigned h = 0; h < 65536; h++) { float f = gnnc_f16_to_f32((uint16_t)h); uint32_t u; memcpy(&u, &f, 4); printf("%u\\n", u); }
              unsigned long v;
              while (fscanf(in, "%lu", &v) == 1) {
                uint32_t u = (uint32_t)v; float f; memcpy(&f, &u, 4);
                printf("%u %u\\n", gnnc_f32_to_f16(f), gnnc_f32_to_bf16(f));
              }
              return 0;
            }
            """
        try program.write(toFile: dir + "/half.c", atomically: true, encoding: .utf8)
        // With the compiler's _Float16, and with the bit-operation fallback a compiler without it uses.
        for (label, flags) in [("_Float16", [String]()), ("bit operations", ["-U__FLT16_MAX__"])] {
            let exe = dir + "/half-\(flags.count)"
            let built = try Subprocess.run(["cc", "-O2"] + flags + ["-o", exe, dir + "/half.c", "-lm"], logPath: dir + "/cc.log")
            XCTAssertEqual(built.exitStatus, 0, built.output)
            let ran = try Subprocess.run([exe, dir + "/probes.txt"], logPath: dir + "/run.log")
            XCTAssertEqual(ran.exitStatus, 0)
            let lines = ran.output.split(separator: "\n")
            XCTAssertEqual(lines.count, 65536 + Self.probes.count, label)
            var mismatches: [String] = []
            for h in 0..<65536 {
                let expected = HalfPrecision.fromF16(UInt16(h))
                let got = Float(bitPattern: UInt32(lines[h])!)
                if !(got == expected || (got.isNaN && expected.isNaN)) || got.sign != expected.sign { mismatches.append("f16 \(h) -> \(got)") }
            }
            for (k, probe) in Self.probes.enumerated() {
                let f = Float(bitPattern: probe)
                let parts = lines[65536 + k].split(separator: " ").map { UInt16($0)! }
                let (h, b) = (HalfPrecision.f16Bits(f), HalfPrecision.bf16Bits(f))
                if f.isNaN {
                    if !HalfPrecision.fromF16(parts[0]).isNaN || !HalfPrecision.fromBF16(parts[1]).isNaN { mismatches.append("NaN \(probe)") }
                } else if parts[0] != h || parts[1] != b {
                    mismatches.append("\(String(probe, radix: 16)): f16 \(parts[0]) vs \(h), bf16 \(parts[1]) vs \(b)")
                }
            }
            XCTAssertEqual(mismatches.prefix(10), [], "\(label): \(mismatches.count) mismatches")
        }
    }
}
