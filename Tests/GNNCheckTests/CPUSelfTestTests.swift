// `SelfTest.run` (what `gnnc selftest --device cpu` runs) inside the test suite: the C backend
// against the float64 reference for every ModelSpec, forward and forward+backward, fused and
// op-by-op, on a graph with isolated nodes, a hub of in-degree 1000, duplicate edges and
// self-loops; and the kernel cache serving a second executable without compiling.
import XCTest
import GNNDiagnostics
import GNNCompiler
import GNNCheck
import GNNExecution
import GNNCodegen
import GNNPasses
import GNNRuntime
import GNNSpec
import GNNTestSupport

final class CPUSelfTestTests: XCTestCase {
    func temporaryCache() -> KernelCache {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-selftest-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return KernelCache(directory: dir)
    }

    func spec(_ name: String) throws -> SourceFile {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
        return SourceFile(name: "\(name).gnn", text: text)
    }

    /// The default graph (1100 nodes, hub of in-degree 1000) for every spec: about 15 s in a debug
    /// build with a cold cache, so no smaller graph is needed.
    func testEveryModelSpecPassesTheSelfTest() throws {
        let cache = temporaryCache()
        let device = CPUDevice(cache: cache)
        let specs = try FileManager.default.contentsOfDirectory(atPath: repoRoot() + "/ModelSpecs")
            .filter { $0.hasSuffix(".gnn") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertEqual(specs, modelSpecNames.sorted())
        var rows: [SelfTestRow] = []
        for name in specs { rows += SelfTest.run(spec: try spec(name), specName: name, device: device) }
        let table = SelfTest.table(rows)
        XCTAssertEqual(rows.count, modelSpecNames.count * 16, "every spec x {forward, training} x {fused, no-fuse, lanes, lanes-nf, split, f16, f16-lanes, bf16}\n\(table)")
        XCTAssertTrue(rows.allSatisfy(\.passed), table)
        let precisionOf = Dictionary(uniqueKeysWithValues: SelfTestVariant.cpu.map { ($0.name, $0.precision) })
        XCTAssertTrue(rows.allSatisfy { row in
            row.failure == nil && row.error <= SelfTest.tolerance(precisionOf[row.variant]!, training: row.program == "training")
        }, table)
        XCTAssertTrue(rows.filter { !$0.variant.contains("16") }.allSatisfy { $0.error <= SelfTest.tolerance }, table)
        XCTAssertTrue(table.hasSuffix("\(modelSpecNames.count * 16) passed, 0 failed\n"), table)
        for name in specs {
            let mine = rows.filter { $0.model == name }
            XCTAssertEqual(mine.map { "\($0.program)/\($0.variant)" },
                           ["forward/fused", "forward/no-fuse", "forward/lanes", "forward/lanes-nf", "forward/split",
                            "forward/f16", "forward/f16-lanes", "forward/bf16",
                            "training/fused", "training/no-fuse", "training/lanes", "training/lanes-nf", "training/split",
                            "training/f16", "training/f16-lanes", "training/bf16"], name)
            // Fusion really happened: the fused schedule has fewer kernels than the op-by-op one.
            for program in ["forward", "training"] {
                let k = mine.filter { $0.program == program && ["fused", "no-fuse"].contains($0.variant) }.map(\.kernels)
                XCTAssertLessThan(k[0], k[1], "\(name) \(program): fused \(k[0]) vs op-by-op \(k[1])\n\(table)")
            }
        }
        // Programs that come out the same (SGC has no edge-split variants, so its split programs
        // are its lanes programs) share a library.
        var sources = Set<String>()
        for name in specs {
            let forward = try XCTUnwrap(SpecFrontEnd.compile(try spec(name)).module)
            for mode in ProgramMode.allCases {
                for variant in SelfTestVariant.cpu {
                    sources.insert(try SelfTest.program(forward, mode: mode, variant, dims: SelfTest.dims(for: forward), on: .cpu(device)).source)
                }
            }
        }
        XCTAssertEqual(cache.stats.compiled, sources.count, "one library per distinct program, compiled once")
        XCTAssertGreaterThan(sources.count, 48)
    }

    /// Every element-wise function of the op table through every CPU variant (fused, op by op,
    /// emulated lanes, edge split, f16, bf16), forward and training, against the reference.
    func testEveryElementwiseFunctionPassesTheSelfTest() throws {
        let device = CPUDevice(cache: temporaryCache())
        let rows = SelfTest.run(spec: SourceFile(name: "every_function.gnn", text: everyElementwiseFunctionSpec()),
                                specName: "every", device: device, nodes: 300, hubDegree: 200)
        let table = SelfTest.table(rows)
        XCTAssertEqual(rows.count, 16, table)
        XCTAssertTrue(rows.allSatisfy(\.passed), table)
    }

    /// Readouts (node -> graph reductions and their transposes) through every CPU variant, forward
    /// and training, on the self-test's batch of three graphs (one of them empty).
    func testReadoutsPassTheSelfTest() throws {
        let device = CPUDevice(cache: temporaryCache())
        let rows = SelfTest.run(spec: SourceFile(name: "pool.gnn", text: readoutSpec()), specName: "pool", device: device,
                                nodes: 300, hubDegree: 200)
        let table = SelfTest.table(rows)
        XCTAssertEqual(rows.count, 16, table)
        XCTAssertTrue(rows.allSatisfy(\.passed), table)
        let graph = SelfTest.randomGraph(nodes: 300, edges: 900, hubDegree: 200, seed: 1)
        XCTAssertEqual(graph.graphSizes(), [150, 0, 150])
    }

    /// The graph the self-test runs on has the features the issue names.
    func testSelfTestGraphHasIsolatedNodesAHubDuplicatesAndSelfLoops() {
        let g = SelfTest.randomGraph(nodes: 1100, edges: 3300, hubDegree: 1000, seed: 1)
        let inDegree = g.inDegrees()
        XCTAssertGreaterThanOrEqual(inDegree.max() ?? 0, 1000)
        XCTAssertTrue(inDegree.suffix(3).allSatisfy { $0 == 0 } && g.outDegrees().suffix(3).allSatisfy { $0 == 0 }, "isolated nodes")
        let pairs = zip(g.src, g.dst).map { "\($0)-\($1)" }
        XCTAssertLessThan(Set(pairs).count, pairs.count, "duplicate edges")
        XCTAssertTrue(zip(g.src, g.dst).contains { $0 == $1 }, "self-loops")
    }

    /// A mismatch is reported, not hidden: a tolerance no result can meet fails rows.
    func testAFailingRowIsReportedInTheTable() {
        var row = SelfTestRow(model: "m", program: "forward", variant: "fused", kernels: 1, error: 0.5, worstResult: "%3",
                              passed: false, failure: nil)
        XCTAssertTrue(SelfTest.table([row]).contains("FAIL"))
        XCTAssertTrue(SelfTest.table([row]).hasSuffix("0 passed, 1 failed\n"))
        row.passed = true
        XCTAssertTrue(SelfTest.table([row]).hasSuffix("1 passed, 0 failed\n"))
    }

    /// In one process: a second CPUExecutable for the same program compiles nothing new.
    func testASecondExecutableForTheSameProgramCompilesNothing() throws {
        let cache = temporaryCache()
        let device = CPUDevice(cache: cache)
        let module = try XCTUnwrap(SpecFrontEnd.compile(try spec("gcn")).module)
        let program = try Pipeline.emit(module, PlanOptions()).0
        _ = try CPUExecutable(program, device: device)
        XCTAssertEqual(cache.stats.compiled, 1)
        let before = cache.stats
        let second = try CPUExecutable(program, device: device)
        XCTAssertEqual(second.source, program.source)
        XCTAssertEqual(cache.stats.compiled, before.compiled, "the second executable compiled a library")
        XCTAssertEqual(cache.stats.loadedFromMemory + cache.stats.loadedFromDisk,
                       before.loadedFromMemory + before.loadedFromDisk + 1, "the second executable did not come from the cache")
        // A different program does compile: the cache is keyed by the source, not shared blindly.
        _ = try CPUExecutable(try Pipeline.emit(module, PlanOptions(fuse: false)).0, device: device)
        XCTAssertEqual(cache.stats.compiled, before.compiled + 1)
    }

    /// A program planned for bound dimensions records them and runs only with them: a session
    /// with another width is refused, naming both, before any buffer is made.
    func testAProgramPlannedForADimensionRunsOnlyWithIt() throws {
        let device = CPUDevice(cache: temporaryCache())
        let module = try XCTUnwrap(SpecFrontEnd.compile(try spec("gcn")).module)
        let program = try Pipeline.emit(module, PlanOptions(dims: ["F": 12, "C": 5])).0
        XCTAssertEqual(program.program.dimValues, ["F": 12, "C": 5])
        let exe = try CPUExecutable(program, device: device)
        let graph = GraphArrays(numNodes: 3, src: [0, 1], dst: [1, 2])
        XCTAssertNoThrow(try exe.makeSession(graph: graph, dims: ["F": 12, "C": 5]))
        XCTAssertThrowsError(try exe.makeSession(graph: graph, dims: ["F": 8, "C": 5])) { e in
            XCTAssertEqual("\(e)", "GCN was planned for F = 12, not F = 8")
        }
    }

    /// Across processes: a new cache object on the same directory loads every library from disk.
    func testASecondProcessLoadsFromTheDiskCacheWithoutCompiling() throws {
        let cache = temporaryCache()
        let gcn = try spec("gcn")
        _ = SelfTest.run(spec: gcn, specName: "gcn", device: CPUDevice(cache: cache), nodes: 60, hubDegree: 20)
        let compiled = cache.stats.compiled
        XCTAssertEqual(compiled, 14, "forward and training: fused, op-by-op, both mapped to lanes, f16, f16 mapped to lanes, bf16 (the edge-split rows load the lanes library and run its variants)")
        let second = KernelCache(directory: cache.directory)
        let rows = SelfTest.run(spec: gcn, specName: "gcn", device: CPUDevice(cache: second), nodes: 60, hubDegree: 20)
        XCTAssertTrue(rows.allSatisfy(\.passed), SelfTest.table(rows))
        XCTAssertEqual(second.stats.compiled, 0)
        XCTAssertEqual(second.stats.loadedFromDisk, compiled)
    }
}
