// Lowering of batch_norm and layer_norm: their instances, parameters and state, the module's state results, repeat and layers.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTestSupport

final class NormLoweringTests: XCTestCase {
    func lower(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> GraphModule {
        let r = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text))
        XCTAssertEqual(r.diagnostics, [], "unexpected diagnostics", file: file, line: line)
        let m = try XCTUnwrap(r.module, file: file, line: line)
        XCTAssertEqual(Verifier.verify(m), [], file: file, line: line)
        return m
    }

    func names(_ m: GraphModule, _ opcode: Opcode) -> [String] { m.ops.filter { $0.opcode == opcode }.compactMap(\.name) }

    /// PyTorch's state-dict names under the instance: `as NAME`, else `<function>_<k>` counted like
    /// layer calls; weight and bias are trainable parameters, the running statistics state.
    func testInstancesOwnParametersAndStateWithPyTorchNames() throws {
        let m = try lower("""
            layer block<FI>(h: node[FI]) -> node[FI] {
              return relu(batch_norm(h))
            }
            model M<F, C>(x: node[F]) -> node[C] {
              param W: [F, C] init glorot
              let a = batch_norm(x @ W) as bn
              let b = layer_norm(a) + layer_norm(a, eps = 1e-3)
              return block<C>(batch_norm(b, momentum = 0.5)) as inner
            }
            """)
        XCTAssertEqual(names(m, .param), ["W", "bn.weight", "bn.bias", "layer_norm_0.weight", "layer_norm_0.bias",
                                          "layer_norm_1.weight", "layer_norm_1.bias", "batch_norm_0.weight", "batch_norm_0.bias",
                                          "inner.batch_norm_0.weight", "inner.batch_norm_0.bias"])
        XCTAssertEqual(names(m, .state), ["bn.running_mean", "bn.running_var", "batch_norm_0.running_mean", "batch_norm_0.running_var",
                                          "inner.batch_norm_0.running_mean", "inner.batch_norm_0.running_var"])
        let inits = Dictionary(uniqueKeysWithValues: m.ops.filter { $0.opcode == .state || $0.opcode == .param }
            .map { ($0.name!, $0.attributes["init"]?.asIdent ?? "") })
        XCTAssertEqual(inits["bn.weight"], "ones")
        XCTAssertEqual(inits["bn.bias"], "zeros")
        XCTAssertEqual(inits["bn.running_mean"], "zeros")
        XCTAssertEqual(inits["bn.running_var"], "ones")
        // The logits, then each state's next value in the order the states are defined.
        XCTAssertEqual(m.results.count, 7)
        XCTAssertEqual(m.stateResults.map { $0.op.name! }, names(m, .state))
        XCTAssertEqual(m.stateResults.map(\.result), Array(1...6))
        for (state, k) in m.stateResults {
            let next = m[m.results[k]]
            XCTAssertEqual(next.opcode, .ifTraining, "a state's next value is the update in training, itself in evaluation")
            XCTAssertEqual(m[next.operands[1]].name, state.name)
        }
        // eps and momentum reach the constants: 1e-3, and 1 - 0.5 beside 0.5.
        let constants = Set(m.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble })
        XCTAssertTrue(constants.isSuperset(of: [1e-5, 1e-3, 0.9, 0.1, 0.5]), "\(constants.sorted())")
        // Printed and parsed back, state and if_training included.
        let printed = IRPrinter.print(m)
        let (parsed, problems) = IRParser.parseAndVerify(SourceFile(name: "t.gir", text: printed))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(parsed.map(IRPrinter.print), printed)
    }

    /// A call inside `repeat` keeps its instance: one set of parameters and running statistics, which
    /// each iteration updates after the previous one (as calling one PyTorch module twice does).
    func testRepeatSharesTheInstanceAndChainsItsStateUpdates() throws {
        let m = try lower("""
            model M<F, C>(x: node[F]) -> node[C] {
              param W: [F, C] init glorot
              var h = x @ W
              repeat 2 { h = batch_norm(h) as bn }
              return h
            }
            """)
        XCTAssertEqual(names(m, .param), ["W", "bn.weight", "bn.bias"])
        XCTAssertEqual(names(m, .state), ["bn.running_mean", "bn.running_var"])
        XCTAssertEqual(m.results.count, 3)
        // The second iteration's update starts from the first's: its evaluation operand is the first
        // iteration's next value, not the state itself.
        let second = m[m.results[1]]
        XCTAssertEqual(second.opcode, .ifTraining)
        XCTAssertEqual(m[second.operands[1]].opcode, .ifTraining)
        XCTAssertEqual(m[m[second.operands[1]].operands[1]].name, "bn.running_mean")
    }

    /// A layer_norm whose width is a model dimension (bound at run time) divides by a sum of ones;
    /// a known width folds into a constant 1 / F.
    func testLayerNormDividesByTheWidth() throws {
        let symbolic = try lower("model M<F>(x: node[F]) -> node[F] { return layer_norm(x) }")
        XCTAssertTrue(symbolic.ops.contains { $0.opcode == .rowsum && $0.type.domain == .global }, IRPrinter.print(symbolic))
        let known = try lower("""
            model M<F, C>(x: node[F]) -> node[C] {
              param W: [F, 4] init glorot
              param V: [4, C] init glorot
              return layer_norm(x @ W) @ V
            }
            """)
        XCTAssertTrue(known.ops.contains { $0.opcode == .constant && $0.attributes["value"]?.asDouble == 0.25 })
        XCTAssertEqual(known.results.count, 1, "layer_norm keeps no state")
        // Edge values are normalised per edge, over their last axis.
        _ = try lower("""
            model E<F, C>(x: node[F]) -> node[C] {
              param W: [F, C] init glorot
              let h = x @ W
              let e = layer_norm(edgewise { h[src] * h[dst] })
              return aggregate(sum) { e[edge] }
            }
            """)
    }

    /// The names follow the instance rules of layers: a number an explicit `as` took is skipped, and
    /// a name may not be used twice.
    func testAutomaticNamesSkipNamesTakenByAs() throws {
        let m = try lower("""
            model M<F, C>(x: node[F]) -> node[C] {
              param W: [F, C] init glorot
              let a = layer_norm(x @ W) as layer_norm_0
              return layer_norm(a)
            }
            """)
        XCTAssertEqual(names(m, .param), ["W", "layer_norm_0.weight", "layer_norm_0.bias", "layer_norm_1.weight", "layer_norm_1.bias"])
    }
}
