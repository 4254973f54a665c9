// low-precision-storage on every ModelSpec's forward and training programs, after the default
// pipeline: which values it stores in f16/bf16 and which it keeps f32, GEMM operands sharing a
// dtype, the verifier after it, idempotence, and the float64 reference unchanged by it.
import Foundation
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNReference
import GNNSpec
import GNNTestSupport
import XCTest

final class LowPrecisionStorageTests: XCTestCase {
    func spec(_ name: String) throws -> GraphModule {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
        let file = SourceFile(name: "\(name).gnn", text: text)
        let result = SpecFrontEnd.compile(file)
        return try XCTUnwrap(result.module, DiagnosticRenderer(sources: [file]).render(result.diagnostics))
    }

    func optimized(_ m: GraphModule, _ precision: Precision) throws -> GraphModule {
        try PassPipeline.run(m, pipeline: PassPipeline.defaultPipeline(precision: precision), verifyEach: true).get()
    }

    static let keptF32: Set<String> = ["param", "constant", "in_degree", "out_degree", "cross_entropy", "cross_entropy_grad", "sum_to", "rowsum"]

    func testEveryModelSpecStoresActivationsLowAndKeepsParametersLossAndStatisticsF32() throws {
        for name in ["gcn", "gat", "sage", "gin", "sgc", "appnp"] {
            let forward = try spec(name)
            for precision in [Precision.f16, .bf16] {
                for m in [forward, try Autodiff.differentiate(forward, lossScale: precision == .f16)] {
                    let typed = try optimized(m, precision)
                    let low = precision.storage
                    let names = IRPrinter.valueNames(typed)
                    let graphOnly = HoistGraphOnly.graphOnly(typed)
                    var lowValues = 0
                    for (i, op) in typed.ops.enumerated() where op.type.dtype.isFloat {
                        let what = "\(name) \(precision) \(names[i]) = \(op.opcode)"
                        let inputName: String? = { if case .string(let s)? = op.attributes["name"] { return s }; return nil }()
                        if op.opcode == .view {
                            XCTAssertEqual(op.type.dtype, typed.type(of: op.operands[0]).dtype, "\(what): a view is its operand's buffer")
                        } else if op.opcode == .convert {
                            XCTAssertEqual(op.type.dtype, low, what)
                        } else if graphOnly[i] || op.type.domain == .global || Self.keptF32.contains("\(op.opcode)")
                                    || ["labels", "train_mask", "loss_scale"].contains(inputName ?? "") {
                            XCTAssertEqual(op.type.dtype, .f32, what)
                        } else {
                            XCTAssertEqual(op.type.dtype, low, what)
                            lowValues += 1
                        }
                        if [.matmul, .matmulNT, .matmulTN].contains(op.opcode) {
                            XCTAssertEqual(typed.type(of: op.operands[0]).dtype, typed.type(of: op.operands[1]).dtype, "\(what): one dtype per GEMM")
                            XCTAssertTrue(op.type.dtype == .f32 || typed.type(of: op.operands[0]).dtype == op.type.dtype,
                                          "\(what): a low-precision result has low-precision operands (cublasGemmEx)")
                        }
                    }
                    XCTAssertGreaterThan(lowValues, 3, "\(name): activations are stored low")
                    XCTAssertEqual(try LowPrecisionStorage(precision).run(typed), typed, "\(name): a second run changes nothing")
                }
            }
        }
    }

    /// Storage is not arithmetic: the reference computes the typed program exactly as the f32 one.
    func testTheReferenceResultsDoNotDependOnStorageTypes() throws {
        let forward = try spec("gat")
        let training = try Autodiff.differentiate(forward)
        let typed = try LowPrecisionStorage(.bf16).run(training)
        XCTAssertNotEqual(typed, training)
        var rng = SplitMix64(state: 3)
        let graph = GraphData(numNodes: 9, src: (0..<30).map { _ in rng.int(9) }, dst: (0..<30).map { _ in rng.int(9) }).applyingSelfLoops("add")
        let dims = ["F": 5, "C": 3]
        var b = ReferenceBindings(dims: dims, training: true, seed: 4)
        b.inputs["x"] = Tensor64(shape: [9, 5], data: (0..<45).map { _ in rng.uniform() })
        b.inputs["labels"] = Tensor64(shape: [9], data: (0..<9).map { _ in Double(rng.int(3)) })
        b.inputs["train_mask"] = Tensor64(shape: [9], data: (0..<9).map { Double($0 % 2) })
        for op in training.ops where op.opcode == .param {
            let shape = try ReferenceInterpreter.concreteShape(op.type, graph, dims)
            b.params[op.name!] = Tensor64(shape: shape, data: (0..<shape.reduce(1, *)).map { _ in rng.uniform() })
        }
        XCTAssertEqual(try ReferenceInterpreter.results(typed, graph: graph, b).map(\.data),
                       try ReferenceInterpreter.results(training, graph: graph, b).map(\.data))
    }

    func testThePrecisionComesFromTheTrainBlockUnlessGiven() throws {
        var m = try spec("gcn")
        XCTAssertEqual(LowPrecisionStorage.precision(of: m), .f32)
        XCTAssertEqual(try LowPrecisionStorage().run(m), m)
        m.train["precision"] = .ident("bf16")
        XCTAssertEqual(LowPrecisionStorage.precision(of: m), .bf16)
        XCTAssertEqual(try LowPrecisionStorage().run(m).type(of: m.results[0]).dtype, .bf16)
        XCTAssertEqual(LowPrecisionStorage.precision(of: m, override: .f32), .f32)
        XCTAssertEqual(try LowPrecisionStorage(.f32).run(m), m)
    }
}
