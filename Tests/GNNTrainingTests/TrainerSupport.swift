// A trainer for one ModelSpec on the CPU with a private kernel cache, for the trainer tests.
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
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(spec).gnn", encoding: .utf8)
        let file = SourceFile(name: "\(spec).gnn", text: text)
        let front = SpecFrontEnd.compile(file)
        let model = try XCTUnwrap(front.module, DiagnosticRenderer(sources: [file]).render(front.diagnostics))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-trainer-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return try Trainer(model: model, on: .cpu(CPUDevice(cache: KernelCache(directory: dir))), dims: dims, precision: precision)
    }
}
