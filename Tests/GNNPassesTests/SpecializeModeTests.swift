// specialize-mode: each plan keeps its mode's operand of every if_training; the result agrees with the reference interpreter's choice.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNPasses
import GNNReference
import GNNTestSupport

final class SpecializeModeTests: XCTestCase {
    static let spec = """
        model M<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          return batch_norm(x @ W) as bn
        }
        """

    func module() throws -> GraphModule {
        let r = SpecFrontEnd.compile(SourceFile(name: "bn.gnn", text: Self.spec))
        return try XCTUnwrap(r.module, "\(r.diagnostics)")
    }

    /// Training keeps the batch statistics (sums over the nodes) and the update; inference keeps
    /// the running statistics and returns the state itself as its next value. Neither leaves an
    /// if_training, and each computes what the reference computes on the unspecialised module in
    /// its mode.
    func testEachModeKeepsItsOperandAndAgreesWithTheReference() throws {
        let m = try module()
        let training = try DCE().run(try SpecializeMode(.training).run(m))
        let inference = try DCE().run(try SpecializeMode(.inference).run(m))
        for s in [training, inference] {
            XCTAssertEqual(Verifier.verify(s), [])
            XCTAssertFalse(s.ops.contains { $0.opcode == .ifTraining })
            XCTAssertEqual(s.results.count, 3)
        }
        XCTAssertTrue(training.ops.contains { $0.opcode == .sumTo }, "batch statistics in training")
        XCTAssertFalse(inference.ops.contains { $0.opcode == .sumTo }, "no batch statistics in evaluation")
        XCTAssertEqual(inference.stateResults.map { inference[inference.results[$0.result]].opcode }, [.state, .state])
        XCTAssertEqual(try SpecializeMode(.inference).run(try SpecializeMode(.inference).run(m)), try SpecializeMode(.inference).run(m),
                       "idempotent")

        var rng = SplitMix64(state: 4)
        let graph = GraphData(numNodes: 9, src: [0, 1, 2, 3], dst: [1, 2, 3, 4])
        var b = ReferenceBindings(dims: ["F": 3, "C": 2])
        b.inputs["x"] = Tensor64(shape: [9, 3], data: (0..<27).map { _ in rng.uniform() })
        b.params["W"] = Tensor64(shape: [3, 2], data: (0..<6).map { _ in rng.uniform() })
        b.params["bn.weight"] = Tensor64(shape: [2], data: [1.5, -0.5])
        b.params["bn.bias"] = Tensor64(shape: [2], data: [0.25, 2])
        b.params["bn.running_mean"] = Tensor64(shape: [2], data: [0.3, -0.2])
        b.params["bn.running_var"] = Tensor64(shape: [2], data: [0.7, 1.9])
        for (mode, specialised) in [(true, training), (false, inference)] {
            b.training = mode
            let expected = try ReferenceInterpreter.results(m, graph: graph, b)
            let actual = try ReferenceInterpreter.results(specialised, graph: graph, b)
            for (e, a) in zip(expected, actual) {
                XCTAssertEqual(e.shape, a.shape)
                for (x, y) in zip(e.data, a.data) { XCTAssertEqual(x, y, accuracy: 1e-12) }
            }
        }
        // And the two modes differ: the running statistics are not the batch's.
        b.training = true
        let t = try ReferenceInterpreter.results(m, graph: graph, b)
        b.training = false
        let e = try ReferenceInterpreter.results(m, graph: graph, b)
        XCTAssertNotEqual(t[0].data, e[0].data)
        XCTAssertEqual(e[1].data, [0.3, -0.2], "evaluation leaves the state as it was")
        XCTAssertNotEqual(t[1].data, [0.3, -0.2])
    }

    /// Each plan configures the pass for its own mode, first after the verifier.
    func testThePlansRunItFirstForTheirMode() throws {
        for mode in ProgramMode.allCases {
            let passes = PassPipeline.pipeline(for: mode)
            XCTAssertEqual(passes.prefix(2).map(\.name), ["verify", "specialize-mode"])
            XCTAssertEqual((passes[1] as? SpecializeMode)?.mode, mode)
        }
    }

    /// The if_training rule sends the gradient to the training operand in training and to the
    /// evaluation one in evaluation, both written as if_training for the pass to resolve.
    func testDerivativeOfIfTrainingIsResolvedToo() throws {
        let m = try module()
        let program = try Autodiff.differentiate(m)
        XCTAssertTrue(program.ops.contains { $0.opcode == .ifTraining })
        let resolved = try SpecializeMode(.training).run(program)
        XCTAssertFalse(resolved.ops.contains { $0.opcode == .ifTraining })
        XCTAssertEqual(Verifier.verify(resolved), [])
    }
}
