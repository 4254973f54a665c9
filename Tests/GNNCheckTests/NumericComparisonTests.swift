// The numeric oracle sees NaN: a kernel that gives NaN where the float64 reference is finite fails
// every check that compares them, and a reference that is not finite itself is reported as the
// model's, not blamed on the passes.
import XCTest
import GNNDiagnostics
import GNNCheck
import GNNExecution
import GNNRuntime
import GNNReference

final class NumericComparisonTests: XCTestCase {
    /// f32 overflows where float64 does not: exp(100 z) is infinite in float32 for z > 0.89 and
    /// finite in float64 for |z| < 7, so times 0 it is NaN in the kernels and 0 in the reference.
    static let nanKernel = """
        model NaNKernel<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          return exp((x @ W) * 100.0) * 0.0
        }
        train { loss = cross_entropy  optimizer = adam(lr = 0.01)  epochs = 1 }
        """

    /// log of a negative number: NaN in float64 as in float32.
    static let notFinite = """
        model NotFinite<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          return log((x @ W) - 100.0)
        }
        train { loss = cross_entropy  optimizer = adam(lr = 0.01)  epochs = 1 }
        """

    func device() -> CPUDevice {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-nan-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return CPUDevice(cache: KernelCache(directory: dir))
    }

    /// Why the comparisons are written out: Swift's max drops a NaN second argument.
    func testEveryNonFiniteDisagreementIsAnInfiniteDifference() {
        XCTAssertEqual(max(0.0, Double.nan), 0, "the pitfall the old comparison fell into")
        XCTAssertEqual(NumericComparison.maxAbsDifference([1, .nan], [1, 0]), .infinity)
        XCTAssertEqual(NumericComparison.maxAbsDifference([.nan], [.nan]), .infinity, "the reference is checked for NaN first")
        XCTAssertEqual(NumericComparison.maxAbsDifference([.infinity], [1e300]), .infinity)
        XCTAssertEqual(NumericComparison.maxAbsDifference([1e308], [-1e308]), .infinity)
        XCTAssertEqual(NumericComparison.maxAbsDifference([1, 2], [1]), .infinity)
        XCTAssertEqual(NumericComparison.maxAbsDifference([1, 2], [1, 2.5]), 0.5)
        XCTAssertEqual(ErrorBound(floor: 1e-6, sensitivity: [[]]).relativeError(0, actual: [1, 2], expected: [1, 4]), 0.5)
        XCTAssertEqual(NumericComparison.scale([.nan, -3, 2], floor: 1), 3)
        let found = NumericComparison.firstNonFinite([Tensor64(shape: [2], data: [1, 2]), Tensor64(shape: [3], data: [0, -.infinity, .nan])])
        XCTAssertEqual(found.map { [$0.result, $0.index] }, [1, 1])
    }

    /// Every f32 row of a model whose kernels give NaN fails with error inf, naming the element; before, each
    /// passed with error 0. (The 16-bit rows draw normalised inputs, on which nothing overflows.)
    func testADeliberatelyNaNKernelFailsTheSelfTest() {
        let rows = SelfTest.run(spec: SourceFile(name: "nan.gnn", text: Self.nanKernel), specName: "nan", device: device(),
                                nodes: 200, hubDegree: 100)
        let f32 = rows.filter { !["f16", "f16-lanes", "bf16"].contains($0.variant) }
        XCTAssertEqual(f32.count, 10, SelfTest.table(rows))
        for r in f32 {
            XCTAssertFalse(r.passed, SelfTest.table([r]))
            XCTAssertEqual(r.error, .infinity)
            XCTAssertNil(r.failure, "the row compared")
            XCTAssertTrue(r.worstResult.hasPrefix("%5[") && r.worstResult.hasSuffix("] = nan (reference 0.0)"), SelfTest.table([r]))
        }
        XCTAssertTrue(SelfTest.table(f32).contains("inf "), SelfTest.table(f32))
    }

    /// A reference that is NaN itself is the model's property: a reference row saying so, and no
    /// variant rows; the differential check says "not finite", not that the passes changed it.
    func testANonFiniteReferenceIsReportedAsTheModels() {
        let file = SourceFile(name: "notfinite.gnn", text: Self.notFinite)
        let rows = SelfTest.run(spec: file, specName: "inf", device: device(), nodes: 200, hubDegree: 100)
        XCTAssertFalse(rows.isEmpty)
        for r in rows {
            XCTAssertEqual(r.variant, "reference")
            XCTAssertFalse(r.passed)
            XCTAssertTrue(r.failure?.contains("the float64 reference is nan at %3[0]") ?? false, SelfTest.table([r]))
            XCTAssertTrue(r.failure?.contains("not of the passes or kernels") ?? false)
        }
        switch DifferentialTest.check(file, seed: 1, nodes: 40, device: device()) {
        case .notFinite(let what): XCTAssertTrue(what.hasPrefix("forward: the float64 reference is nan"), what)
        case let other: XCTFail("\(other)")
        }
        switch DifferentialTest.check(SourceFile(name: "nan.gnn", text: Self.nanKernel), seed: 1, nodes: 40, device: device()) {
        case .disagree(let what): XCTAssertTrue(what.hasPrefix("forward fused: max rel err inf in %5[") && what.hasSuffix("] = nan (reference 0.0)"), what)
        case let other: XCTFail("\(other)")
        }
    }

    /// `reduce(sum|mean) { node value }` on the kernels (fused and op by op, forward and backward,
    /// f32 and 16-bit storage) agrees with the float64 reference on random graphs, and every
    /// self-test row passes.
    func testReduceOverNodesAgreesWithTheReference() {
        let spec = """
            model Centred<F, C>(x: node[F]) -> node[C] {
              graph { self_loops = add }
              param W: [F, C] init glorot
              let h = tanh(x @ W)
              let centred = h - reduce(mean) { h }
              return centred + 0.1 * reduce(sum) { centred * centred }
            }
            """
        let file = SourceFile(name: "reduce.gnn", text: spec)
        for seed: UInt64 in [1, 2, 3] {
            switch DifferentialTest.check(file, seed: seed, nodes: 40, device: device()) {
            case .agree: break
            case let other: XCTFail("seed \(seed): \(other)")
            }
        }
        let rows = SelfTest.run(spec: file, specName: "reduce", device: device())
        XCTAssertFalse(rows.isEmpty)
        XCTAssertTrue(rows.allSatisfy(\.passed), SelfTest.table(rows))
    }
}
