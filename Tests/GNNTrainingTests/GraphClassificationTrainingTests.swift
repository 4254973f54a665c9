// Graph classification end to end in the library: a GIN with a sum readout learns the synthetic
// motif labels (structure only: the features are noise), deterministically, on every fold.
import XCTest
import GNNData
import GNNIR
import GNNTraining
import GNNRuntime
import GNNTestSupport

final class GraphClassificationTrainingTests: XCTestCase {
    /// A small GIN (3 layers of 32 with batch_norm, sum readout) in the language, with batches of 32 graphs.
    static let spec = """
        layer gin_conv<FI, FO>(h: node[FI]) -> node[FO] {
          param W1: [FI, FO] init torch_linear
          param b1: [FO] init torch_linear(FI)
          param W2: [FO, FO] init torch_linear
          param b2: [FO] init torch_linear(FO)
          return relu(relu(batch_norm((h + aggregate(sum) { h[src] }) @ W1 + b1) as bn) @ W2 + b2)
        }
        model SmallGIN<F, C>(x: node[F]) -> graph[C] {
          graph { self_loops = none }
          var h = gin_conv<F, 32>(x) as conv1
          repeat l in 2...3 { h = gin_conv<32, 32>(h) as convs[l] }
          param W: [32, C] init torch_linear
          param b: [C] init torch_linear(32)
          return readout(sum) { h } @ W + b
        }
        train { optimizer = adam(lr = 0.01)  batch_size = 32  epochs = 40 }
        """

    func smallGIN(_ data: GraphCollection) throws -> Trainer {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-gin-\(UUID().uuidString).gnn").path
        try Self.spec.write(toFile: path, atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return try trainer(path: path, dims: ["F": data.numFeatures, "C": data.numClasses])
    }

    func testGINLearnsTheMotifsFromStructureAlone() throws {
        let data = SyntheticGraphs.generate(try SyntheticGraphsSpec.parse("synthetic-graphs:300,4,4,3"))
        let t = try smallGIN(data)
        XCTAssertTrue(t.isGraphClassifier)
        XCTAssertEqual(t.graphBatchSize, 32)
        let s = GraphFolds.split(GraphFolds.stratified(labels: data.labels, k: 5, seed: 12345), fold: 0)
        let result = try t.train(data, split: GraphSplit(train: s.train, val: s.val, test: s.test), epochs: 40, seed: 0)
        let first = result.epochs[0], last = result.epochs.last!
        XCTAssertLessThan(last.loss, first.loss * 0.5, "training loss falls: \(first.loss) -> \(last.loss)")
        // Four balanced classes: chance is about 25%.
        XCTAssertGreaterThan(result.testAccuracyAtBestVal, 0.8, "test accuracy at the best validation epoch")
        XCTAssertGreaterThan(last.trainAccuracy, 0.7)
    }

    func testTrainingIsDeterministicAndTheSeedMatters() throws {
        let data = SyntheticGraphs.generate(try SyntheticGraphsSpec.parse("synthetic-graphs:60,3,2,5"))
        let t = try smallGIN(data)
        let s = GraphFolds.split(GraphFolds.stratified(labels: data.labels, k: 3, seed: 12345), fold: 1)
        let split = GraphSplit(train: s.train, val: s.val, test: s.test)
        let a = try t.train(data, split: split, epochs: 3, seed: 4), b = try t.train(data, split: split, epochs: 3, seed: 4)
        let c = try t.train(data, split: split, epochs: 3, seed: 5)
        XCTAssertEqual(a.epochs.map(\.loss), b.epochs.map(\.loss))
        XCTAssertNotEqual(a.epochs.map(\.loss), c.epochs.map(\.loss))
        XCTAssertEqual(a.epochs.count, 3)
        XCTAssertEqual(a.final?.step, 3 * ((split.train.count + 31) / 32), "one optimizer step per batch")
    }
}
