// Runs every Inputs/*.gir and Inputs/*.kir like `gnnc opt`: parse, run its RUN line's passes (graph
// passes for .gir, kernel passes for .kir), FileCheck the output.
import Foundation
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNTestSupport
import XCTest

/// The convention of a pass test file:
///
/// - one `// RUN: gnnc opt %s --passes a,b,c` line;
/// - on success, the printed module is checked against the file's `// CHECK` directives;
/// - a file with `// ERROR` directives expects the run to fail: the rendered diagnostics
///   (`name.gir:line:col: error[E...]: ...`, excerpt, notes) are checked against them instead.
///
/// The verifier runs after every pass, as the pipeline always does in tests.
final class GIRFileTests: XCTestCase {
    static var inputsDirectory: String { repoRoot() + "/Tests/GNNPassesTests/Inputs" }

    static func inputFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inputsDirectory).filter { $0.hasSuffix(".gir") || $0.hasSuffix(".kir") }.sorted()
    }

    func testEveryInputFile() throws {
        let files = try Self.inputFiles()
        XCTAssertGreaterThanOrEqual(files.count, 4, "inputs missing from \(Self.inputsDirectory)")
        for name in files {
            let text = try String(contentsOfFile: Self.inputsDirectory + "/" + name, encoding: .utf8)
            for failure in runGIRTest(name: name, text: text) { XCTFail("\(name): \(failure)") }
        }
    }

    func testEveryPassHasAnInputFileNamedAfterIt() throws {
        let files = try Self.inputFiles()
        for pass in PassRegistry.all {
            XCTAssertTrue(files.contains { $0 == pass.name + ".gir" || ($0.hasPrefix(pass.name + "-") && $0.hasSuffix(".gir")) },
                          "no Inputs/\(pass.name).gir for pass '\(pass.name)'")
        }
    }

    /// The runner itself must fail on a wrong CHECK, on an unexpected success and on an
    /// unexpected failure; otherwise every file above could pass vacuously.
    func testTheRunnerRejectsWrongExpectations() {
        let module = "model @M {\n  %x = input : f32[N, 4]\n  return %x\n}\n"
        XCTAssertEqual(runGIRTest(name: "a.gir", text: "// RUN: gnnc opt %s --passes noop\n" + module + "// CHECK: return %x\n"), [])
        XCTAssertFalse(runGIRTest(name: "a.gir", text: "// RUN: gnnc opt %s --passes noop\n" + module + "// CHECK: return %y\n").isEmpty)
        XCTAssertFalse(runGIRTest(name: "a.gir", text: "// RUN: gnnc opt %s --passes noop\n" + module + "// ERROR: error\n").isEmpty)
        XCTAssertFalse(runGIRTest(name: "a.gir", text: "// RUN: gnnc opt %s --passes nope\n" + module + "// CHECK: return\n").isEmpty)
        XCTAssertFalse(runGIRTest(name: "a.gir", text: module + "// CHECK: return\n").isEmpty, "a missing RUN line fails")
        XCTAssertFalse(runGIRTest(name: "a.gir", text: "// RUN: gnnc opt %s --passes noop --fast\n" + module).isEmpty)
        let program = "kernels @P {\n  buffer #0 y : f32[N] temp\n  kernel k0 // c\n    #0[0] = 1.0\n  results #0\n}\n"
        XCTAssertEqual(runGIRTest(name: "a.kir", text: "// RUN: gnnc opt %s --passes map-rows-to-lanes\n" + program + "// CHECK: #0[0] = 1.0\n"), [])
        XCTAssertFalse(runGIRTest(name: "a.kir", text: "// RUN: gnnc opt %s --passes map-rows-to-lanes\n" + program + "// CHECK: #0[0] = 2.0\n").isEmpty)
        XCTAssertFalse(runGIRTest(name: "a.kir", text: "// RUN: gnnc opt %s --passes noop\n" + program + "// CHECK: results\n").isEmpty,
                       "a graph pass on kernel IR is an unknown kernel pass")
    }
}

/// Runs one `.gir` test; returns failure messages, empty when it passes.
func runGIRTest(name: String, text: String) -> [String] {
    let passes: [String]
    switch runLinePasses(text) {
    case .failure(let problem): return [problem.message]
    case .success(let p): passes = p
    }
    let source = SourceFile(name: name, text: text)
    let (output, failed) = runPasses(passes, on: source)
    let expectsFailure = text.contains("// ERROR")
    switch (failed, expectsFailure) {
    case (true, false): return ["the run failed but the file has no ERROR directives:\n\(output)"]
    case (false, true): return ["the file expects an error, but the run succeeded:\n\(output)"]
    default: return fileCheck(input: output, checks: text, prefix: failed ? "ERROR" : "CHECK")
    }
}

struct RunLineProblem: Error { var message: String }

/// `// RUN: gnnc opt %s --passes a,b` gives ["a", "b"]; anything else is rejected so that a
/// RUN line cannot claim options the runner silently ignores.
func runLinePasses(_ text: String) -> Result<[String], RunLineProblem> {
    let runs = text.split(separator: "\n").filter { $0.contains("// RUN:") }
    guard runs.count == 1, let run = runs.first, let marker = run.firstRange(of: "// RUN:") else {
        return .failure(RunLineProblem(message: "expected exactly one '// RUN:' line, found \(runs.count)"))
    }
    let words = run[marker.upperBound...].split(separator: " ").map(String.init)
    guard words.count == 5, words[0...3] == ["gnnc", "opt", "%s", "--passes"] else {
        return .failure(RunLineProblem(message: "unsupported RUN line '\(run)'; expected '// RUN: gnnc opt %s --passes a,b'"))
    }
    return .success(words[4].split(separator: ",").map(String.init))
}

/// What `gnnc opt` would print: the module on success, the rendered diagnostics on failure.
func runPasses(_ passes: [String], on source: SourceFile) -> (output: String, failed: Bool) {
    let renderer = DiagnosticRenderer(sources: [source], program: "gnnc")
    if source.name.hasSuffix(".kir") {
        let (parsed, diagnostics) = KernelParser.parse(source)
        guard let program = parsed else { return (renderer.render(diagnostics), true) }
        switch KernelPassPipeline.run(program, passes: passes, verifyEach: true) {
        case .success(let out): return (KernelPrinter.print(out), false)
        case .failure(let f): return (renderer.render(f.diagnostics), true)
        }
    }
    let (parsed, diagnostics) = IRParser.parse(source)
    guard let module = parsed else { return (renderer.render(diagnostics), true) }
    switch PassPipeline.run(module, passes: passes, verifyEach: true) {
    case .success(let out): return (IRPrinter.print(out), false)
    case .failure(let f): return (renderer.render(f.diagnostics), true)
    }
}
