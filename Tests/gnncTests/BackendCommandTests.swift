// End-to-end tests of the backend stages through the binary: opt-gir, kir, c, dot, remarks,
// --print-ir-after on compile, and `gnnc selftest`.
import XCTest
import Foundation

final class BackendCommandTests: XCTestCase {
    static let specs = ["gcn", "gat", "sage", "gin", "sgc", "appnp"]

    func testLaterStagesPrintForEverySpec() throws {
        for name in Self.specs {
            for stage in ["opt-gir", "kir", "c", "dot"] {
                let r = try gnnc("compile", Inputs.spec(name), "--emit", stage)
                assertExit(r, 0)
                XCTAssertEqual(r.stderr, "", "\(name) \(stage)")
                switch stage {
                case "opt-gir": XCTAssertTrue(r.stdout.hasPrefix("model @"), name)
                case "kir": XCTAssertTrue(r.stdout.hasPrefix("kernels @"), name)
                case "c": XCTAssertTrue(r.stdout.contains("#pragma omp parallel for"), name)
                default: XCTAssertTrue(r.stdout.hasPrefix("digraph"), name)
                }
            }
        }
    }

    /// The emitted backward C compiles (CI installs a C compiler; elsewhere a missing one skips).
    func testBackwardCCompilesWithTheSystemCompiler() throws {
        let dir = try makeTempDirectory()
        let cc = ["/usr/bin/cc", "/usr/local/bin/cc"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let cc else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("CI must have a C compiler"); return }
            throw XCTSkip("no C compiler found")
        }
        for name in Self.specs {
            let out = dir.appendingPathComponent("\(name).c")
            assertExit(try gnnc("compile", Inputs.spec(name), "--backward", "--emit", "c", "-o", out.path), 0)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: cc)
            p.arguments = ["-fsyntax-only", "-fopenmp", "-std=c11", "-Wall", "-Werror", out.path]
            try p.run()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, "\(name): cc rejected the emitted C")
        }
    }

    func testRemarksExplainTheFusionOnStderr() throws {
        let r = try gnnc("compile", Inputs.spec("gat"), "--emit", "kir", "--remarks")
        assertExit(r, 0)
        XCTAssertTrue(r.stderr.contains("remark: 6 kernels fused (34 op by op)"), r.stderr)
        XCTAssertTrue(r.stderr.contains("edge_softmax + aggregate.dst.sum (online softmax)"), r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("kernels @GAT"))
    }

    func testPrintIRAfterOnCompile() throws {
        let r = try gnnc("compile", Inputs.spec("appnp"), "--emit", "opt-gir", "--print-ir-after", "cse")
        assertExit(r, 0)
        XCTAssertTrue(r.stdout.hasPrefix("// ----- IR after cse -----\nmodel @APPNP"), String(r.stdout.prefix(200)))
        XCTAssertEqual(r.stdout.components(separatedBy: "model @APPNP").count, 3, "one dump and the final output")
    }

    func testNoFuseGivesTheOpByOpSchedule() throws {
        let fused = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir")
        let baseline = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir", "--no-fuse")
        let count: (String) -> Int = { $0.components(separatedBy: "\n  kernel ").count - 1 }
        XCTAssertEqual(count(fused.stdout), 3)
        XCTAssertGreaterThan(count(baseline.stdout), 2 * count(fused.stdout))
    }

    func testSelftestOnCPUPassesEverySpec() throws {
        let dir = try makeTempDirectory()
        let r = try gnnc(arguments: ["selftest", "--device", "cpu", "--specs", Inputs.root + "/ModelSpecs"], in: dir)
        assertExit(r, 0)
        XCTAssertTrue(r.stdout.contains("24 passed, 0 failed"), r.stdout)
    }

    func testSelftestOnCUDAIsReportedUnavailable() throws {
        let r = try gnnc("selftest", "--device", "cuda")
        assertExit(r, 3)
        XCTAssertTrue(r.stderr.contains("only the CPU backend exists"), r.stderr)
    }
}
