// The .kir parser: every program the plan makes (every ModelSpec, mode, target, fusion and
// precision, before and after the kernel passes) prints, parses back equal and prints the same;
// bad text is reported at its line and column, never trapped on.
import GNNDiagnostics
import GNNIR
import GNNPasses
import GNNSpec
import GNNTestSupport
import XCTest

final class KernelParserTests: XCTestCase {
    func parse(_ text: String) -> (KernelProgram?, [Diagnostic]) { KernelParser.parse(SourceFile(name: "t.kir", text: text)) }

    func assertRoundTrips(_ p: KernelProgram, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = KernelPrinter.print(p)
        let (parsed, diagnostics) = parse(text)
        XCTAssertEqual(diagnostics, [], what, file: file, line: line)
        guard let parsed else { return XCTFail("\(what) did not parse", file: file, line: line) }
        XCTAssertEqual(KernelPrinter.print(parsed), text, what, file: file, line: line)
        XCTAssertEqual(parsed, p, "\(what): parsed back to a different program with the same text", file: file, line: line)
    }

    /// The programs of every ModelSpec: scheduled, and after each target's kernel passes.
    func testEveryModelSpecProgramRoundTrips() throws {
        var count = 0
        for name in modelSpecNames {
            let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
            guard let forward = SpecFrontEnd.compile(SourceFile(name: "\(name).gnn", text: text)).module else { return XCTFail(name) }
            for mode in ProgramMode.allCases {
                for precision in Precision.allCases {
                    let passes = PassPipeline.pipeline(for: mode, PassConfiguration(precision: precision))
                    let m = try PassPipeline.run(forward, pipeline: passes, verifyEach: false).get()
                    for fuse in [true, false] {
                        assertRoundTrips(try ScheduleKernels.schedule(m, fuse: fuse, libraryGEMMs: false), "\(name) \(mode) \(precision) fuse=\(fuse) schedule")
                        for target in Target.allCases {
                            assertRoundTrips(try lowered(m, target: target, fuse: fuse), "\(name) \(mode) \(precision) \(target) fuse=\(fuse)")
                            count += 1
                        }
                    }
                }
            }
        }
        XCTAssertEqual(count, modelSpecNames.count * ProgramMode.allCases.count * Precision.allCases.count * 4)
    }

    /// The program `gnnc run` loads on Cora (the plan bound to F = 1433, C = 7) round-trips too.
    func testBoundDimensionsRoundTrip() throws {
        let text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/gat.gnn", encoding: .utf8)
        let forward = try XCTUnwrap(SpecFrontEnd.compile(SourceFile(name: "gat.gnn", text: text)).module)
        let passes = PassPipeline.pipeline(for: .training, PassConfiguration(dims: ["F": 1433, "C": 7]))
        let m = try PassPipeline.run(forward, pipeline: passes, verifyEach: false).get()
        for target in Target.allCases {
            let p = try lowered(m, target: target, dims: ["F": 1433, "C": 7])
            XCTAssertEqual(p.dimValues, ["F": 1433, "C": 7])
            XCTAssertTrue(KernelPrinter.print(p).hasPrefix("kernels @GAT<F = 1433, C = 7> {"), KernelPrinter.print(p).prefix(40).description)
            assertRoundTrips(p, "gat bound \(target)")
        }
        let (_, ds) = parse("kernels @P<F = x> {\n  results\n}\n")
        XCTAssertEqual(ds.map(\.description).first?.hasPrefix("t.kir:1:16: error"), true, "\(ds)")
    }

    /// Forms the schedule does not make today but the IR allows: each prints and reads back.
    func testEveryStatementAndExpressionFormRoundTrips() {
        let f = Dim.sym("F"), n = Dim.sym("N")
        let buffers = [KBuffer(name: "x", dtype: .f16, elements: f.multiplying(n)!, role: .input),
                       KBuffer(name: "deg", dtype: .i32, elements: n.adding(Dim(1))!, role: .graphConstant),
                       KBuffer(name: "out.y", dtype: .bf16, elements: Dim.sym("F").adding(Dim(-1))!, role: .temp)]
        let i: KIndex = .add(.mul(.v("r"), .dim(f)), .v("p"))
        let body: [KStmt] = [
            .loop(variable: "r", start: .zero, end: .dim(n), parallel: true, body: [
                .letIndex("p", .load(1, .v("r"))),
                .assignIndex("p", .div(.mod(.v("p"), .lit(3)), .dim(Dim(-2)))),
                .letValue("acc", .const(-.infinity)),
                .letValue("z", .const(1e-07)),
                .assign("acc", .unaryGrad(.leakyRelu, Attributes(["slope": .float(0.2)]), .local("z"), .unary(.elu, Attributes(), .load(0, i)))),
                .assign("z", .selectEqual(.v("p"), .lit(0), .fromIndex(.v("r")), .dropoutScale(p: 0.5, stream: 3, index: i))),
                .ifEqual(.v("p"), .dim(f), [.block([.store(2, .v("p"), .max(.local("acc"), .min(.const(2), .const(1.5e300))))])]),
                .ifLess(.mul(.lit(16), .dim(f)), .mul(.v("r"), .mul(.v("p"), .lit(2))), []),
                .ifGreater(.local("acc"), .load(0, .v("r")), [.store(2, .zero, .binary(.sub, .local("acc"), .const(0.5)))]),
                .ifNonzero(.local("z"), [.loop(variable: "k", start: .v("p"), end: .dim(n.adding(Dim(1))!), parallel: false, body: [])]),
            ]),
        ]
        let lanes: [KStmt] = [
            .loop(variable: "r", start: .zero, end: .dim(n), parallel: true, body: [
                .letValue("s", .const(0)),
                .laneReduce(variable: "k", start: .zero, end: .dim(f), partials: [LanePartial(name: "ps", into: "s", combine: .sum)], body: [
                    .assign("ps", .binary(.add, .local("ps"), .load(0, .v("k")))),
                ]),
                .slotReduce(variable: "e", start: .zero, end: .lit(4), partials: [], body: []),
                .laneLoop(variable: "c", start: .zero, end: .dim(f), body: [.loadVector(names: ["a", "b", "c2", "d"], buffer: 0, index: .v("c"))]),
                .laneSync,
                .laneZero([.storeVector(buffer: 2, index: .mul(.v("r"), .lit(4)), values: [.local("s"), .const(1), .const(2), .const(3)])]),
            ]),
        ]
        let gemm = GEMM(a: 0, b: 1, out: 2, m: n, n: Dim(16), k: f, transA: true, transB: false)
        var main = Kernel(name: "k0", comment: "", body: body)
        main.variants = [Kernel(name: "k0_split", comment: "edge split | x", body: body, lanes: 8, slots: 2)]
        let p = KernelProgram(name: "Forms", dimParams: ["F"], buffers: buffers,
                              kernels: [main, Kernel(name: "k1", comment: "lanes", body: lanes, lanes: 32, slots: 4),
                                        Kernel(name: "k2", comment: "gemm", body: [], gemm: gemm)],
                              results: [2, 0])
        assertRoundTrips(p, "forms")
    }

    /// A sum of two dimensions prints as the dimension it equals, and reads back as that dimension
    /// (the canonical form the `+` on indices builds).
    func testASumOfDimensionsReadsBackAsTheDimension() throws {
        var p = KernelProgram(name: "S", dimParams: [], buffers: [KBuffer(name: "y", dtype: .f32, elements: Dim(1), role: .temp)], results: [0])
        p.kernels = [Kernel(name: "k0", comment: "", body: [.loop(variable: "v", start: .zero, end: .add(.dim(.sym("N")), .lit(1)), parallel: false, body: [])])]
        let text = KernelPrinter.print(p)
        XCTAssertTrue(text.contains("for v in 0 ..< (N + 1) {"), text)
        let parsed = try XCTUnwrap(parse(text).0)
        XCTAssertEqual(parsed.kernels[0].body, [.loop(variable: "v", start: .zero, end: .dim(Dim.sym("N").adding(Dim(1))!), parallel: false, body: [])])
        XCTAssertEqual(KernelPrinter.print(parsed), text)
    }

    func assertError(_ text: String, _ id: DiagnosticID, _ message: String, at position: String, file: StaticString = #filePath, line: UInt = #line) {
        let (p, diagnostics) = parse(text)
        XCTAssertNil(p, file: file, line: line)
        guard let d = diagnostics.first else { return XCTFail("no diagnostic", file: file, line: line) }
        XCTAssertEqual(d.id, id, d.description, file: file, line: line)
        XCTAssertTrue(d.message.contains(message), d.description, file: file, line: line)
        XCTAssertEqual(d.range.map { "\($0.start.line):\($0.start.column)" }, position, d.description, file: file, line: line)
    }

    static let header = "kernels @P<F> {\n  buffer #0 x : f32[F*N] input\n  buffer #1 y : f32[N] temp\n"

    func testErrorsNameTheirPlace() {
        let h = Self.header
        assertError(h + "  kernel k0 // c\n    parallel for r in 0 ..< N {\n      #1[r] = #2[r]\n    }\n  results #1\n}\n",
                    .kirUnknownName, "#2 is not a buffer", at: "6:15")
        assertError(h + "  kernel k0 // c\n    parallel for r in 0 ..< N {\n      #1[q] = 0.0\n    }\n  results #1\n}\n",
                    .kirUnknownName, "'q' is not a loop variable", at: "6:10")
        assertError(h + "  kernel k0 // c\n    parallel for r in 0 ..< M {\n    }\n  results #1\n}\n",
                    .kirUnknownName, "'M'", at: "5:29")
        assertError(h + "  kernel k0 // c\n    #1[0] = acc\n  results #1\n}\n", .kirUnknownName, "'acc' is not a float local", at: "5:13")
        assertError(h + "  kernel k0 // c\n    #1[0] = sinc(1.0)\n  results #1\n}\n", .kirUnknownName, "unknown function 'sinc'", at: "5:13")
        assertError(h + "  kernel k0 // c\n    #1[0] = dropout_scale{p = 0.5}(0)\n  results #1\n}\n", .kirBadLiteral, "stream", at: "5:13")
        assertError(h + "  buffer #5 z : f32[N] temp\n  results #1\n}\n", .kirBadLiteral, "out of order", at: "4:10")
        assertError(h + "  buffer #2 z : f64x[N] temp\n  results #1\n}\n", .kirSyntax, "unknown element type 'f64x'", at: "4:17")
        assertError(h + "  buffer #2 z : f32[N] scratch\n  results #1\n}\n", .kirSyntax, "unknown buffer role 'scratch'", at: "4:24")
        assertError(h + "  kernel k0 lanes 99999999999999999999 // c\n  results #1\n}\n", .kirBadLiteral, "does not fit", at: "4:19")
        assertError(h + "  kernel k0 // c\n    parallel for r in 0 ..< N {\n  results #1\n}\n", .kirSyntax, "expected", at: "6:3")
        assertError(h + "  results #1\n}\nextra\n", .kirSyntax, "expected end of file", at: "6:1")
        assertError(h + "  kernel k0 // c\n    #1[0] = 1.0 $$$\n  results #1\n}\n", .kirSyntax, "unexpected characters '$$$'", at: "5:17")
        assertError("", .kirSyntax, "expected 'kernels'", at: "1:1")
    }

    /// Hostile nesting is an error, not a stack overflow; truncating a real program anywhere gives an
    /// error (or, at a statement boundary that closes nothing, still a diagnostic), never a trap.
    func testHostileInputIsReportedNotTrappedOn() throws {
        let deep = Self.header + "  kernel k0 // c\n    #1[0] = " + String(repeating: "relu(", count: 5000) + "1.0" + String(repeating: ")", count: 5000)
            + "\n  results #1\n}\n"
        let (p, ds) = parse(deep)
        XCTAssertNil(p)
        XCTAssertTrue(ds.contains { $0.message.contains("nested more than") }, "\(ds)")

        // Bad characters between good tokens: 20 diagnostics (the error limit), then one saying so at
        // the first error not shown; with no limit, every one.
        let (q, many) = parse(String(repeating: "$ x ", count: 5000))
        XCTAssertNil(q)
        XCTAssertEqual(many.count, 21)
        XCTAssertEqual(many.last?.id, .tooManyErrors)
        XCTAssertEqual(many.last?.range?.start.column, 81)
        let all = KernelParser.parse(SourceFile(name: "t.kir", text: String(repeating: "$ x ", count: 5000)), errorLimit: .none).1
        XCTAssertEqual(all.filter { $0.message.hasPrefix("unexpected character") }.count, 5000)
        // Exactly the limit's stray characters and then the parser's error: still 20 and the last line.
        let twenty = parse(String(repeating: "$ ", count: 20) + "x").1
        XCTAssertEqual(twenty.count, 21)
        XCTAssertEqual(twenty.last?.id, .tooManyErrors)
        XCTAssertEqual(twenty.last?.range?.start.column, 41)

        let text = try String(contentsOfFile: repoRoot() + "/Tests/GNNCompilerTests/golden/gat.bwd.kir", encoding: .utf8)
        let bytes = Array(text.utf8)
        for cut in stride(from: 0, to: bytes.count - 3, by: max(1, bytes.count / 400)) {
            let (q, ds) = parse(String(decoding: bytes[..<cut], as: UTF8.self))
            XCTAssertNil(q, "cut at \(cut)")
            XCTAssertFalse(ds.isEmpty, "cut at \(cut)")
        }
    }

    /// What the parser reads, the verifier then judges: a well-formed store into an input.
    func testParseAndVerifyLeavesStructureToTheVerifier() {
        let text = Self.header + "  kernel k0 // c\n    #0[0] = 1.0\n  results #1\n}\n"
        XCTAssertNotNil(parse(text).0)
        let (p, ds) = KernelParser.parseAndVerify(SourceFile(name: "t.kir", text: text))
        XCTAssertNil(p)
        XCTAssertEqual(ds.map(\.id), [.kirBadStore])
    }

    /// Seeded mutations of every kernel pass input (a byte replaced, a line deleted or repeated):
    /// each is refused with a diagnostic, or parses, verifies or not, and then every CUDA kernel
    /// pass runs on it and the result prints and reads back the same. Nothing traps.
    func testMutatedKernelIRNeverTraps() throws {
        let dir = repoRoot() + "/Tests/GNNPassesTests/Inputs"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".kir") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 4)
        var rng = SplitMix64(state: 14)
        let alphabet = Array("0 9-#(){}[]*+/%<>=!.,:^@xNEF\n\t\u{0}é".utf8)
        var parsedCount = 0, verifiedCount = 0
        for name in files {
            let lines = try String(contentsOfFile: dir + "/" + name, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for _ in 0..<150 {
                var mutated = lines.map(String.init)
                let i = Int(rng.next() % UInt64(mutated.count))
                switch rng.next() % 3 {
                case 0:
                    var bytes = Array(mutated[i].utf8)
                    if !bytes.isEmpty { bytes[Int(rng.next() % UInt64(bytes.count))] = alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                    mutated[i] = String(decoding: bytes, as: UTF8.self)
                case 1: mutated.remove(at: i)
                default: mutated.insert(mutated[i], at: i)
                }
                let (p, ds) = parse(mutated.joined(separator: "\n"))
                guard let p else { XCTAssertFalse(ds.isEmpty); continue }
                parsedCount += 1
                guard KernelVerifier.verify(p).isEmpty else { continue }
                verifiedCount += 1
                // A valid program stays valid through every pass (the verifier runs after each).
                switch KernelPassPipeline.run(p, pipeline: KernelPassPipeline.passes(for: .cuda, fuse: true), verifyEach: true) {
                case .failure(let f): XCTFail("\(name): a pass broke a valid program: \(f.diagnostics)\n\(KernelPrinter.print(p))")
                case .success(let out):
                    let text = KernelPrinter.print(out)
                    let back = parse(text).0
                    XCTAssertEqual(back.map(KernelPrinter.print), text, name)
                    if !text.contains("nan") { XCTAssertEqual(back, out, name) }
                }
            }
        }
        // The mutations are not all refused (or the passes would never run on them) nor all accepted.
        XCTAssertGreaterThan(verifiedCount, 20)
        XCTAssertLessThan(parsedCount, files.count * 150)
    }

    /// Dimensions named like the scheduler's loop variables (`j`, `c`) print as `$j` where the kernel
    /// also declares `j`, and every program still reads back.
    func testDimensionsNamedLikeLoopVariablesRoundTrip() throws {
        let renames = [("<F, C>", "<j, c>"), ("node[F]", "node[j]"), ("node[C]", "node[c]"), ("<F, ", "<j, "), (", C>", ", c>")]
        for name in ["gcn", "gat"] {
            var text = try String(contentsOfFile: repoRoot() + "/ModelSpecs/\(name).gnn", encoding: .utf8)
            for (a, b) in renames { text = text.replacingOccurrences(of: a, with: b) }
            let result = SpecFrontEnd.compile(SourceFile(name: "\(name).gnn", text: text))
            let forward = try XCTUnwrap(result.module, "\(result.diagnostics)")
            XCTAssertEqual(forward.dimParams, ["j", "c"])
            var escapedSomewhere = false
            for mode in ProgramMode.allCases {
                let m = try PassPipeline.run(forward, pipeline: PassPipeline.pipeline(for: mode), verifyEach: false).get()
                for target in Target.allCases {
                    let p = try lowered(m, target: target)
                    escapedSomewhere = escapedSomewhere || KernelPrinter.print(p).contains("$j")
                    assertRoundTrips(p, "\(name) \(mode) \(target) with dims j, c")
                }
            }
            XCTAssertTrue(escapedSomewhere, name)
        }
    }

    /// Locals named like the format's words read back as those locals.
    func testLocalsNamedLikeFunctionsAndKeywordsRoundTrip() {
        let body: [KStmt] = [
            .loop(variable: "sum", start: .zero, end: .dim(.sym("N")), parallel: true, body: [
                .letValue("exp", .const(1)),
                .letValue("max", .local("exp")),
                .ifGreater(.const(0), .local("exp"), [.store(0, .v("sum"), .local("max"))]),
                .letValue("kernel", .unary(.exp, Attributes(), .local("exp"))),
                .block([.assign("kernel", .binary(.add, .local("kernel"), .local("max")))]),
            ]),
        ]
        let lanes: [KStmt] = [
            .loop(variable: "r", start: .zero, end: .dim(.sym("N")), parallel: true, body: [
                .letValue("acc", .const(0)),
                .laneReduce(variable: "sum", start: .zero, end: .lit(8), partials: [LanePartial(name: "p", into: "acc", combine: .max)], body: []),
                .laneReduce(variable: "for", start: .zero, end: .lit(8), partials: [], body: []),
            ]),
        ]
        let p = KernelProgram(name: "Words", dimParams: [], buffers: [KBuffer(name: "y", dtype: .f32, elements: .sym("N"), role: .temp)],
                              kernels: [Kernel(name: "k0", comment: "", body: body), Kernel(name: "k1", comment: "", body: lanes, lanes: 32)],
                              results: [0])
        XCTAssertEqual(KernelVerifier.verify(p), [])
        assertRoundTrips(p, "words")
    }

    /// `inf` and `nan` read as constants, so the verifier refuses them as names; so it does a name
    /// the emitters could not spell in C.
    func testTheVerifierRefusesNamesThatCannotReadBack() {
        for bad in ["inf", "nan", "a.b"] {
            let p = KernelProgram(name: "P", dimParams: [], buffers: [KBuffer(name: "y", dtype: .f32, elements: Dim(1), role: .temp)],
                                  kernels: [Kernel(name: "k0", comment: "", body: [.letValue(bad, .const(1)), .store(0, .zero, .local(bad))])],
                                  results: [0])
            XCTAssertEqual(KernelVerifier.verify(p).map(\.id), [.kirBadName], bad)
        }
    }

    /// A product of 100,000 factors is refused at the depth limit, like nested calls.
    func testLongProductChainsAreRefused() {
        let chain = Array(repeating: "r", count: 100_000).joined(separator: " * ")
        let text = Self.header + "  kernel k0 // c\n    parallel for r in 0 ..< N {\n      let q = \(chain)\n    }\n  results #1\n}\n"
        let (p, ds) = parse(text)
        XCTAssertNil(p)
        XCTAssertTrue(ds.contains { $0.message.contains("nested more than") }, "\(ds.prefix(2))")
    }
}
