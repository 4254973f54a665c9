// batch_norm and layer_norm on the CPU kernels (fused, op by op, the CUDA schedule played in C; f32 and 16-bit storage; forward and training) against the float64 reference.
import XCTest
import GNNDiagnostics
import GNNCheck
import GNNExecution
import GNNRuntime
import GNNTestSupport

final class NormalizationKernelTests: XCTestCase {
    func device() -> CPUDevice {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-norm-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return CPUDevice(cache: KernelCache(directory: dir))
    }

    /// Every self-test row passes: the evaluation program (running statistics bound near their
    /// initial values) and the training program (batch statistics, the gradients, and the running
    /// statistics' next values, which are results compared like the rest).
    func testEverySelfTestRowAgreesWithTheReference() {
        let rows = SelfTest.run(spec: SourceFile(name: "norms.gnn", text: normalizationSpec()), specName: "norms", device: device())
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy(\.passed), SelfTest.table(rows))
        XCTAssertTrue(rows.contains { $0.program == "training" } && rows.contains { $0.program == "forward" }, SelfTest.table(rows))
    }

    /// The differential check on small random graphs (isolated nodes, a hub): the graph passes keep
    /// the float64 result, and every variant's kernels agree with it.
    func testDifferentialCheckOnRandomGraphs() {
        let file = SourceFile(name: "norms.gnn", text: normalizationSpec())
        for seed: UInt64 in [1, 2] {
            switch DifferentialTest.check(file, seed: seed, nodes: 40, device: device()) {
            case .agree: break
            case let other: XCTFail("seed \(seed): \(other)")
            }
        }
    }
}
