// Trains GCN on Cora end to end (spec, Planetoid reader, fused CPU kernels, Adam) and checks the
// accuracy reaches PyG's level; the data comes from GNNC_DATA_DIR, and CI fails if it is missing.
import XCTest
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNRuntime
import GNNTestSupport

final class CoraTrainingTests: XCTestCase {
    func dataDirectory() throws -> String { try planetoidDirectory() }

    func testGCNOnCoraReachesEightyPercent() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-cora-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: cache) }
        var options = RunOptions(specPath: repoRoot() + "/ModelSpecs/gcn.gnn", dataset: "cora", dataDirectory: try dataDirectory(), runs: 2)
        options.settings = Settings.process.with(["GNNC_CACHE_DIR": cache])
        let report = try RunDriver.run(options) { _, _ in }
        XCTAssertEqual(report.runs.count, 2)
        XCTAssertEqual(report.epochs, 200)
        let (mean, _) = RunReport.meanStd(report.runs.map(\.testAccuracyAtBestVal))
        XCTAssertGreaterThanOrEqual(mean, 0.80, report.summary)
        // The same seed gives the same run, bit for bit.
        var short = options
        (short.epochs, short.runs) = (20, 1)
        let again = try RunDriver.run(short) { _, _ in }
        XCTAssertEqual(again.runs[0].epochs.map(\.loss), Array(report.runs[0].epochs.prefix(20).map(\.loss)))
    }
}
