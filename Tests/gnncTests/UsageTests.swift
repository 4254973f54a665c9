// End-to-end tests of gnnc's command line itself: --help for each command, and usage errors (exit 2).
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
}
