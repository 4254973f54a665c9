// The CPU schedule's g @ W^T: W transposed once per weight, by a kernel at the start of the program.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNTestSupport

final class ScheduleMatmulNTTests: XCTestCase {
    /// Two products read one weight (a layer instance called twice): one transpose, first in the
    /// program, and both products read its buffer; the CUDA schedule keeps the GEMM form.
    func testAWeightReadByTwoProductsIsTransposedOnce() throws {
        let spec = """
            layer lin<FI, FO>(h: node[FI]) -> node[FO] {
              param W: [FI, FO] init glorot
              return h @ W
            }
            model M<F, C>(x: node[F]) -> node[C] {
              param V: [F, C] init glorot
              let h = tanh(x @ V)
              var g = h
              repeat 2 { g = tanh(lin<C, C>(g) as shared) }
              return g
            }
            """
        let forward = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "m.gnn", text: spec)).module)
        let training = try Autodiff.differentiate(forward)
        let cpu = try ScheduleKernels.schedule(training)
        XCTAssertEqual(cpu.kernels.first?.name.hasSuffix("_transpose"), true)
        let shared = try XCTUnwrap(cpu.bufferIndex(named: "shared.W"))
        func reads(_ k: Kernel, _ b: Int) -> Bool { KStmt.loads(k.body).contains { $0.0 == b } }
        let transposesOfShared = cpu.kernels.filter { $0.name.hasSuffix("_transpose") && reads($0, shared) }
        XCTAssertEqual(transposesOfShared.count, 1, "shared.W is transposed once")
        let wt = try XCTUnwrap(KStmt.storedBuffers(transposesOfShared[0].body).first)
        let products = cpu.kernels.filter { $0.comment == "matmul_nt" }
        XCTAssertEqual(products.filter { reads($0, wt) }.count, 2)
        let cuda = try ScheduleKernels.schedule(training, libraryGEMMs: true)
        XCTAssertFalse(cuda.kernels.contains { $0.name.hasSuffix("_transpose") })
        XCTAssertEqual(cuda.kernels.filter { $0.comment == "matmul_nt" }.count, products.count)
    }
}
