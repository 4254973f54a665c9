// A spec written with compile-time numbers (a dimension as a number, folded functions, a layer with
// number arguments) compiles and trains like the GCN it spells out.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTraining
import GNNTestSupport

final class CompileTimeNumberTrainingTests: XCTestCase {
    func testScaledGCNFoldsItsNumbersAndLearnsPlantedPartition() throws {
        let path = Self.fixture("scaled_gcn.gnn")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let front = SpecFrontEnd.compile(SourceFile(name: "scaled_gcn.gnn", text: text))
        let m = try XCTUnwrap(front.module, "\(front.diagnostics.map(\.message))")
        // Every folded scale is exactly 1 and both dropouts keep half.
        XCTAssertEqual(m.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble }, [1, 1, 1])
        XCTAssertEqual(m.ops.filter { $0.opcode == .dropout }.compactMap { $0.attributes["p"]?.asDouble }, [0.5, 0.5])

        let t = try trainer(path: path)
        let r = try t.train(TrainerTests.plantedPartition(seed: 3), epochs: 100, seed: 1)
        XCTAssertEqual(r.epochs.count, 100)
        XCTAssertLessThan(r.epochs.last!.loss, r.epochs.first!.loss * 0.7, "loss should fall")
        XCTAssertGreaterThan(r.testAccuracyAtBestVal, 0.9)
    }
}
