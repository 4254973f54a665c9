// End-to-end tests of `gnnc opt`: the pass-test inputs run through the binary, unknown passes, --print-ir-after, -o and IR errors.
import Foundation
import GNNTestSupport
import XCTest

final class OptCommandTests: XCTestCase {

    // MARK: - The pass-test inputs, run through the real binary with their RUN lines' passes

    func testNoopPassReprintsTheModule() throws {
        let input = Inputs.passInput("noop.gir")
        let r = try gnnc("opt", input, "--passes", "noop")
        assertExit(r, 0)
        XCTAssertEqual(r.stderr, "")
        XCTAssertTrue(r.stdout.hasPrefix("model @GCN<F, C> {\n"), r.description)
        // The file's own CHECK lines hold for the binary's output too.
        let checks = try String(contentsOfFile: input, encoding: .utf8)
        XCTAssertEqual(fileCheck(input: r.stdout, checks: checks), [], r.description)
    }

    func testVerifyInputPassesThroughTheBinary() throws {
        let input = Inputs.passInput("verify.gir")
        let r = try gnnc("opt", input, "--passes", "verify,noop,verify")
        assertExit(r, 0)
        XCTAssertEqual(r.stderr, "")
        let checks = try String(contentsOfFile: input, encoding: .utf8)
        XCTAssertEqual(fileCheck(input: r.stdout, checks: checks), [], r.description)
    }

    func testNoopOutputIsAFixedPoint() throws {
        let dir = try makeTempDirectory()
        let first = try gnnc("opt", Inputs.passInput("noop.gir"), "--passes", "noop", in: dir)
        assertExit(first, 0)
        try write(first.stdout, to: dir.appendingPathComponent("once.gir"))
        let second = try gnnc("opt", "once.gir", "--passes", "noop,verify", in: dir)
        assertExit(second, 0)
        XCTAssertTrue(second.stdout.hasPrefix("model @GCN<F, C> {\n"), second.description)
        XCTAssertEqual(second.stdout, first.stdout)
    }

    func testNoPassesJustReprints() throws {
        let withNoop = try gnnc("opt", Inputs.passInput("noop.gir"), "--passes", "noop")
        let withNone = try gnnc("opt", Inputs.passInput("noop.gir"))
        assertExit(withNone, 0)
        XCTAssertTrue(withNone.stdout.hasPrefix("model @GCN<F, C> {\n"), withNone.description)
        XCTAssertEqual(withNone.stdout, withNoop.stdout)
    }

    // MARK: - Unknown passes

    func testUnknownPassInInputFile() throws {
        let input = Inputs.passInput("noop-unknown-pass.gir")
        let r = try gnnc("opt", input, "--passes", "noop,fuse_everything,verify")
        // A pass name is an option's value: a usage error.
        assertExit(r, 2)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "unknown pass 'fuse_everything'", "stderr")
        assertContains(r.stderr, "known passes:", "stderr")
        let checks = try String(contentsOfFile: input, encoding: .utf8)
        XCTAssertEqual(fileCheck(input: r.stderr, checks: checks, prefix: "ERROR"), [], r.description)
    }

    func testUnknownPassIsNamedAndKnownPassesListed() throws {
        let r = try gnnc("opt", Inputs.passInput("noop.gir"), "--passes", "noop,no_such_pass")
        assertExit(r, 2)
        XCTAssertEqual(r.stdout, "")
        let line = try XCTUnwrap(r.stderrLines.first { $0.contains("no_such_pass") }, r.description)
        assertContains(line, "unknown pass", "the error line")
        assertContains(line, "known passes:", "the error line")
        let known = try XCTUnwrap(line.components(separatedBy: "known passes:").last)
        assertContains(known, "noop", "the list of known passes")
        assertContains(known, "verify", "the list of known passes")
    }

    // MARK: - --print-ir-after

    func testPrintIRAfterAll() throws {
        let input = Inputs.passInput("noop.gir")
        let plain = try gnnc("opt", input, "--passes", "noop,verify")
        assertExit(plain, 0)
        let r = try gnnc("opt", input, "--passes", "noop,verify", "--print-ir-after", "all")
        assertExit(r, 0)
        XCTAssertEqual(r.stderr, "")
        let afterNoop = try XCTUnwrap(r.stdout.range(of: "IR after noop"), r.description)
        let afterVerify = try XCTUnwrap(r.stdout.range(of: "IR after verify"), r.description)
        XCTAssertLessThan(afterNoop.lowerBound, afterVerify.lowerBound, "dumps are not in pass order")
        // One dump per pass, each a whole module, then the final output.
        XCTAssertEqual(r.stdout.components(separatedBy: "model @GCN<F, C> {").count - 1, 3, r.description)
        let dumpAfterNoop = r.stdout[afterNoop.upperBound..<afterVerify.lowerBound]
        assertContains(String(dumpAfterNoop), "model @GCN<F, C> {", "the dump after noop")
        assertContains(String(dumpAfterNoop), "return %", "the dump after noop")
        XCTAssertTrue(r.stdout.hasSuffix(plain.stdout), "the final IR is not printed last, unchanged:\n\(r.stdout)")
    }

    func testPrintIRAfterOnePass() throws {
        let r = try gnnc("opt", Inputs.passInput("noop.gir"), "--passes", "noop,verify", "--print-ir-after", "noop")
        assertExit(r, 0)
        assertContains(r.stdout, "IR after noop", "stdout")
        XCTAssertFalse(r.stdout.contains("IR after verify"), r.description)
        XCTAssertEqual(r.stdout.components(separatedBy: "model @GCN<F, C> {").count - 1, 2, r.description)
    }

    func testPrintIRAfterUnknownPass() throws {
        let r = try gnnc("opt", Inputs.passInput("noop.gir"), "--passes", "noop", "--print-ir-after", "not_a_pass")
        assertExit(r, 2)
        assertContains(r.stderr, "gnnc: error[E502]: unknown pass 'not_a_pass' in --print-ir-after; known passes: noop, verify", "stderr")
        assertContains(r.stderr, "Run 'gnnc opt --help' for usage.", "stderr")
    }

    // MARK: - -o FILE

    func testOutputFile() throws {
        let input = Inputs.passInput("verify.gir")
        let plain = try gnnc("opt", input, "--passes", "verify")
        let dir = try makeTempDirectory()
        let r = try gnnc("opt", input, "--passes", "verify", "-o", "out.gir", in: dir)
        assertExit(r, 0)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(try read(dir.appendingPathComponent("out.gir")), plain.stdout)
        XCTAssertEqual(try contentsOfDirectory(dir), ["out.gir"])
    }

    func testOutputIntoMissingDirectory() throws {
        let dir = try makeTempDirectory()
        let r = try gnnc("opt", Inputs.passInput("noop.gir"), "--passes", "noop", "-o", "missing/out.gir", in: dir)
        assertExit(r, 3)
        XCTAssertEqual(r.stdout, "")
        XCTAssertFalse(r.stderr.isEmpty)
        XCTAssertEqual(try contentsOfDirectory(dir), [])
    }

    // MARK: - Errors in the IR

    func testTypeErrorInIRFile() throws {
        let dir = try makeTempDirectory()
        try write("""
            model @Bad<F, C> {
              %x = input {name = "x"} : f32[N, F]
              %W = param {init = glorot} : f32[16, C]
              %0 = matmul %x, %W : f32[N, C]
              return %0
            }

            """, to: dir.appendingPathComponent("bad.gir"))
        let r = try gnnc("opt", "bad.gir", "--passes", "verify", in: dir)
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "bad.gir:4:3: error[", "stderr")
        assertCaret(in: r.stderr, excerptContaining: "%0 = matmul %x, %W", under: "%0")
    }

    func testUndefinedValueInIRFile() throws {
        let dir = try makeTempDirectory()
        try write("model @M {\n  %x = input : f32[N, 4]\n  return %y\n}\n", to: dir.appendingPathComponent("undef.gir"))
        let r = try gnnc("opt", "undef.gir", "--passes", "noop", in: dir)
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "undef.gir:3:10: error[", "stderr")
        assertCaret(in: r.stderr, excerptContaining: "return %y", under: "%y")
    }

    func testVerifierErrorsInputReportsEveryProblem() throws {
        let r = try gnnc("opt", Inputs.passInput("verify-errors.gir"), "--passes", "noop,verify")
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        for position in ["verify-errors.gir:8:3: error[", "verify-errors.gir:9:3: error[", "verify-errors.gir:10:3: error["] {
            assertContains(r.stderr, position, "stderr")
        }
    }

    func testMissingIRFile() throws {
        let r = try gnnc("opt", "nowhere.gir", "--passes", "noop")
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "cannot read", "stderr")
        assertContains(r.stderr, "nowhere.gir", "stderr")
    }

    // MARK: - Kernel IR

    /// A .kir input takes kernel passes; its CHECK lines hold for the binary's output, and the output
    /// reads back unchanged through no passes (the parser round-trips the printer).
    func testKernelPassInputRunsThroughTheBinary() throws {
        let input = Inputs.passInput("split-row-edges.kir")
        let r = try gnnc("opt", input, "--passes", "map-rows-to-lanes,vectorize-lane-loops,split-row-edges")
        assertExit(r, 0)
        XCTAssertEqual(r.stderr, "")
        let checks = try String(contentsOfFile: input, encoding: .utf8)
        XCTAssertEqual(fileCheck(input: r.stdout, checks: checks), [], r.description)
        let dir = try makeTempDirectory()
        try write(r.stdout, to: dir.appendingPathComponent("out.kir"))
        let again = try gnnc("opt", "out.kir", in: dir)
        assertExit(again, 0)
        XCTAssertEqual(again.stdout, r.stdout)
    }

    func testKernelPassesOutOfOrderAreRefusedBeforeRunning() throws {
        let r = try gnnc("opt", Inputs.passInput("vectorize-lane-loops.kir"), "--passes", "vectorize-lane-loops")
        // The order of --passes is the command line's mistake: a usage error.
        assertExit(r, 2)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "error[E602]: kernel pass 'vectorize-lane-loops' needs 'map-rows-to-lanes' to run before it", "stderr")
    }

    func testKernelIRErrorsNameTheirPlace() throws {
        let dir = try makeTempDirectory()
        try write("kernels @P {\n  buffer #0 y : f32[N] temp\n  kernel k0 // c\n    #0[0] = #3[0]\n  results #0\n}\n",
                  to: dir.appendingPathComponent("bad.kir"))
        let r = try gnnc("opt", "bad.kir", "--passes", "map-rows-to-lanes", in: dir)
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "bad.kir:4:13: error[E422]: #3 is not a buffer", "stderr")
        assertCaret(in: r.stderr, excerptContaining: "#0[0] = #3[0]", under: "#3")
        // Well formed but invalid: the verifier refuses a store into an input before any pass.
        try write("kernels @P {\n  buffer #0 x : f32[N] input\n  kernel k0 // c\n    #0[0] = 1.0\n  results #0\n}\n",
                  to: dir.appendingPathComponent("store.kir"))
        let s = try gnnc("opt", "store.kir", "--passes", "map-rows-to-lanes", in: dir)
        assertExit(s, 1)
        assertContains(s.stderr, "error[E436]", "stderr")
        assertContains(s.stderr, "before the first kernel pass", "stderr")
    }
}
