// Trains GCN on Cora end to end (spec, Planetoid reader, fused CPU kernels, Adam) and checks the
// accuracy reaches PyG's level; the data comes from GNNC_DATA_DIR, and CI fails if it is missing.
import XCTest
import GNNCompiler
import GNNTestSupport

final class CoraTrainingTests: XCTestCase {
    func dataDirectory() throws -> String { try planetoidDirectory() }

    func testGCNOnCoraReachesEightyPercent() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-cora-\(UUID().uuidString)").path
        setenv("GNNC_CACHE_DIR", cache, 1)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: cache); unsetenv("GNNC_CACHE_DIR") }
        let options = RunOptions(specPath: repoRoot() + "/ModelSpecs/gcn.gnn", dataset: "cora", dataDirectory: try dataDirectory(), runs: 2)
        let report = try RunDriver.run(options) { _, _ in }
        XCTAssertEqual(report.runs.count, 2)
        XCTAssertEqual(report.epochs, 200)
        let (mean, _) = RunReport.meanStd(report.runs.map(\.testAccuracyAtBestVal))
        XCTAssertGreaterThanOrEqual(mean, 0.80, report.summary)
        // The same seed gives the same run, bit for bit.
        let again = try RunDriver.run(RunOptions(specPath: options.specPath, dataset: "cora", dataDirectory: options.dataDirectory,
                                                 epochs: 20, runs: 1)) { _, _ in }
        XCTAssertEqual(again.runs[0].epochs.map(\.loss), Array(report.runs[0].epochs.prefix(20).map(\.loss)))
    }
}
