// The pass table, the registry, and the runner: unknown names, verify-after-each, print-after.
import GNNDiagnostics
import GNNIR
import Foundation
import GNNPasses
import GNNTestSupport
import XCTest

/// A deliberately broken pass: it changes the last op's type so the verifier must object.
struct CorruptTypes: GraphPass {
    var name: String { "corrupt" }
    var summary: String { "breaks the module (test only)" }
    func run(_ m: GraphModule) throws -> GraphModule {
        var out = m
        out.ops[out.ops.count - 1].type = .node([Dim(99)])
        return out
    }
}

struct Throws: GraphPass {
    struct Oops: Error {}
    var name: String { "throws" }
    var summary: String { "fails with a plain Swift error (test only)" }
    func run(_ m: GraphModule) throws -> GraphModule { throw Oops() }
}

final class PassPipelineTests: XCTestCase {
    func module() throws -> GraphModule {
        var b = GraphBuilder(name: "M")
        let x = try b.add(.input, name: "x", declared: .node([Dim(4)]))
        b.setResults([try b.add(.unary(.relu), [x])])
        return b.module
    }

    func diagnostics(_ r: Result<GraphModule, PassFailure>) -> [Diagnostic] {
        if case .failure(let f) = r { return f.diagnostics }
        return []
    }

    func testRegistryNamesAreUniqueAndFound() {
        let names = PassRegistry.all.map(\.name)
        XCTAssertEqual(names, ["noop", "verify", "specialize-mode", "canonicalize", "transform-before-aggregate", "autodiff", "move-rowwise-before-gather", "cse", "dce", "hoist-graph-only", "low-precision-storage"])
        XCTAssertEqual(Set(names).count, names.count)
        for n in names { XCTAssertEqual(PassRegistry.pass(named: n)?.name, n) }
        XCTAssertNil(PassRegistry.pass(named: "Verify"))
        XCTAssertEqual(PassPipeline.defaultPasses, ["verify", "specialize-mode", "canonicalize", "transform-before-aggregate", "move-rowwise-before-gather", "cse", "dce", "hoist-graph-only", "low-precision-storage"])
        for entry in PassPipeline.table {
            XCTAssertFalse(entry.reason.isEmpty)
            XCTAssertFalse(entry.pass.summary.isEmpty)
        }
    }

    func testEachPassHasASourceFileNamedAfterIt() throws {
        let dir = repoRoot() + "/Sources/GNNPasses"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).map { $0.lowercased() }
        for pass in PassRegistry.all {
            let expected = pass.name.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "") + ".swift"
            XCTAssertTrue(files.contains(expected), "no Sources/GNNPasses file for pass '\(pass.name)'")
        }
    }

    func testNoopAndVerifyKeepAValidModule() throws {
        let m = try module()
        XCTAssertEqual(try PassPipeline.run(m, passes: ["noop", "verify", "noop"], verifyEach: true).get(), m)
        XCTAssertEqual(try PassPipeline.run(m, passes: [], verifyEach: true).get(), m)
    }

    func testUnknownPassesAreAllReportedWithTheKnownOnes() throws {
        let ds = diagnostics(PassPipeline.run(try module(), passes: ["noop", "fuse", "licm"], verifyEach: true,
                                              printAfter: ["zzz", "all"]))
        XCTAssertEqual(ds.map(\.id), [.unknownPass, .unknownPass, .unknownPass])
        XCTAssertEqual(ds.map(\.message), [
            "unknown pass 'fuse' in --passes; known passes: noop, verify, specialize-mode, canonicalize, transform-before-aggregate, autodiff, move-rowwise-before-gather, cse, dce, hoist-graph-only, low-precision-storage",
            "unknown pass 'licm' in --passes; known passes: noop, verify, specialize-mode, canonicalize, transform-before-aggregate, autodiff, move-rowwise-before-gather, cse, dce, hoist-graph-only, low-precision-storage",
            "unknown pass 'zzz' in --print-ir-after; known passes: noop, verify, specialize-mode, canonicalize, transform-before-aggregate, autodiff, move-rowwise-before-gather, cse, dce, hoist-graph-only, low-precision-storage",
        ])
    }

    func testVerifyEachNamesThePassThatBrokeTheModule() throws {
        let r = PassPipeline.run(try module(), pipeline: [NoOp(), CorruptTypes(), NoOp()], verifyEach: true)
        let ds = diagnostics(r)
        XCTAssertEqual(ds.map(\.id), [.irTypeMismatch])
        XCTAssertEqual(ds.first?.notes.map(\.message), ["found by the verifier after pass 'corrupt'"])
    }

    func testWithoutVerifyEachABrokenModuleGetsThroughUntilVerify() throws {
        let m = try module()
        XCTAssertNotEqual(try PassPipeline.run(m, pipeline: [CorruptTypes()], verifyEach: false).get(), m)
        let ds = diagnostics(PassPipeline.run(m, pipeline: [CorruptTypes(), Verify()], verifyEach: false))
        XCTAssertEqual(ds.map(\.id), [.irTypeMismatch])
        XCTAssertEqual(ds.first?.notes, [], "the verify pass reports plainly, without an after-pass note")
    }

    func testAPlainSwiftErrorBecomesADiagnosticNamingThePass() throws {
        let ds = diagnostics(PassPipeline.run(try module(), pipeline: [Throws()], verifyEach: true))
        XCTAssertEqual(ds.map(\.id), [.passFailed])
        XCTAssertTrue(ds[0].message.hasPrefix("pass 'throws' failed: "), ds[0].message)
    }

    func testPrintAfterLogsTheSelectedPassesInOrder() throws {
        let m = try module()
        var log: [String] = []
        _ = PassPipeline.run(m, passes: ["noop", "verify"], verifyEach: true, printAfter: ["verify"]) { log.append($0) }
        XCTAssertEqual(log, ["// ----- IR after verify -----\n" + IRPrinter.print(m)])
        log = []
        _ = PassPipeline.run(m, passes: ["noop", "verify"], verifyEach: true, printAfter: ["all"]) { log.append($0) }
        XCTAssertEqual(log.map { $0.split(separator: "\n")[0] }, ["// ----- IR after noop -----", "// ----- IR after verify -----"])
        log = []
        _ = PassPipeline.run(m, passes: ["noop"], verifyEach: true, printAfter: nil) { log.append($0) }
        XCTAssertEqual(log, [])
    }

    func testAPrintedDumpParsesBack() throws {
        let m = try module()
        var log: [String] = []
        _ = PassPipeline.run(m, passes: ["noop"], verifyEach: true, printAfter: ["all"]) { log.append($0) }
        let (parsed, ds) = IRParser.parse(SourceFile(name: "dump.gir", text: try XCTUnwrap(log.first)))
        XCTAssertEqual(ds, [])
        XCTAssertEqual(parsed, m)
    }
}
