// Golden tests of every ModelSpec's stages (AST outline, graph IR), plus verifier and round trip.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNCompiler
import GNNTestSupport

final class ModelSpecGoldenTests: XCTestCase {
    static let specs = modelSpecNames

    func load(_ name: String) throws -> SourceFile {
        switch Compiler.load(path: repoRoot() + "/ModelSpecs/\(name).gnn") {
        case .success(let f): return SourceFile(name: "ModelSpecs/\(name).gnn", text: f.text)
        case .failure(let d): throw d
        }
    }

    func golden(_ file: String) -> String { repoRoot() + "/Tests/GNNCompilerTests/golden/\(file)" }

    /// The ModelSpecs folder and this list must agree, so a new spec cannot go untested.
    func testEveryModelSpecIsCovered() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: repoRoot() + "/ModelSpecs")
            .filter { $0.hasSuffix(".gnn") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertEqual(onDisk, Self.specs.sorted())
    }

    func testGraphIRMatchesGolden() throws {
        for name in Self.specs {
            let out = Compiler.compile(try load(name), emit: .gir)
            XCTAssertEqual(out.diagnostics, [], "\(name): \(out.renderDiagnostics())")
            assertGolden(out.text ?? "", path: golden("\(name).gir"))
        }
    }

    /// `gnnc compile --backward`: the forward, the loss and the generated backward program.
    func testBackwardGraphIRMatchesGolden() throws {
        for name in Self.specs {
            let out = Compiler.compile(try load(name), emit: .gir, backward: true)
            XCTAssertEqual(out.diagnostics, [], "\(name): \(out.renderDiagnostics())")
            assertGolden(out.text ?? "", path: golden("\(name).bwd.gir"))
        }
    }

    /// The later stages: optimised graph IR (forward, forward+backward), kernel IR, and C.
    func testLaterStagesMatchGoldens() throws {
        let stages: [(EmitStage, Bool, String)] = [
            (.optGir, false, "opt.gir"), (.optGir, true, "bwd.opt.gir"), (.kir, false, "kir"), (.kir, true, "bwd.kir"),
            (.c, false, "c"), (.c, true, "bwd.c"), (.cu, false, "cu"), (.cu, true, "bwd.cu"),
        ]
        for name in Self.specs {
            for (stage, backward, suffix) in stages {
                let out = Compiler.compile(try load(name), emit: stage, backward: backward)
                XCTAssertEqual(out.diagnostics, [], "\(name) \(suffix): \(out.renderDiagnostics())")
                assertGolden(out.text ?? "", path: golden("\(name).\(suffix)"))
            }
        }
    }

    /// `--precision f16|bf16`: the storage types low-precision-storage chose (the last graph pass,
    /// so from opt-gir on), the kernels that accumulate in f32 locals and round once on store, and the C and
    /// CUDA that widen on load and round on store; GCN and GAT, forward and backward.
    func testLowPrecisionStagesMatchGoldens() throws {
        let stages: [(EmitStage, Bool, String)] = [(.optGir, true, "bwd.opt.gir"), (.kir, false, "kir"), (.kir, true, "bwd.kir"), (.c, true, "bwd.c"), (.cu, true, "bwd.cu")]
        for name in ["gcn", "gat"] {
            for precision in [Precision.f16, .bf16] {
                for (stage, backward, suffix) in stages where precision == .f16 || stage == .optGir || stage == .kir {
                    let out = Compiler.compile(try load(name), emit: stage, backward: backward, precision: precision)
                    XCTAssertEqual(out.diagnostics, [], "\(name) \(precision) \(suffix): \(out.renderDiagnostics())")
                    assertGolden(out.text ?? "", path: golden("\(name).\(precision.rawValue).\(suffix)"))
                }
                // Optimised IR with storage types prints, parses and prints again unchanged.
                let printed = try XCTUnwrap(Compiler.compile(try load(name), emit: .optGir, backward: true, precision: precision).text)
                let (parsed, diagnostics) = IRParser.parse(SourceFile(name: "\(name).gir", text: printed))
                XCTAssertEqual(diagnostics, [], name)
                let module = try XCTUnwrap(parsed, name)
                XCTAssertEqual(Verifier.verify(module), [], name)
                XCTAssertEqual(IRPrinter.print(module), printed)
            }
        }
    }

    func testASTOutlineMatchesGolden() throws {
        for name in Self.specs {
            let out = Compiler.compile(try load(name), emit: .ast)
            XCTAssertEqual(out.diagnostics, [], "\(name): \(out.renderDiagnostics())")
            assertGolden(out.text ?? "", path: golden("\(name).ast"))
        }
    }

    /// Printing, parsing and printing again is the identity, and the parsed module verifies.
    func testPrintParsePrintIsIdentity() throws {
        for name in Self.specs {
            let printed = try XCTUnwrap(Compiler.compile(try load(name), emit: .gir).text, name)
            let (parsed, diagnostics) = IRParser.parse(SourceFile(name: "\(name).gir", text: printed))
            XCTAssertEqual(diagnostics, [], name)
            let module = try XCTUnwrap(parsed, name)
            XCTAssertEqual(Verifier.verify(module), [], name)
            XCTAssertEqual(IRPrinter.print(module), printed, "\(name): print(parse(print(m))) differs")
        }
    }

    /// Dataset dimensions stay symbolic (D: an edge input's width): the same spec runs on Cora, CiteSeer and synthetic graphs.
    func testModelDimensionsAreBoundAtRunTime() throws {
        for name in Self.specs {
            let printed = try XCTUnwrap(Compiler.compile(try load(name), emit: .gir).text, name)
            XCTAssertTrue(printed.contains("<F, C>") || printed.contains("<F, C, D>"), name)
            XCTAssertTrue(printed.contains("input {name = \"x\"} : f32[N, F]"), name)
            XCTAssertFalse(printed.contains("1433"), "\(name) hard-codes Cora's feature count")
        }
    }

    /// Each printed file is deterministic: compiling twice in one process gives the same text.
    func testOutputIsDeterministic() throws {
        for name in Self.specs {
            let a = Compiler.compile(try load(name), emit: .gir).text
            let b = Compiler.compile(try load(name), emit: .gir).text
            XCTAssertEqual(a, b, name)
        }
    }
}
