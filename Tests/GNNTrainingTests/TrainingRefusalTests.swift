// Training that would report numbers without meaning is refused: a model input no dataset fills
// (it trained on zeros), and an f32 or bf16 loss that is not finite (it trained on NaN).
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNTestSupport

final class TrainingRefusalTests: XCTestCase {
    /// Fixtures/edge_input.gnn declares `w: edge[1]`; only x comes from a dataset. The old trainer
    /// left w's buffer zero and reported whatever that gave; now the front end's module and the
    /// trainer both name w at its declaration, and say what the dataset provides.
    func testAModelInputTheDatasetDoesNotProvideIsRefusedAtItsDeclaration() throws {
        let path = Self.fixture("edge_input.gnn")
        let file = SourceFile(name: "edge_input.gnn", text: try String(contentsOfFile: path, encoding: .utf8))
        let module = try XCTUnwrap(SpecFrontEnd.compile(file).module)
        let data = TrainerTests.plantedPartition(seed: 2)
        let ds = Trainer.unboundInputs(module, data: data)
        XCTAssertEqual(ds.count, 1)
        let d = try XCTUnwrap(ds.first)
        XCTAssertEqual(d.id, .inputNotInDataset)
        XCTAssertEqual(d.id.rawValue, "E722")
        XCTAssertEqual(d.range.map { "\($0.start)" }, "edge_input.gnn:3:37")
        XCTAssertEqual(d.message, "input 'w' of WeightedGCN is edge data, but planted has no edge features (a directory dataset gives them as "
                       + "edge_features, or as CSV columns after src,dst: docs/datasets.md); 'w' would be zeros")
        let t = try trainer(path: path)
        XCTAssertThrowsError(try t.train(data, epochs: 2, seed: 1)) {
            guard case TrainingError.unboundInputs(let thrown)? = $0 as? TrainingError else { return XCTFail("\($0)") }
            XCTAssertEqual(thrown, ds)
            XCTAssertTrue(($0 as? TrainingError)?.isBadInput == true)
        }
        // With edge features the same spec binds w; another width, a second edge input, a node input are refused.
        var weighted = data
        (weighted.edgeFeatures, weighted.numEdgeFeatures) = ([Float](repeating: 1, count: data.numEdges), 1)
        XCTAssertEqual(Trainer.unboundInputs(module, data: weighted), [])
        (weighted.edgeFeatures, weighted.numEdgeFeatures) = ([Float](repeating: 1, count: 2 * data.numEdges), 2)
        XCTAssertEqual(Trainer.unboundInputs(module, data: weighted).map(\.message), ["input 'w' of WeightedGCN is edge[1], but planted's edges carry 2 features each"])
        let two = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "two.gnn", text: """
            model Two<F, C, D>(x: node[F], w: edge[D], v: edge[D], y: node[F]) -> node[C] {
              param W: [F, C] init glorot
              return aggregate(sum) { (x @ W)[src] * rowsum(w[edge] * v[edge]) } + y @ W
            }
            train { epochs = 1 }
            """)).module)
        XCTAssertEqual(Trainer.unboundInputs(two, data: weighted).map(\.message), [
            "input 'v' of Two is a second edge input: planted's edge features bind to one, 'w'",
            "input 'y' of Two is not provided by the dataset: planted provides x, its node features (8 per node), and edge features for one edge input; 'y' would be zeros",
        ])
        XCTAssertEqual(try Trainer.bindDims(two, features: 8, classes: 3, edgeFeatures: 2), ["F": 8, "C": 3, "D": 2])
        // Every ModelSpec but gcn_ew takes only x: none is refused.
        for spec in ["appnp", "gat", "gcn", "gin", "sage", "sgc"] {
            let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(spec).gnn", encoding: .utf8)
            let m = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: spec, text: text)).module)
            XCTAssertEqual(Trainer.unboundInputs(m, data: data), [], spec)
        }
    }

    /// Fixtures/nan_loss.gnn's loss is NaN from the first step. f32 and bf16 stop there, naming
    /// the epoch and the loss (the old trainer ran every epoch and reported chance accuracy); f16
    /// keeps its loss scaling, which skips every such step and leaves the parameters as they were.
    func testANonFiniteLossStopsF32AndBF16TrainingAtItsEpoch() throws {
        let data = TrainerTests.plantedPartition(seed: 2)
        var seen: [Int] = []
        for precision in [Precision.f32, .bf16] {
            let t = try trainer(path: Self.fixture("nan_loss.gnn"), precision: precision)
            XCTAssertThrowsError(try t.train(data, epochs: 5, seed: 1) { seen.append($0.epoch) }, "\(precision)") {
                guard case TrainingError.lossNotFinite(let epoch, let loss, let p)? = $0 as? TrainingError else { return XCTFail("\($0)") }
                XCTAssertEqual(epoch, 1)
                XCTAssertTrue(loss.isNaN)
                XCTAssertEqual(p, precision)
                let d = Diagnostic.of($0)
                XCTAssertEqual(d.id, .lossNotFinite)
                XCTAssertTrue(d.message.hasPrefix("the training loss is nan at epoch 1: \(precision.rawValue) training stops at a loss that is not finite"), d.message)
                XCTAssertFalse(($0 as? TrainingError)?.isBadInput ?? true)
            }
        }
        XCTAssertEqual(seen, [], "no epoch is logged once its loss is not finite")
        let f16 = try trainer(path: Self.fixture("nan_loss.gnn"), precision: .f16)
        let r = try f16.train(data, epochs: 5, seed: 1)
        XCTAssertEqual(r.epochs.count, 5)
        XCTAssertTrue(r.epochs.allSatisfy { $0.skipped && $0.loss.isNaN })
        XCTAssertEqual(r.lossScaler?.skippedSteps, 5)
        // Evaluation only (0 epochs) of a model whose output is not finite is refused as well.
        let t = try trainer(path: Self.fixture("nan_loss.gnn"))
        XCTAssertThrowsError(try t.train(data, epochs: 0, seed: 1)) {
            guard case TrainingError.lossNotFinite(0, _, _)? = $0 as? TrainingError else { return XCTFail("\($0)") }
            XCTAssertTrue(Diagnostic.of($0).message.contains("(0 epochs: evaluation only)"), "\($0)")
        }
    }

    /// A loss that becomes NaN after some finite epochs (an absurd learning rate) stops at that
    /// epoch, after logging the ones before it.
    func testADivergingRunStopsAtTheFirstNonFiniteLoss() throws {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/gcn.gnn", encoding: .utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gcn-lr-\(UUID().uuidString).gnn").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        try text.replacingOccurrences(of: "lr = 0.01", with: "lr = 1e30").write(toFile: path, atomically: true, encoding: .utf8)
        let t = try trainer(path: path)
        var logged: [EpochLog] = []
        XCTAssertThrowsError(try t.train(TrainerTests.plantedPartition(seed: 2), epochs: 20, seed: 1) { logged.append($0) }) {
            guard case TrainingError.lossNotFinite(let epoch, _, .f32)? = $0 as? TrainingError else { return XCTFail("\($0)") }
            XCTAssertGreaterThan(epoch, 1, "the first step is taken from finite parameters")
            XCTAssertEqual(logged.map(\.epoch), Array(1..<epoch))
            XCTAssertTrue(logged.allSatisfy { $0.loss.isFinite })
        }
    }
}
