// The C backend against the float64 reference for every ModelSpec, forward and forward+backward,
// fused and op-by-op, on a graph with isolated nodes, a hub of in-degree 1000, duplicate edges
// and self-loops; and the kernel cache serving a second load without compiling.
import XCTest
import GNNDiagnostics
import GNNCompiler
import GNNRuntime
import GNNTestSupport

final class CPUBackendNumericsTests: XCTestCase {
    func temporaryCache() -> KernelCache {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-numerics-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return KernelCache(directory: dir)
    }

    func testEveryModelSpecMatchesTheReferenceForwardAndBackwardFusedAndUnfused() throws {
        let device = CPUDevice(cache: temporaryCache())
        let dir = repoRoot() + "/ModelSpecs"
        let specs = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".gnn") }.sorted()
        XCTAssertEqual(specs.count, 6)
        var rows: [SelfTestRow] = []
        for name in specs {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            rows += SelfTest.run(spec: SourceFile(name: name, text: text), specName: String(name.dropLast(4)), device: device)
        }
        XCTAssertEqual(rows.count, 24, "6 specs x {forward, training} x {fused, no-fuse}")
        XCTAssertTrue(rows.allSatisfy(\.passed), SelfTest.table(rows))
        XCTAssertTrue(rows.allSatisfy { $0.error <= SelfTest.tolerance }, SelfTest.table(rows))
    }

    /// The graph the self-test uses has the features the issue names.
    func testSelfTestGraphHasIsolatedNodesAHubDuplicatesAndSelfLoops() {
        let g = SelfTest.randomGraph(nodes: 1100, edges: 3300, hubDegree: 1000, seed: 1)
        let inDegree = g.inDegrees()
        XCTAssertGreaterThanOrEqual(inDegree.max() ?? 0, 1000)
        XCTAssertTrue(inDegree.suffix(3).allSatisfy { $0 == 0 } && g.outDegrees().suffix(3).allSatisfy { $0 == 0 })
        let pairs = zip(g.src, g.dst).map { "\($0)-\($1)" }
        XCTAssertLessThan(Set(pairs).count, pairs.count, "duplicate edges")
        XCTAssertTrue(zip(g.src, g.dst).contains { $0 == $1 }, "self-loops")
    }

    func testASecondExecutableLoadsFromTheCacheWithoutCompiling() throws {
        let cache = temporaryCache()
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/gcn.gnn", encoding: .utf8)
        _ = SelfTest.run(spec: SourceFile(name: "gcn.gnn", text: text), specName: "gcn", device: CPUDevice(cache: cache), nodes: 60, hubDegree: 20)
        let compiled = cache.stats.compiled
        XCTAssertGreaterThan(compiled, 0)
        // A new cache object on the same directory stands for a second process.
        let second = KernelCache(directory: cache.directory)
        let rows = SelfTest.run(spec: SourceFile(name: "gcn.gnn", text: text), specName: "gcn", device: CPUDevice(cache: second), nodes: 60, hubDegree: 20)
        XCTAssertTrue(rows.allSatisfy(\.passed), SelfTest.table(rows))
        XCTAssertEqual(second.stats.compiled, 0)
        XCTAssertEqual(second.stats.loadedFromDisk, compiled)
    }
}
