// A trainer for one ModelSpec or fixture spec on the CPU with a private kernel cache, for the trainer tests.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNCompiler
import GNNTraining
import GNNExecution
import GNNRuntime
import GNNTestSupport

extension XCTestCase {
    /// A trainer for a ModelSpec with a private kernel cache, removed after the test.
    func trainer(_ spec: String, dims: [String: Int] = [:], precision: Precision? = nil) throws -> Trainer {
        try trainer(path: repoRoot() + "/ModelSpecs/\(spec).gnn", dims: dims, precision: precision)
    }

    /// A fixture spec of this test target (Tests/GNNTrainingTests/Fixtures).
    static func fixture(_ name: String) -> String { repoRoot() + "/Tests/GNNTrainingTests/Fixtures/\(name)" }

    /// A trainer for the spec at `path`; its source file is named by the path's last component.
    func trainer(path: String, dims: [String: Int] = [:], precision: Precision? = nil) throws -> Trainer {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let file = SourceFile(name: String(path.split(separator: "/").last ?? ""), text: text)
        let front = SpecFrontEnd.compile(file)
        let model = try XCTUnwrap(front.module, DiagnosticRenderer(sources: [file]).render(front.diagnostics))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-trainer-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return try Trainer(model: model, on: .cpu(CPUDevice(cache: KernelCache(directory: dir))), dims: dims, precision: precision)
    }
}
