// End-to-end tests of gnnc's command line itself: --help for each command, and usage errors (exit 2, a `gnnc:` message naming the flag).
import Foundation
import XCTest

final class UsageTests: XCTestCase {

    // MARK: - Help

    func checkHelp(_ arguments: String..., mentions words: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try gnnc(arguments: arguments)
        assertExit(r, 0, file: file, line: line)
        XCTAssertEqual(r.stderr, "", file: file, line: line)
        assertContains(r.stdout.lowercased(), "usage", "help text", file: file, line: line)
        for w in words { assertContains(r.stdout, w, "help text", file: file, line: line) }
    }

    func testMainHelp() throws {
        try checkHelp("--help", mentions: ["gnnc <command>", "compile", "opt"])
    }

    func testMainHelpShortFlagAndHelpCommand() throws {
        let long = try gnnc("--help")
        assertContains(long.stdout, "usage: gnnc <command>", "help text")
        for args in [["-h"], ["help"]] {
            let r = try gnnc(arguments: args)
            assertExit(r, 0)
            XCTAssertEqual(r.stdout, long.stdout, "\(args) prints a different help text")
        }
    }

    func testCompileHelp() throws {
        try checkHelp("compile", "--help", mentions: ["gnnc compile SPEC", "--emit", "-o FILE"])
    }

    func testOptHelp() throws {
        try checkHelp("opt", "--help", mentions: ["gnnc opt FILE.gir", "--passes", "--print-ir-after"])
    }

    func testCommandHelpWinsOverOtherArguments() throws {
        try checkHelp("compile", "missing.gnn", "--help", mentions: ["gnnc compile SPEC"])
    }

    // MARK: - Usage errors: exit 2, a message on stderr, nothing on stdout

    func checkUsageError(_ arguments: String..., message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try gnnc(arguments: arguments)
        assertExit(r, 2, file: file, line: line)
        XCTAssertEqual(r.stdout, "", "usage errors print nothing on stdout", file: file, line: line)
        assertContains(r.stderr, message, "stderr", file: file, line: line)
    }

    func testNoCommand() throws {
        try checkUsageError(message: "usage")
    }

    func testUnknownCommand() throws {
        try checkUsageError("frobnicate", message: "unknown command 'frobnicate'")
    }

    func testUnknownOptionToCompile() throws {
        try checkUsageError("compile", Inputs.spec("gcn"), "--turbo", message: "unknown option '--turbo'")
    }

    func testUnknownOptionToOpt() throws {
        try checkUsageError("opt", Inputs.passInput("noop.gir"), "--turbo", message: "unknown option '--turbo'")
    }

    func testUnknownEmitStage() throws {
        try checkUsageError("compile", Inputs.spec("gcn"), "--emit", "hologram", message: "'hologram'")
    }

    func testUnknownEmitStageListsKnownStages() throws {
        let r = try gnnc("compile", Inputs.spec("gcn"), "--emit", "hologram")
        assertExit(r, 2)
        assertContains(r.stderr, "ast", "stderr")
        assertContains(r.stderr, "gir", "stderr")
    }

    func testCompileWithTwoFiles() throws {
        try checkUsageError("compile", Inputs.spec("gcn"), Inputs.spec("gat"), message: "exactly one")
    }

    func testCompileWithNoFile() throws {
        try checkUsageError("compile", message: "exactly one")
    }

    func testOptWithNoFile() throws {
        try checkUsageError("opt", "--passes", "noop", message: "exactly one")
    }

    func testOptionMissingItsValue() throws {
        try checkUsageError("compile", Inputs.spec("gcn"), "-o", message: "-o needs a value")
    }

    func testUsageErrorBeatsMissingFile() throws {
        // Arguments are checked before any file is read.
        try checkUsageError("compile", "missing.gnn", "--emit", "hologram", message: "hologram")
    }

    // MARK: - Every bad option value is a usage error: exit 2, `gnnc:` first, the flag named

    /// Checks exit 2, an empty stdout, a stderr that starts with `gnnc: ` and contains `message`,
    /// and the pointer to the command's help.
    func checkUsage(_ arguments: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try gnnc(arguments: arguments)
        assertExit(r, 2, file: file, line: line)
        XCTAssertEqual(r.stdout, "", file: file, line: line)
        XCTAssertTrue(r.stderr.hasPrefix("gnnc: "), r.description, file: file, line: line)
        assertContains(r.stderr, message, "stderr", file: file, line: line)
        assertContains(r.stderr, "Run 'gnnc \(arguments[0]) --help' for usage.", "stderr", file: file, line: line)
    }

    /// `--device gpu` exited 1 (the run driver refused it as bad input) while `--precision f64`
    /// exited 2: both are usage errors now, checked before any file is read.
    func testRunDeviceAndPrecisionAreBothUsageErrors() throws {
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--device", "gpu"], "unknown --device 'gpu'; use cpu or cuda")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--precision", "f64"], "unknown --precision 'f64'")
        try checkUsage(["run", "missing.gnn", "--dataset", "synthetic:small", "--device", "gpu"], "--device")
    }

    /// An unknown `--print-ir-after` stage exited 1 as an error in the input; it is a usage error
    /// that lists the stages the plan has.
    func testPrintIRAfterAnUnknownStageIsAUsageErrorListingTheStages() throws {
        try checkUsage(["compile", Inputs.spec("gcn"), "--print-ir-after", "nosuchpass"],
                       "gnnc: error[E502]: unknown stage 'nosuchpass' in --print-ir-after; stages: noop, verify, specialize-mode, canonicalize,")
        // Checked before the file is read: a spec with errors (or none at all) does not hide it.
        try checkUsage(["compile", Inputs.diagnostics("three_errors.gnn"), "--print-ir-after", "nosuchpass"], "unknown stage 'nosuchpass'")
        try checkUsage(["compile", "missing.gnn", "--print-ir-after", "nosuchpass"], "unknown stage 'nosuchpass'")
        // A stage of another plan (the CUDA target's kernel passes) is known only to the plan.
        try checkUsage(["compile", Inputs.spec("gcn"), "--print-ir-after", "map-rows-to-lanes"],
                       "gnnc: error[E502]: unknown stage 'map-rows-to-lanes' in --print-ir-after; this plan's stages: verify,")
        try checkUsage(["opt", Inputs.passInput("noop.gir"), "--passes", "nosuch"], "unknown pass 'nosuch' in --passes; known passes: noop")
        try checkUsage(["opt", "missing.kir", "--passes", "nosuch"], "unknown kernel pass 'nosuch' in --passes; known kernel passes: ")
        // Options that contradict each other.
        try checkUsage(["compile", Inputs.spec("gcn"), "--emit", "cu", "--target", "cpu"], "--emit cu is the CUDA target's source")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--runs", "2", "--save", "x.safetensors"],
                       "--save writes one run's parameters; use it with --runs 1")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--runs", "2", "--load", "x.safetensors"],
                       "--load resumes one run; use it with --runs 1")
    }

    /// `--error-limit N`: a non-negative integer; 0 means no limit.
    func testErrorLimitValueIsChecked() throws {
        try checkUsage(["compile", Inputs.spec("gcn"), "--error-limit", "-1"], "--error-limit needs a non-negative integer (0: no limit), got '-1'")
        try checkUsage(["compile", Inputs.spec("gcn"), "--error-limit", "many"], "--error-limit needs a non-negative integer (0: no limit), got 'many'")
        try checkUsage(["opt", Inputs.passInput("noop.gir"), "--error-limit", "99999999999999999999"],
                       "--error-limit 99999999999999999999 is too large (at most 9223372036854775807)")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--error-limit", ""], "--error-limit needs")
        for n in ["0", "1", "20"] {
            assertExit(try gnnc("compile", Inputs.spec("gcn"), "--error-limit", n), 0)
        }
        try checkHelp("compile", "--help", mentions: ["--error-limit N"])
        try checkHelp("opt", "--help", mentions: ["--error-limit N"])
        try checkHelp("run", "--help", mentions: ["--error-limit N"])
    }

    /// A number too large for its flag is "too large", with the limit; it was "not a positive
    /// integer" (or, for --nodes, an overflow trap building 3N edges).
    func testTooLargeValuesSayTooLargeWithTheLimit() throws {
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--epochs", "99999999999999999999"],
                       "--epochs 99999999999999999999 is too large (at most 9223372036854775807)")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--epochs", "-3"], "--epochs needs a non-negative integer, got '-3'")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--runs", "0"], "--runs needs a positive integer, got '0'")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:small", "--loss-scale", "1e99"], "--loss-scale 1e99 is too large")
        try checkUsage(["compile", Inputs.spec("gcn"), "--dims", "F=99999999999"], "--dims F=99999999999 is too large (at most 2147483647)")
        try checkUsage(["compile", Inputs.spec("gcn"), "--dims", "F=0"], "--dims F needs a positive integer, got '0'")
        try checkUsage(["selftest", "--check", Inputs.spec("gcn"), "--nodes", "4000000000000000000"], "--nodes 4000000000000000000 is too large (at most 1000000)")
        try checkUsage(["selftest", "--check", Inputs.spec("gcn"), "--seed", "99999999999999999999"],
                       "--seed 99999999999999999999 is too large (at most 18446744073709551615)")
        try checkUsage(["selftest", "--random", "99999999999999999999"], "--random 99999999999999999999 is too large")
        try checkUsage(["bench", "--widths", "16,99999999999999999999"], "--widths 99999999999999999999 is too large")
        try checkUsage(["bench", "--widths", "16,x"], "--widths needs positive integers separated by commas, got 'x'")
    }

    /// A dataset name is checked before anything is read or compiled: a misspelt or malformed one
    /// is a usage error, a number too large in a synthetic one says so with the bound.
    func testDatasetNamesAreCheckedFirst() throws {
        try checkUsage(["run", "missing.gnn", "--dataset", "corra"], "--dataset: unknown dataset 'corra'; known: cora, citeseer, pubmed")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:99999999999999999999,5,5,5,5"],
                       "N = 99999999999999999999 is too large (N must be in 2..<2654435761)")
        try checkUsage(["run", Inputs.spec("gcn"), "--dataset", "synthetic:10,x,5,5,5"], "E = 'x' is not a non-negative integer")
    }
}
