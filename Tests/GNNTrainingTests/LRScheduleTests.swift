// Learning-rate schedules against PyTorch's: the sequences below were printed by torch 2.13
// (torch.optim.lr_scheduler StepLR, CosineAnnealingLR, ReduceLROnPlateau; SGD with lr 0.1, one
// scheduler.step() after each epoch), and a train block's lr_schedule reaching the trainer.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTraining

final class LRScheduleTests: XCTestCase {
    func lrs(_ schedule: LRSchedule, losses: [Double]? = nil, epochs: Int = 12) -> [Double] {
        var s = schedule, out: [Double] = []
        for e in 1...epochs {
            out.append(0.1 * s.factor(epoch: e, baseLR: 0.1))
            if let losses { s.observe(valLoss: losses[e - 1], baseLR: 0.1) }
        }
        return out
    }

    func assertClose(_ a: [Double], _ b: [Double], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.count, b.count, file: file, line: line)
        for (x, y) in zip(a, b) { XCTAssertEqual(x, y, accuracy: 1e-12, "\(a) vs \(b)", file: file, line: line) }
    }

    func testStepMatchesStepLR() {
        assertClose(lrs(LRSchedule(kind: .step, settings: ["step_size": 3, "gamma": 0.5])),
                    [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125, 0.0125, 0.0125])
    }

    func testCosineMatchesCosineAnnealingLRPastTMaxToo() {
        assertClose(lrs(LRSchedule(kind: .cosine, settings: ["t_max": 5, "eta_min": 0.01]), epochs: 8),
                    [0.1, 0.09140576474687263, 0.06890576474687263, 0.04109423525312736, 0.018594235253127367, 0.01,
                     0.018594235253127367, 0.04109423525312739])
    }

    func testPlateauMatchesReduceLROnPlateau() {
        let losses = [1.0, 0.9, 0.95, 0.96, 0.97, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6]
        assertClose(lrs(LRSchedule(kind: .plateau, settings: ["factor": 0.5, "patience": 2, "min_lr": 0.02]), losses: losses),
                    [0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025])
        // min_lr holds the floor: 0.1 * 0.5^k never goes below 0.02.
        let flat = [Double](repeating: 1, count: 30)
        XCTAssertEqual(lrs(LRSchedule(kind: .plateau, settings: ["factor": 0.5, "patience": 0, "min_lr": 0.02]), losses: flat, epochs: 30).min()!,
                       0.02, accuracy: 1e-12)
    }

    func testTheTrainBlockStoresEveryArgumentAndTheTrainerReadsIt() throws {
        let spec = """
        model M<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          return x @ W
        }
        train {
          lr_schedule = step(step_size = 50)
          optimizer = sgd(lr = 0.1)
        }
        """
        let module = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "s.gnn", text: spec)).module)
        XCTAssertEqual(module.train["lr_schedule"], .list([.ident("step"), .ident("step_size"), .float(50), .ident("gamma"), .float(0.1)]))
        let schedule = LRSchedule(train: module.train)
        XCTAssertEqual(schedule.kind, .step)
        XCTAssertEqual(schedule.factor(epoch: 51, baseLR: 0.1), 0.1, accuracy: 1e-15)
        XCTAssertEqual(LRSchedule(train: Attributes()).factor(epoch: 1000, baseLR: 0.1), 1)
    }
}
