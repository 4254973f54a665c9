// FlopCount: the arithmetic floor of gnnc bench, counted on the graph IR.
import XCTest

import GNNDiagnostics
import GNNIR
import GNNPasses

import GNNSpec
import GNNTestSupport

final class FlopCountTests: XCTestCase {
    func module(_ text: String) throws -> GraphModule {
        try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "m.gnn", text: text)).module)
    }

    func testSpMMIsOneAddPerMessageElementAndAGEMMTwoPerTerm() throws {
        let graph = GraphData(numNodes: 5, src: [0, 1, 2, 3, 4, 0, 2], dst: [1, 2, 3, 4, 0, 3, 3])
        let spmm = try module("model P<F>(x: node[F]) -> node[F] {\n  graph { self_loops = none }\n  return aggregate(sum) { x[src] }\n}")
        XCTAssertEqual(try FlopCount.of(spmm, graph: graph, dims: ["F": 3]), 7 * 3, "gathers move, the sum adds E x F")
        let mean = try module("model P<F>(x: node[F]) -> node[F] {\n  graph { self_loops = none }\n  return aggregate(mean) { x[src] }\n}")
        XCTAssertEqual(try FlopCount.of(mean, graph: graph, dims: ["F": 3]), 7 * 3 + 5 * 3, "a mean also divides N x F")
        let gemm = try module("model M<F, C>(x: node[F]) -> node[C] {\n  param W: [F, C] init glorot\n  return relu(x @ W)\n}")
        XCTAssertEqual(try FlopCount.of(gemm, graph: graph, dims: ["F": 3, "C": 4]), 2 * 5 * 4 * 3 + 5 * 4)
        // The weight gradient X^T G sums over the 5 rows: 2 x F x C x N, as the forward product.
        let training = try Autodiff.differentiate(gemm)
        let counted = try FlopCount.of(training, graph: graph, dims: ["F": 3, "C": 4])
        XCTAssertGreaterThanOrEqual(counted, 2 * (2 * 5 * 4 * 3))
    }
}
