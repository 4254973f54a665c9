// ErrorBound, the one bound of every kernel-against-reference comparison: the three ModelSpecs the
// old absolute floor failed unfairly (an analytically zero gradient, a cancellation, relu kinks
// under dropout) pass, the same models with a wrong derivative rule still fail, the moved runs keep
// the dropout masks, and the formula's terms do what docs/differential-testing.md says.
import XCTest
@testable import GNNCheck
import GNNCompiler
import GNNDiagnostics
import GNNExecution
import GNNIR
import GNNPasses
import GNNReference
import GNNRuntime
import GNNSpec
import GNNTestSupport

final class ErrorBoundTests: XCTestCase {
    /// One device for the class: the old-bound and fault runs reuse the clean run's libraries.
    static let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-bound-\(UUID().uuidString)").path
    override class func tearDown() { try? FileManager.default.removeItem(atPath: cacheDirectory) }
    var device: ExecutionDevice { .cpu(CPUDevice(cache: KernelCache(directory: Self.cacheDirectory))) }

    /// The C schedule and the CUDA schedule with its lanes emulated, f32.
    let variants = SelfTestVariant.cpu.filter { ["fused", "lanes"].contains($0.name) }

    func spec(_ name: String) throws -> SourceFile {
        SourceFile(name: "\(name).gnn", text: try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8))
    }

    /// `gnnc selftest`'s rows for `name` on its default graph (1100 nodes, hub of in-degree 1000):
    /// under ErrorBound, or under the bound it replaced (errors relative to each result's own
    /// magnitude, floor 1e-6, no allowance).
    func rows(_ name: String, old: Bool = false, faults: Set<String> = []) throws -> [SelfTestRow] {
        try SelfTest.run(spec: spec(name), specName: name, on: device, variants: old ? [variants[0]] : variants, nodes: 1100,
                         hubDegree: 1000, seed: 1, faults: faults,
                         replacingBound: { old ? ErrorBound.absoluteFloor(1e-6, results: $0.sensitivity.count) : $0 })
    }

    /// The failure mode is there (the old bound fails the training program in `result`) and the
    /// bound judges it fairly: every f32 row passes, forward and training, in both schedules.
    func assertFairlyJudged(_ name: String, oldFailsIn result: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let old = try rows(name, old: true)
        let oldTraining = try XCTUnwrap(old.first { $0.program == "training" }, file: file, line: line)
        XCTAssertFalse(oldTraining.passed, SelfTest.table(old), file: file, line: line)
        XCTAssertGreaterThan(oldTraining.error, 10 * SelfTest.tolerance, SelfTest.table(old), file: file, line: line)
        XCTAssertTrue(oldTraining.worstResult.hasPrefix(result), SelfTest.table(old), file: file, line: line)
        XCTAssertTrue(old.filter { $0.program == "forward" }.allSatisfy(\.passed), SelfTest.table(old), file: file, line: line)
        let new = try rows(name)
        XCTAssertEqual(new.count, 4, SelfTest.table(new), file: file, line: line)
        XCTAssertTrue(new.allSatisfy { $0.passed && $0.failure == nil && $0.error <= SelfTest.tolerance }, SelfTest.table(new),
                      file: file, line: line)
    }

    /// A wrong derivative rule fails the training rows of both schedules (the forward rows, which
    /// no derivative reaches, still pass): the allowance for the model's conditioning does not hide it.
    func assertFaultCaught(_ name: String, fault: String, atLeast factor: Double, file: StaticString = #filePath, line: UInt = #line) throws {
        let faulty = try rows(name, faults: [fault])
        let table = SelfTest.table(faulty)
        XCTAssertTrue(faulty.filter { $0.program == "forward" }.allSatisfy(\.passed), table, file: file, line: line)
        let training = faulty.filter { $0.program == "training" }
        XCTAssertEqual(training.count, 2, table, file: file, line: line)
        for row in training {
            XCTAssertFalse(row.passed, table, file: file, line: line)
            XCTAssertNil(row.failure, "the row compared", file: file, line: line)
            XCTAssertGreaterThan(row.error, factor * SelfTest.tolerance, table, file: file, line: line)
            XCTAssertTrue(row.worstResult.hasPrefix("%grad."), table, file: file, line: line)
        }
    }

    /// TransformerConv: the gradient of the key bias is analytically zero (adding a constant to
    /// every score of a destination leaves its softmax unchanged), so the kernels' result is
    /// float32 rounding of terms of the program's size; against its own size that was 5.2e-2.
    func testShiftInvariantAttentionGradientIsJudgedFairly() throws {
        try assertFairlyJudged("transformer", oldFailsIn: "%grad.conv")
        // The softmax rule without the destination's sum: the key-bias gradient is no longer zero.
        try assertFaultCaught("transformer", fault: "edge-softmax-grad-uncentred", atLeast: 10)
    }

    /// PNA: std = sqrt(max(E[m²] - E[m]², 1e-5)) subtracts two nearly equal means and divides by
    /// a std as small as 0.003, so every f32 schedule's gradients are off by about 2e-3 of their size.
    func testCancellationInTheStdAggregatorIsJudgedFairly() throws {
        try assertFairlyJudged("pna", oldFailsIn: "%grad.")
        // sqrt's rule without its 1/2, on the op that sits on the cancellation itself.
        try assertFaultCaught("pna", fault: "sqrt-grad-double", atLeast: 2)
    }

    /// GCNII: 16 layers of relu under dropout put some pre-activation within rounding of 0, where
    /// float32 and float64 take different sides of the kink.
    func testReluKinksUnderDropoutAreJudgedFairly() throws {
        try assertFairlyJudged("gcnii", oldFailsIn: "%grad.convs.")
        try assertFaultCaught("gcnii", fault: "relu-grad-double", atLeast: 100)
    }

    /// `gnnc selftest --check` (DifferentialTest, 40 nodes) sees the same faults: one bound.
    func testCheckCatchesAWrongDerivativeRuleOnTheIllConditionedModels() throws {
        let scratch = CPUDevice(cache: KernelCache(directory: Self.cacheDirectory))
        for (name, fault) in [("pna", "sqrt-grad-double"), ("transformer", "edge-softmax-grad-uncentred")] {
            XCTAssertEqual(DifferentialTest.check(try spec(name), seed: 1, nodes: 40, device: scratch), .agree, name)
            let outcome = DifferentialTest.check(try spec(name), seed: 1, nodes: 40, device: scratch, faults: [fault])
            // The plan's autodiff builds the wrong rule, so the float64 run of the optimised IR
            // already differs from the reference's.
            let what = try XCTUnwrap(outcome.disagreement, "\(name) with \(fault): \(outcome)")
            XCTAssertTrue(what.hasPrefix("training: the passes change the result (max rel err "), what)
        }
    }

    /// The moved runs drop the same elements: on GCN's training program (dropout 0.5 twice) the
    /// typical sensitivity is of the results' own size. Moved runs with other masks (another step
    /// seed) differ by about the results themselves, a million times that.
    func testMovedRunsKeepTheDropoutMasks() throws {
        let forward = try XCTUnwrap(SpecFrontEnd.compile(try spec("gcn")).module)
        let training = try Autodiff.differentiate(forward)
        let graph = SelfTest.randomGraph(nodes: 60, edges: 180, hubDegree: 20, seed: 1).applyingSelfLoops("add")
        let bindings = ErrorBound.asFloat32(try SelfTest.randomBindings(training, graph: graph, dims: SelfTest.dims, training: true, seed: 1))
        let expected = try ReferenceInterpreter.results(training, graph: graph, bindings)
        func worstRatio(_ bound: ErrorBound) -> Double {
            zip(bound.sensitivity, expected).map { ErrorBound.typical($0) / max(NumericComparison.scale($1.data, floor: 0), 1e-12) }.max() ?? 0
        }
        let same = try ErrorBound.measure(training, graph: graph, bindings: bindings, expected: expected, seed: 1)
        XCTAssertLessThan(worstRatio(same), 10)
        var otherMasks = bindings
        otherMasks.seed &+= 1
        let other = try ErrorBound.measure(training, graph: graph, bindings: otherMasks, expected: expected, seed: 1)
        XCTAssertGreaterThan(worstRatio(other), 1e4, "the check above would see different masks")
    }

    /// The formula, term by term, on numbers: magnitude, floor, per-element and typical sensitivity,
    /// and non-finite values (no allowance hides them).
    func testTheBoundsTerms() {
        // Magnitude: 1e-4 of the largest element, wherever the error is.
        let plain = ErrorBound(floor: 1e-3, sensitivity: [[0, 0, 0, 0]])
        XCTAssertEqual(plain.relativeError(0, actual: [10, 0, 0, 2e-3], expected: [10, 0, 0, 0]), 2e-4, accuracy: 1e-12)
        // Floor: an all-zero result is measured against F.
        XCTAssertEqual(plain.relativeError(0, actual: [1e-7, 0, 0, 0], expected: [0, 0, 0, 0]), 1e-4, accuracy: 1e-12)
        XCTAssertEqual(ErrorBound.floor([Tensor64(shape: [2], data: [3, -40]), Tensor64(shape: [1], data: [.nan])]), 0.04, accuracy: 1e-15)
        // Per element: a sensitive element gets its own scale; the others keep the magnitude's
        // (the typical sensitivity of [0, 0, 0, 400] is 200).
        let kink = ErrorBound(floor: 1e-3, sensitivity: [[0, 0, 0, 400]])
        XCTAssertEqual(ErrorBound.typical([0, 0, 0, 400]), 200)
        XCTAssertEqual(kink.relativeError(0, actual: [1, 0, 0, 4e-2], expected: [1, 0, 0, 0]), 1e-4, accuracy: 1e-12)
        XCTAssertEqual(kink.relativeError(0, actual: [1.02, 0, 0, 0], expected: [1, 0, 0, 0]), 1e-4, accuracy: 1e-12)
        XCTAssertGreaterThan(kink.relativeError(0, actual: [1.03, 0, 0, 0], expected: [1, 0, 0, 0]), SelfTest.tolerance)
        // Non-finite: infinite, whatever the allowance; so are mismatched counts.
        XCTAssertEqual(kink.relativeError(0, actual: [1, 0, 0, .nan], expected: [1, 0, 0, 0]), .infinity)
        XCTAssertEqual(kink.relativeError(0, actual: [1, 0, 0], expected: [1, 0, 0, 0]), .infinity)
        // A result without sensitivities (the old bound's shape) has magnitude and floor only.
        let old = ErrorBound.absoluteFloor(1e-6, results: 1)
        XCTAssertEqual(old.relativeError(0, actual: [2e-9], expected: [1e-9]), 1e-3, accuracy: 1e-12)
    }

    /// Every element-wise function has a "<f>-grad-double" fault, named in the known list, and the
    /// edge softmax one; the oracle never takes faults (the reference program is differentiated
    /// without them).
    func testDerivativeFaultsAreKnown() {
        XCTAssertTrue(FaultInjection.known.contains("sqrt-grad-double"))
        XCTAssertTrue(FaultInjection.known.contains("relu-grad-double"))
        XCTAssertTrue(FaultInjection.known.contains("edge-softmax-grad-uncentred"))
        XCTAssertFalse(FaultInjection.known.contains("neg-grad-double"), "neg is linear: its backward is itself")
    }
}
