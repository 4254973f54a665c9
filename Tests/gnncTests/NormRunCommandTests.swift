// `gnnc run` of a model with batch_norm on Cora through the binary: it trains, its checkpoint holds the running statistics, and a reload evaluates with them.
import XCTest
import Foundation
import GNNRuntime
import GNNTestSupport

final class NormRunCommandTests: XCTestCase {
    func testBatchNormModelTrainsAndReloadsThroughTheBinary() throws {
        let dir = try makeTempDirectory()
        try write("""
            model MLPBN<F, C>(x: node[F]) -> node[C] {
              param W1: [F, 32] init glorot
              param W2: [32, C] init glorot
              let h = dropout(relu(batch_norm(dropout(x, 0.5) @ W1) as bn), 0.5)
              return layer_norm(h) as ln @ W2
            }
            """, to: dir.appendingPathComponent("mlp_bn.gnn"))
        let env = ["GNNC_CACHE_DIR": dir.path + "/cache", "GNNC_DATA_DIR": try planetoidDirectory()]
        let trained = try gnnc(arguments: ["run", "mlp_bn.gnn", "--dataset", "cora", "--epochs", "5", "--save", "m.safetensors",
                                           "--json", "a.json"], in: dir, environment: env, timeout: 300)
        assertExit(trained, 0)
        assertContains(trained.stdout, "test accuracy at best validation:")
        let checkpoint = try SafeTensors.read(dir.path + "/m.safetensors")
        let names = checkpoint.tensors.map(\.name).sorted()
        for name in ["bn.running_mean", "bn.running_var", "bn.weight", "bn.bias", "ln.weight", "ln.bias"] {
            XCTAssertTrue(names.contains(name), "\(name) missing from \(names)")
        }
        XCTAssertFalse(names.contains("optimizer.exp_avg.bn.running_mean"), "running statistics have no optimizer state")
        let evaluated = try gnnc(arguments: ["run", "mlp_bn.gnn", "--dataset", "cora", "--epochs", "0", "--load", "m.safetensors",
                                             "--json", "b.json"], in: dir, environment: env, timeout: 300)
        assertExit(evaluated, 0)
        // The reload evaluates what the last epoch evaluated: the same parameters and statistics.
        func finalTest(_ file: String) throws -> Double? {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(file))) as? [String: Any]
            let run = (json?["runs"] as? [[String: Any]])?.first
            return run?["final_test_accuracy"] as? Double
        }
        XCTAssertNotNil(try finalTest("a.json"))
        XCTAssertEqual(try finalTest("a.json"), try finalTest("b.json"))
    }
}
