// End-to-end tests of the backend stages through the binary: opt-gir, kir, c, dot, remarks,
// --print-ir-after on compile, and `gnnc selftest`.
import XCTest
import Foundation
import GNNTestSupport

final class BackendCommandTests: XCTestCase {
    static let specs = ["gcn", "gat", "sage", "gin", "sgc", "appnp"]
    static let defaultPasses = ["verify", "specialize-mode", "canonicalize", "transform-before-aggregate", "move-rowwise-before-gather", "cse", "dce", "hoist-graph-only",
                                "low-precision-storage"]

    func kernelCount(_ kir: String) -> Int { kir.components(separatedBy: "\n  kernel ").count - 1 }

    func testLaterStagesPrintForEverySpec() throws {
        for name in Self.specs {
            let gir = try gnnc("compile", Inputs.spec(name), "--emit", "gir")
            assertExit(gir, 0)
            for stage in ["opt-gir", "kir", "c", "dot"] {
                let r = try gnnc("compile", Inputs.spec(name), "--emit", stage)
                assertExit(r, 0)
                XCTAssertEqual(r.stderr, "", "\(name) \(stage)")
                switch stage {
                case "opt-gir":
                    XCTAssertTrue(r.stdout.hasPrefix("model @"), name)
                    // hoist-graph-only ran: a degree normalisation is tagged, which it is not in the lowered IR.
                    if gir.stdout.contains("in_degree") {
                        XCTAssertTrue(r.stdout.contains("{stage = graph}"), "\(name): opt-gir is the unoptimised IR")
                        XCTAssertFalse(gir.stdout.contains("{stage = graph}"), "\(name): gir is not the lowered IR")
                    }
                case "kir":
                    XCTAssertTrue(r.stdout.hasPrefix("kernels @"), name)
                    XCTAssertGreaterThan(kernelCount(r.stdout), 0, name)
                case "c":
                    XCTAssertTrue(r.stdout.contains("#pragma omp parallel for"), name)
                    XCTAssertTrue(r.stdout.contains("void k0_"), name)
                default:
                    XCTAssertTrue(r.stdout.hasPrefix("digraph \""), name)
                    XCTAssertTrue(r.stdout.hasSuffix("}\n"), name)
                    XCTAssertTrue(r.stdout.contains("subgraph cluster_0 {"), name)
                }
            }
        }
    }

    /// Every fused kernel is one cluster, every computed op sits in one, and operands are edges.
    func testDotDrawsEveryKernelAsAClusterOfItsOps() throws {
        for name in Self.specs {
            let kir = try gnnc("compile", Inputs.spec(name), "--emit", "kir")
            let dot = try gnnc("compile", Inputs.spec(name), "--emit", "dot")
            let opt = try gnnc("compile", Inputs.spec(name), "--emit", "opt-gir")
            assertExit(dot, 0)
            let lines = dot.stdoutLines
            XCTAssertEqual(lines.filter { $0.hasPrefix("  subgraph cluster_") }.count, kernelCount(kir.stdout), name)
            let opLines = opt.stdoutLines.filter { $0.hasPrefix("  %") }
            let nodeLines = lines.filter { $0.range(of: #"^ +v[0-9]+ \[label="#, options: .regularExpression) != nil }
            XCTAssertEqual(nodeLines.count, opLines.count, "\(name): one node per op")
            // Nodes outside any cluster (two-space indent) are only inputs, parameters and constants.
            for line in nodeLines where !line.hasPrefix("    ") {
                XCTAssertTrue(["= input\\n", "= param\\n", "= constant\\n"].contains { line.contains($0) }, "\(name): \(line)")
            }
            let operandCount = opLines.map { line -> Int in
                let rhs = line.split(separator: "=", maxSplits: 1)[1].split(separator: ":")[0].split(separator: "{")[0]
                return rhs.split(separator: " ").filter { $0.hasPrefix("%") }.count
            }.reduce(0, +)
            XCTAssertEqual(lines.filter { $0.contains(" -> ") }.count, operandCount, "\(name): one edge per operand")
        }
    }

    /// GAT's online softmax: the softmax, the attention dropout and the aggregation are one kernel.
    func testDotPutsGATSoftmaxInItsAggregationKernel() throws {
        let r = try gnnc("compile", Inputs.spec("gat"), "--emit", "dot")
        assertExit(r, 0)
        let clusters = r.stdout.components(separatedBy: "  subgraph cluster_").dropFirst()
        let online = try XCTUnwrap(clusters.first { $0.contains("online softmax") }, r.stdout)
        for op in ["= edge_softmax\\n", "%conv1.a = dropout\\n", "= aggregate.dst.sum\\n", "= gather.src\\nf32[E, 8, 8]"] {
            XCTAssertTrue(online.contains(op), "\(op) is not in the online-softmax kernel:\n\(online)")
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
            let source = try read(out)
            XCTAssertTrue(source.contains("cross_entropy_grad"), "\(name): no backward kernels in the C")
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
        XCTAssertTrue(r.stdout.hasPrefix("kernels @GAT"))
        let baseline = try gnnc("compile", Inputs.spec("gat"), "--emit", "kir", "--no-fuse")
        XCTAssertTrue(r.stderr.contains("remark: \(kernelCount(r.stdout)) kernels fused (\(kernelCount(baseline.stdout)) op-by-op)\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("remark: 6 kernels fused (34 op-by-op)\n"), r.stderr)
        // One line per kernel of the fused schedule, in order, with what it computes (its comment).
        let kernels = r.stdoutLines.filter { $0.hasPrefix("  kernel ") }.map { line -> String in
            let parts = line.dropFirst("  kernel ".count).components(separatedBy: " // ")
            return "remark: kernel \(parts[0]): \(parts[1])"
        }
        XCTAssertEqual(r.stderrLines.filter { $0.hasPrefix("remark: kernel ") }, kernels)
        XCTAssertTrue(r.stderr.contains("edge_softmax + aggregate.dst.sum (online softmax)"), r.stderr)
        XCTAssertTrue(r.stderrLines.allSatisfy { $0.isEmpty || $0.hasPrefix("remark: ") }, r.stderr)
    }

    /// Without --remarks, stderr stays empty; with --no-fuse the remarks still describe the fused schedule.
    func testRemarksAreOptInAndDescribeTheFusedSchedule() throws {
        let plain = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir")
        assertExit(plain, 0)
        XCTAssertEqual(plain.stderr, "")
        let r = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir", "--no-fuse", "--remarks")
        assertExit(r, 0)
        XCTAssertTrue(r.stderr.hasPrefix("remark: 3 kernels fused (\(kernelCount(r.stdout)) op-by-op)\n"), r.stderr)
        XCTAssertEqual(r.stderrLines.filter { $0.hasPrefix("remark: kernel ") }.count, 3, r.stderr)
        // The default stage (gir) gets its remarks too, and its output is unchanged by them.
        let gir = try gnnc("compile", Inputs.spec("gcn"), "--remarks")
        assertExit(gir, 0)
        XCTAssertTrue(gir.stderr.hasPrefix("remark: 3 kernels fused"), gir.stderr)
        XCTAssertEqual(gir.stdout, try gnnc("compile", Inputs.spec("gcn")).stdout)
    }

    func testPrintIRAfterOnCompile() throws {
        let r = try gnnc("compile", Inputs.spec("appnp"), "--emit", "opt-gir", "--print-ir-after", "cse")
        assertExit(r, 0)
        XCTAssertTrue(r.stdout.hasPrefix("// ----- IR after cse -----\nmodel @APPNP"), String(r.stdout.prefix(200)))
        XCTAssertEqual(r.stdout.components(separatedBy: "model @APPNP").count, 3, "one dump and the final output")
    }

    /// `all`: one dump per stage of the plan, in order, before the output: every graph pass, then
    /// the schedule and every kernel pass as kernel IR; the last graph dump is the optimised IR.
    /// With --backward the training plan's passes (canonicalize and transform-before-aggregate
    /// before autodiff, then the cleanups).
    func testPrintIRAfterAllOnCompile() throws {
        let r = try gnnc("compile", Inputs.spec("gcn"), "--emit", "opt-gir", "--print-ir-after", "all")
        assertExit(r, 0)
        let headers = r.stdoutLines.filter { $0.hasPrefix("// ----- IR after ") }
        XCTAssertEqual(headers, Self.defaultPasses.map { "// ----- IR after \($0) -----" })
        XCTAssertEqual(r.stdoutLines.filter { $0.hasPrefix("// ----- kernel IR after ") },
                       ["schedule", "fuse-row-local-kernels", "hoist-loop-invariants", "index-csr-endpoints", "promote-rows-to-registers"].map { "// ----- kernel IR after \($0) -----" })
        let opt = try gnnc("compile", Inputs.spec("gcn"), "--emit", "opt-gir")
        let afterLast = try XCTUnwrap(r.stdout.components(separatedBy: "// ----- IR after low-precision-storage -----\n").last)
        XCTAssertEqual(afterLast.components(separatedBy: "// ----- kernel IR after schedule -----\n").first, opt.stdout, "the last graph dump")
        XCTAssertTrue(r.stdout.hasSuffix(opt.stdout), "the output comes last")

        let bwd = try gnnc("compile", Inputs.spec("gcn"), "--backward", "--emit", "c", "--print-ir-after", "all")
        assertExit(bwd, 0)
        XCTAssertEqual(bwd.stdoutLines.filter { $0.hasPrefix("// ----- IR after ") },
                       ["verify", "specialize-mode", "canonicalize", "transform-before-aggregate", "autodiff", "canonicalize", "transform-before-aggregate",
                        "move-rowwise-before-gather", "cse", "dce", "hoist-graph-only", "low-precision-storage"].map { "// ----- IR after \($0) -----" })
        XCTAssertTrue(bwd.stdout.contains("#pragma omp parallel for"))
        XCTAssertLessThan(try XCTUnwrap(bwd.stdout.range(of: "kernel IR after fuse-row-local-kernels")).lowerBound,
                          try XCTUnwrap(bwd.stdout.range(of: "/* gnnc C prelude")).lowerBound, "the log comes before the output")
    }

    func testPrintIRAfterUnknownPassOnCompile() throws {
        let r = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir", "--print-ir-after", "fuse-everything")
        assertExit(r, 2)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("unknown stage 'fuse-everything' in --print-ir-after"), r.stderr)
    }

    func testNoFuseGivesTheOpByOpSchedule() throws {
        let fused = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir")
        let baseline = try gnnc("compile", Inputs.spec("gcn"), "--emit", "kir", "--no-fuse")
        XCTAssertEqual(kernelCount(fused.stdout), 3)
        XCTAssertGreaterThan(kernelCount(baseline.stdout), 2 * kernelCount(fused.stdout))
        XCTAssertEqual(baseline.stderr, "")
    }

    /// The command over a spec directory: exit status, one row per spec, program and variant, the
    /// summary line. Two specs (a plain aggregation and attention): CPUSelfTestTests runs every
    /// ModelSpec through the same code in-process.
    func testSelftestOnCPUPassesEverySpecInTheDirectory() throws {
        let dir = try makeTempDirectory()
        let cache = dir.appendingPathComponent("cache")
        let specs = dir.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        let names = ["gcn", "gat"]
        for name in names {
            try FileManager.default.copyItem(atPath: Inputs.spec(name), toPath: specs.appendingPathComponent("\(name).gnn").path)
        }
        let r = try gnnc(arguments: ["selftest", "--device", "cpu", "--specs", specs.path], in: dir,
                         environment: ["GNNC_CACHE_DIR": cache.path], timeout: 300)
        assertExit(r, 0)
        XCTAssertTrue(r.stdout.contains("\(names.count * 16) passed, 0 failed"), r.stdout)
        for name in names {
            for program in ["forward", "training"] {
                XCTAssertEqual(r.stdoutLines.filter { $0.hasPrefix(name + " ") && $0.contains(program) && $0.hasSuffix(" ok") }.count, 8,
                               "\(name) \(program): fused, no-fuse, the two lane-mapped rows, the edge-split one, f16, bf16, f16 lane-mapped\n\(r.stdout)")
            }
        }
        // The kernels were compiled into the cache the environment named, not the user's.
        XCTAssertFalse(try contentsOfDirectory(cache).isEmpty, "nothing written under GNNC_CACHE_DIR")
    }

    /// Without a driver (here: GNNC_LIBCUDA names a file that does not exist) the CUDA self-test
    /// and a CUDA run fail with exit 3, naming the library they tried; no half-written output.
    func testCUDAWithoutADriverIsReportedWithWhereItLooked() throws {
        let dir = try makeTempDirectory()
        let env = ["GNNC_LIBCUDA": "/nonexistent/libcuda.so.1", "GNNC_DATA_DIR": dir.path]
        let r = try gnnc(arguments: ["selftest", "--device", "cuda", "--specs", Inputs.root + "/ModelSpecs"], in: dir, environment: env)
        assertExit(r, 3)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("the CUDA device is not available: cannot load the CUDA driver (libcuda); tried /nonexistent/libcuda.so.1"), r.stderr)
        let run = try gnnc(arguments: ["run", Inputs.root + "/ModelSpecs/gcn.gnn", "--dataset", "synthetic:200,800,8,3,1", "--device", "cuda",
                                       "--epochs", "1", "--json", dir.appendingPathComponent("r.json").path], in: dir, environment: env)
        assertExit(run, 3)
        XCTAssertTrue(run.stderr.contains("cannot use --device cuda: cannot load the CUDA driver (libcuda); tried /nonexistent/libcuda.so.1"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path))
        let unknown = try gnnc(arguments: ["selftest", "--device", "tpu"], in: dir, environment: env)
        assertExit(unknown, 2)
    }

    /// Without NVRTC the nvrtc self-test fails with the places it searched, exit 3; an unknown
    /// device is refused the same way. (The passing run is CUDACompileTests, through the library.)
    func testNVRTCSelftestReportsAMissingLibrary() throws {
        let r = try gnnc(arguments: ["selftest", "--device", "nvrtc", "--specs", Inputs.root + "/ModelSpecs"],
                         environment: ["GNNC_NVRTC": "/nonexistent/libnvrtc.so"])
        assertExit(r, 3)
        assertContains(r.stderr, "NVRTC is not available", "stderr")
        assertContains(r.stderr, "/nonexistent/libnvrtc.so", "stderr")
        let unknown = try gnnc("selftest", "--device", "tpu")
        assertExit(unknown, 2)
        assertContains(unknown.stderr, "use cpu, cuda or nvrtc", "stderr")
    }

    /// `selftest --random` through the binary: a clean run exits 0; with a pass told to miscompile it
    /// exits 3 and leaves a reproducer that `--check` replays (failing with the fault, passing without).
    func testRandomSelftestAndReproducerReplay() throws {
        let dir = try makeTempDirectory()
        let clean = try gnnc(arguments: ["selftest", "--random", "5", "--seed", "3"], in: dir)
        assertExit(clean, 0)
        assertContains(clean.stdout, "random models: 5 from seed 3 (gnnc selftest --random 5 --seed 3)")
        assertContains(clean.stdout, "5 models, no mismatch")
        let fault = ["GNNC_INJECT_FAULT": "tba-any-reducer"]
        // 23 models and a shrink of the failing one: 27 s for the whole test on a quiet 2-core
        // machine, over 60 s on a loaded one; the hang guard allows 300.
        let bad = try gnnc(arguments: ["selftest", "--random", "23", "--seed", "1", "--out", "repro"], in: dir, environment: fault, timeout: 300)
        assertExit(bad, 3)
        assertContains(bad.stdout, "seed 22: FAIL: forward: the passes change the result")
        let file = dir.appendingPathComponent("repro/random-22.gnn")
        let replay = try read(file).split(separator: "\n")[0]
        XCTAssertTrue(replay.hasPrefix("// replay: gnnc selftest --check "), String(replay))
        let words = replay.split(separator: " ").map(String.init)
        let args = ["selftest", "--check", file.path, "--seed", words[words.firstIndex(of: "--seed")! + 1],
                    "--nodes", words[words.firstIndex(of: "--nodes")! + 1]]
        assertExit(try gnnc(arguments: args, in: dir, environment: fault), 3)
        let fixed = try gnnc(arguments: args, in: dir)
        assertExit(fixed, 0)
        assertContains(fixed.stdout, "reference, passes and kernels agree")
    }

    /// Two processes compiling the same programs into one empty PTX cache at once both succeed, and
    /// what they leave is whole: a third run loads every entry, rebuilding none.
    func testTwoProcessesFillingOnePTXCacheBothSucceed() throws {
        let dir = try makeTempDirectory()
        let specs = dir.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Inputs.root + "/ModelSpecs/gcn.gnn", toPath: specs.appendingPathComponent("gcn.gnn").path)
        let env = ["GNNC_CACHE_DIR": dir.appendingPathComponent("cache").path]
        let arguments = ["selftest", "--device", "nvrtc", "--specs", specs.path]
        let probe = try gnnc(arguments: arguments, in: dir, environment: ["GNNC_CACHE_DIR": dir.appendingPathComponent("probe").path])
        if probe.stderr.contains("NVRTC is not available") { try missingPrerequisite("NVRTC not available: \(probe.stderr)") }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results.set(i, Result { try Gnnc.run(arguments, in: dir, environment: env, timeout: Gnnc.timeoutSeconds) })
        }
        for r in results.all {
            let run = try r.get()
            assertExit(run, 0)
            assertContains(run.stdout, "16 compiled, all passed")
        }
        let third = try gnnc(arguments: arguments, in: dir, environment: env)
        assertExit(third, 0)
        assertContains(third.stdout, "0 compiled, 16 loaded, 0 corrupt entries rebuilt")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("cache/ptx").path)
        XCTAssertEqual(left.filter { $0.hasSuffix(".ptx") }.count, 16, "\(left)")
        XCTAssertTrue(left.allSatisfy { $0.hasSuffix(".ptx") }, "temporaries left behind: \(left)")
    }

    /// `selftest --check` on a model whose kernels give NaN fails (exit 3) naming the element; on a
    /// model NaN in the reference itself it says so, not that the passes changed the result.
    func testCheckSeesNaNAndTellsAModelThatIsNotFiniteFromABadPass() throws {
        let dir = try makeTempDirectory()
        try write("model M<F, C>(x: node[F]) -> node[C] {\n  param W: [F, C] init glorot\n  return exp((x @ W) * 100.0) * 0.0\n}\n",
                  to: dir.appendingPathComponent("nan.gnn"))
        try write("model M<F, C>(x: node[F]) -> node[C] {\n  param W: [F, C] init glorot\n  return log((x @ W) - 100.0)\n}\n",
                  to: dir.appendingPathComponent("notfinite.gnn"))
        let nan = try gnnc("selftest", "--check", "nan.gnn", in: dir)
        assertExit(nan, 3)
        assertContains(nan.stdout, "nan.gnn: FAIL: forward fused: max rel err inf in %", "stdout")
        let notFinite = try gnnc("selftest", "--check", "notfinite.gnn", in: dir)
        assertExit(notFinite, 3)
        assertContains(notFinite.stdout, "notfinite.gnn: NOT CHECKED: forward: the float64 reference is nan at %", "stdout")
        XCTAssertFalse(notFinite.stdout.contains("passes change"), notFinite.description)
    }
}

/// Results of concurrent runs, by index.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: Result<GnncResult, Error>] = [:]
    func set(_ i: Int, _ r: Result<GnncResult, Error>) { lock.lock(); slots[i] = r; lock.unlock() }
    var all: [Result<GnncResult, Error>] { lock.lock(); defer { lock.unlock() }; return slots.keys.sorted().map { slots[$0]! } }
}
