// End-to-end tests of `gnnc compile`: every ModelSpec to graph IR and back through `gnnc opt`, the AST outline, -o, and diagnostics.
import Foundation
import XCTest

final class CompileCommandTests: XCTestCase {

    // MARK: - --emit gir, and the round trip through `gnnc opt`

    /// Compiles a ModelSpec to graph IR, then feeds that IR back through `gnnc opt --passes verify`,
    /// which must print it unchanged.
    func checkGIRRoundTrip(_ model: String, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let dir = try makeTempDirectory()
        let compiled = try gnnc("compile", Inputs.spec(model), "--emit", "gir", in: dir)
        assertExit(compiled, 0, file: file, line: line)
        XCTAssertTrue(compiled.stdout.hasPrefix("model @"), "gir output does not start with 'model @':\n\(compiled)", file: file, line: line)
        XCTAssertTrue(compiled.stdout.hasPrefix("model @\(name)<F, C> {\n") || compiled.stdout.hasPrefix("model @\(name)<F, C, D> {\n"),
                      "gir output is not model @\(name):\n\(compiled)", file: file, line: line)
        assertContains(compiled.stdout, "\n  return ", "gir output", file: file, line: line)
        assertContains(compiled.stdout, "\n  %x = input {name = \"x\"} : f32[N, F]\n", "gir output", file: file, line: line)
        XCTAssertTrue(compiled.stdoutLines.contains { $0.hasPrefix("train {") }, "gir output has no train block:\n\(compiled)", file: file, line: line)
        XCTAssertEqual(compiled.stderr, "", "a clean spec writes nothing to stderr", file: file, line: line)

        let girFile = dir.appendingPathComponent("\(model).gir")
        try write(compiled.stdout, to: girFile)
        let reprinted = try gnnc("opt", girFile.path, "--passes", "verify", in: dir)
        assertExit(reprinted, 0, file: file, line: line)
        XCTAssertEqual(reprinted.stderr, "", file: file, line: line)
        XCTAssertEqual(reprinted.stdout, compiled.stdout, "graph IR of \(model).gnn does not survive gnnc opt unchanged", file: file, line: line)
    }

    func testAPPNPCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("appnp", named: "APPNP") }
    func testGATCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gat", named: "GAT") }
    func testGCNCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gcn", named: "GCN") }
    func testGINCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gin", named: "GIN") }
    func testSAGECompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("sage", named: "SAGE") }
    func testSGCCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("sgc", named: "SGC") }
    func testGATv2CompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gatv2", named: "GATv2") }
    func testTransformerCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("transformer", named: "Transformer") }
    func testGCNIICompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gcnii", named: "GCNII") }
    func testGINEpsCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gin_eps", named: "GINEps") }
    func testSAGEMaxCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("sage_max", named: "SAGEMax") }
    func testResGatedCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("resgated", named: "ResGatedGCN") }
    func testChebCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("cheb", named: "Cheb") }
    func testPNACompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("pna", named: "PNA") }
    func testGCNEdgeWeightsCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gcn_ew", named: "GCNEdgeWeights") }
    func testGINECompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gine", named: "GINE") }
    func testGINGraphCompilesToGIRAndRoundTrips() throws { try checkGIRRoundTrip("gin_graph", named: "GINGraph") }

    func testEveryModelSpecIsRoundTripTested() throws {
        let specs = try FileManager.default.contentsOfDirectory(atPath: Inputs.root + "/ModelSpecs")
            .filter { $0.hasSuffix(".gnn") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertEqual(specs, Inputs.modelSpecs, "ModelSpecs/ changed: add a round-trip test for each new spec")
    }

    func testGIRIsTheDefaultStage() throws {
        let explicit = try gnnc("compile", Inputs.spec("gcn"), "--emit", "gir")
        let implicit = try gnnc("compile", Inputs.spec("gcn"))
        assertExit(implicit, 0)
        XCTAssertTrue(implicit.stdout.hasPrefix("model @GCN<F, C> {\n"), implicit.description)
        XCTAssertEqual(implicit.stdout, explicit.stdout)
        XCTAssertEqual(implicit.stderr, "")
    }

    func testGIROfGCNNamesItsLayersAndTrainBlock() throws {
        let r = try gnnc("compile", Inputs.spec("gcn"), "--emit", "gir")
        assertExit(r, 0)
        XCTAssertEqual(r.stdoutLines.first, "model @GCN<F, C> {")
        assertContains(r.stdout, "  graph {self_loops = add}\n")
        assertContains(r.stdout, "  %x = input {name = \"x\"} : f32[N, F]\n")
        assertContains(r.stdout, "  %conv1.W = param {init = glorot} : f32[F, 16]\n")
        assertContains(r.stdout, "  %conv2.W = param {init = glorot} : f32[16, C]\n")
        XCTAssertTrue(r.stdoutLines.contains { $0.hasPrefix("train {") && $0.contains("epochs = 200") }, r.description)
    }

    /// A dimension used as a number, an element-wise function of a number and a layer's number
    /// argument compile to the graph IR of the constants written out; a dimension the dataset binds
    /// is refused as a number.
    func testCompileTimeNumbersLowerToTheConstantsWrittenOut() throws {
        let dir = try makeTempDirectory()
        let symbolic = dir.appendingPathComponent("symbolic.gnn"), written = dir.appendingPathComponent("written.gnn")
        try write("""
        layer lin<FI, FO>(h: node[FI], gain: number = 2) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W * (rsqrt(FO) * log(exp(gain)))
        }
        model M<F>(x: node[F]) -> node[4] {
          return lin<16, 4>(lin<F, 16>(x) as l1, gain = 0.5) as l2
        }

        """, to: symbolic)
        try write("""
        layer lin<FI, FO>(h: node[FI], scale: number) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W * scale
        }
        model M<F>(x: node[F]) -> node[4] {
          return lin<16, 4>(lin<F, 16>(x, 0.5) as l1, 0.25) as l2
        }

        """, to: written)
        let a = try gnnc("compile", symbolic.path, "--emit", "gir", in: dir)
        let b = try gnnc("compile", written.path, "--emit", "gir", in: dir)
        assertExit(a, 0)
        assertExit(b, 0)
        XCTAssertEqual(a.stderr, "")
        assertContains(a.stdout, "constant {value = 0.5} : f32[]")
        assertContains(a.stdout, "constant {value = 0.25} : f32[]")
        XCTAssertEqual(a.stdout, b.stdout)

        let bound = dir.appendingPathComponent("bound.gnn")
        try write(try String(contentsOf: symbolic, encoding: .utf8).replacingOccurrences(of: "4", with: "C")
                    .replacingOccurrences(of: "M<F>", with: "M<F, C>"), to: bound)
        // Bound to the dataset's C, FO is a run-time scalar: the dimension itself, then rsqrt of it.
        let c = try gnnc("compile", bound.path, "--emit", "gir", in: dir)
        assertExit(c, 0)
        XCTAssertEqual(c.stderr, "")
        assertContains(c.stdout, "= constant {value = <C>} : f32[]")
        assertContains(c.stdout, "= rsqrt %")
        let kernels = try gnnc("compile", bound.path, "--emit", "c", "--dims", "F=8,C=3", in: dir)
        assertExit(kernels, 0)
        assertContains(kernels.stdout, "gnnc_rsqrt((float)(s_C))")
    }

    // MARK: - --emit ast

    func testASTOutlineOfGCN() throws {
        let r = try gnnc("compile", Inputs.spec("gcn"), "--emit", "ast")
        assertExit(r, 0)
        XCTAssertEqual(r.stderr, "")
        let lines = r.stdoutLines
        func hasLine(_ prefix: String) {
            XCTAssertTrue(lines.contains { $0.hasPrefix(prefix) }, "no AST line starting with \(String(reflecting: prefix)):\n\(r.stdout)")
        }
        hasLine("const HIDDEN = 16")
        hasLine("layer gcn_conv<FI, FO>(h: node[FI]) -> node[FO]")
        hasLine("  param W: [FI, FO] init glorot")
        hasLine("  param b: [FO] init zeros")
        hasLine("model GCN<F, C>(x: node[F]) -> node[C]")
        hasLine("train")
        hasLine("  epochs = 200")
        XCTAssertFalse(r.stdout.hasPrefix("model @"), "--emit ast printed graph IR")
    }

    func testASTOutlineOfEverySpecNamesItsModel() throws {
        let models = ["appnp": "APPNP", "gat": "GAT", "gcn": "GCN", "gin": "GIN", "sage": "SAGE", "sgc": "SGC", "gatv2": "GATv2",
                      "transformer": "Transformer", "gcnii": "GCNII", "gin_eps": "GINEps", "sage_max": "SAGEMax", "resgated": "ResGatedGCN",
                      "cheb": "Cheb", "pna": "PNA", "gcn_ew": "GCNEdgeWeights", "gine": "GINE", "gin_graph": "GINGraph"]
        let dir = try makeTempDirectory()
        for spec in Inputs.modelSpecs {
            let r = try gnnc("compile", Inputs.spec(spec), "--emit", "ast", in: dir)
            assertExit(r, 0)
            XCTAssertEqual(r.stderr, "", spec)
            let model = try XCTUnwrap(models[spec])
            XCTAssertTrue(r.stdoutLines.contains { $0.hasPrefix("model \(model)<") }, "\(spec): no 'model \(model)<' line:\n\(r.stdout)")
        }
    }

    // MARK: - -o FILE

    func testOutputFileHoldsWhatStdoutWouldHave() throws {
        let dir = try makeTempDirectory()
        let toStdout = try gnnc("compile", Inputs.spec("gat"), in: dir)
        assertExit(toStdout, 0)

        let outDir = try makeTempDirectory()
        let r = try gnnc("compile", Inputs.spec("gat"), "-o", "gat.gir", in: outDir)
        assertExit(r, 0)
        XCTAssertEqual(r.stdout, "", "-o prints nothing on stdout")
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(try read(outDir.appendingPathComponent("gat.gir")), toStdout.stdout)
        XCTAssertEqual(try contentsOfDirectory(outDir), ["gat.gir"], "-o left something else behind (a *.tmp* file?)")
    }

    func testOutputFileWithASTStage() throws {
        let toStdout = try gnnc("compile", Inputs.spec("sage"), "--emit", "ast")
        let outDir = try makeTempDirectory()
        let r = try gnnc("compile", Inputs.spec("sage"), "--emit", "ast", "-o", "sage.ast", in: outDir)
        assertExit(r, 0)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(try read(outDir.appendingPathComponent("sage.ast")), toStdout.stdout)
        XCTAssertEqual(try contentsOfDirectory(outDir), ["sage.ast"])
    }

    func testOutputFileReplacesAnExistingFile() throws {
        let dir = try makeTempDirectory()
        let target = dir.appendingPathComponent("out.gir")
        try write("stale contents\n", to: target)
        let expected = try gnnc("compile", Inputs.spec("sgc")).stdout
        let r = try gnnc("compile", Inputs.spec("sgc"), "-o", target.path, in: dir)
        assertExit(r, 0)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(try read(target), expected)
        XCTAssertEqual(try contentsOfDirectory(dir), ["out.gir"])
    }

    func testOutputIntoMissingDirectoryFailsAndCreatesNothing() throws {
        let dir = try makeTempDirectory()
        let r = try gnnc("compile", Inputs.spec("gcn"), "-o", "no/such/dir/gcn.gir", in: dir)
        assertExit(r, 3)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "cannot write", "stderr")
        assertContains(r.stderr, "no/such/dir/gcn.gir", "stderr")
        XCTAssertEqual(try contentsOfDirectory(dir), [], "a failed -o left files behind")
    }

    /// `-o DIR` where DIR is an existing directory must fail and leave DIR alone (a regression
    /// test: writeAtomically once removed the target recursively before renaming).
    func testOutputOntoAnExistingDirectoryKeepsTheDirectory() throws {
        let dir = try makeTempDirectory()
        let target = dir.appendingPathComponent("out", isDirectory: true)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let precious = target.appendingPathComponent("precious.txt")
        try write("keep me\n", to: precious)

        let r = try gnnc("compile", Inputs.spec("gcn"), "-o", "out", in: dir)
        assertExit(r, 3)
        XCTAssertEqual(r.stdout, "")
        XCTAssertFalse(r.stderr.isEmpty)
        XCTAssertEqual(try read(precious), "keep me\n")
        XCTAssertEqual(try contentsOfDirectory(dir), ["out"], "a failed -o left files behind")
    }

    // MARK: - Diagnostics

    func testSpecWithThreeErrorsReportsAllThree() throws {
        let r = try gnnc("compile", Inputs.diagnostics("three_errors.gnn"))
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "", "nothing is printed on stdout when the spec has errors")
        assertContains(r.stderr, "three_errors.gnn:3:26: error[E310]", "stderr")
        assertContains(r.stderr, "three_errors.gnn:8:13: error[E305]", "stderr")
        assertContains(r.stderr, "three_errors.gnn:12:18: error[E322]", "stderr")
        XCTAssertEqual(r.stderrLines.filter { $0.contains(": error[") }.count, 3, r.stderr)
        // Each error quotes its source line with a caret under the offending token.
        assertCaret(in: r.stderr, excerptContaining: "param W: [FI, FO] init xavier", under: "xavier")
        assertCaret(in: r.stderr, excerptContaining: "let e = x[src]", under: "src")
        assertCaret(in: r.stderr, excerptContaining: "train { epochs = -3 }", under: "-3")
    }

    func testErrorsInOrderOfPosition() throws {
        let r = try gnnc("compile", Inputs.diagnostics("three_errors.gnn"))
        let positions = ["three_errors.gnn:3:26:", "three_errors.gnn:8:13:", "three_errors.gnn:12:18:"]
            .compactMap { r.stderr.range(of: $0)?.lowerBound }
        XCTAssertEqual(positions.count, 3, r.description)
        XCTAssertEqual(positions, positions.sorted(), "diagnostics are not in source order:\n\(r.stderr)")
    }

    func testSpecWithErrorsAndASTStageStillExitsOne() throws {
        let r = try gnnc("compile", Inputs.diagnostics("three_errors.gnn"), "--emit", "ast")
        assertExit(r, 1)
        assertContains(r.stderr, "three_errors.gnn:3:26: error[E310]", "stderr")
    }

    func testSpecWithErrorsWritesNoOutputFile() throws {
        let dir = try makeTempDirectory()
        let r = try gnnc("compile", Inputs.diagnostics("three_errors.gnn"), "-o", "out.gir", in: dir)
        assertExit(r, 1)
        XCTAssertEqual(try contentsOfDirectory(dir), [], "a spec with errors must not produce an output file")
    }

    func testMissingInputFile() throws {
        let r = try gnnc("compile", "does-not-exist.gnn")
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "cannot read", "stderr")
        assertContains(r.stderr, "does-not-exist.gnn", "stderr")
    }

    func testDirectoryAsInputFile() throws {
        let dir = try makeTempDirectory()
        let r = try gnnc("compile", dir.path, in: dir)
        assertExit(r, 1)
        XCTAssertEqual(r.stdout, "")
        assertContains(r.stderr, "cannot read", "stderr")
    }
}
