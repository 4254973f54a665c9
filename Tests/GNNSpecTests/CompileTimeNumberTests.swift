// Compile-time numbers: dimensions as numbers, element-wise functions folded on numbers, layers with
// number arguments; the lowered IR is what writing the constants out gives.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTestSupport

final class CompileTimeNumberTests: XCTestCase {
    func compile(_ text: String) -> (module: GraphModule?, diagnostics: [Diagnostic]) {
        let r = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text))
        return (r.module, r.diagnostics)
    }

    /// The printed IR of a spec that must compile cleanly.
    func ir(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let r = compile(text)
        XCTAssertEqual(r.diagnostics.map(\.message), [], file: file, line: line)
        let m = try XCTUnwrap(r.module, file: file, line: line)
        XCTAssertEqual(Verifier.verify(m), [], file: file, line: line)
        return IRPrinter.print(m)
    }

    func constants(_ text: String) throws -> [Double] {
        let m = try XCTUnwrap(compile(text).module)
        return m.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble }
    }

    func testDimensionAsNumberLowersToTheSameIRAsTheConstantWrittenOut() throws {
        let symbolic = """
        layer scale<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W * (1.0 / FO) * rsqrt(FO) + log(FI / 4)
        }
        model M<F, C>(x: node[F]) -> node[C] {
          param V: [16, C] init glorot
          return scale<32, 16>(scale<F, 32>(x) as a, ) as b @ V
        }
        """.replacingOccurrences(of: "(x) as a, )", with: "(x) as a)")
        // scale<32, 16>: FO = 16, FI = 32; scale<F, 32> would use FI = F, so only the outer one may
        // read FI: write it with a model that gives both dims.
        let both = """
        layer scale<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W * (1.0 / FO) * rsqrt(FO) + log(FI / 4)
        }
        layer lin<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W
        }
        model M<F, C>(x: node[F]) -> node[C] {
          return lin<16, C>(scale<32, 16>(lin<F, 32>(x)))
        }
        """
        let written = """
        layer scale<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W * 0.0625 * 0.25 + 2.0794415416798357
        }
        layer lin<FI, FO>(h: node[FI]) -> node[FO] {
          param W: [FI, FO] init glorot
          return h @ W
        }
        model M<F, C>(x: node[F]) -> node[C] {
          return lin<16, C>(scale<32, 16>(lin<F, 32>(x)))
        }
        """
        XCTAssertEqual(try ir(both), try ir(written))
        // scale<F, 32> reads FI = F, which only the dataset binds: a run-time scalar, F itself.
        let symbolicIR = try ir(symbolic)
        XCTAssertTrue(symbolicIR.contains("constant {value = <F>} : f32[]"), symbolicIR)
        XCTAssertFalse(symbolicIR.contains("constant {value = <C>}"), symbolicIR)
        // Where a compile-time number is needed, the run-time dimension is refused at the use.
        let repeated = symbolic.replacingOccurrences(of: "return h @ W * (1.0 / FO)", with: "var g = h\n  repeat FI { g = g * 2 }\n  return g @ W * (1.0 / FO)")
        let d = compile(repeated).diagnostics
        XCTAssertEqual(d.map(\.id), [.numberNotKnown])
        XCTAssertTrue(d.first?.message.hasPrefix("'FI' is bound to F, which the dataset sets at run time") ?? false, "\(d)")
        XCTAssertEqual(d.first?.notes.first?.message, "the layer is instantiated here")
    }

    /// A const may call element-wise functions of two operands too: max and min fold to numbers.
    func testConstantsFoldFunctionsOfTwoNumbers() throws {
        let folded = try ir("""
        const A = max(1.5, 2 * 1.5)
        const B = min(A, 2)
        model M<F>(x: node[F]) -> node[F] { return x * A + B }
        """)
        XCTAssertTrue(folded.contains("constant {value = 3.0} : f32[]"), folded)
        XCTAssertTrue(folded.contains("constant {value = 2.0} : f32[]"), folded)
        XCTAssertFalse(folded.contains("maximum") || folded.contains("minimum"), folded)
    }

    /// Every element-wise function with a spec name folds on a number with the op table's float64
    /// value, so a function added to the table folds without a change here.
    func testEveryElementwiseFunctionFoldsWithTheOpTablesValue() throws {
        for u in UnaryOp.allCases {
            let f = u.function
            guard let name = f.specName, f.attributes.allSatisfy({ $0.defaultValue != nil }) else { continue }
            for x in [0.5, 2.0] {
                let expected = f.value(x, f.attributes.map { $0.defaultValue! })
                guard expected.isFinite else { continue }
                let spec = "model M<F>(x: node[F]) -> node[F] {\n  return x * \(name)(\(x))\n}\n"
                let values = try constants(spec)
                XCTAssertEqual(values, [expected], "\(name)(\(x))")
            }
        }
        // With a numeric argument, by position and by name.
        XCTAssertEqual(try constants("model M<F>(x: node[F]) -> node[F] {\n  return x * leaky_relu(-2, 0.5) * elu(-1.0, alpha = 2)\n}\n"),
                       [-1, 2 * (exp(-1.0) - 1)])
    }

    func testNestedFoldingInConstantsAndExpressions() throws {
        let spec = """
        const SCALE = rsqrt(16.0)
        const EULER = exp(1)
        const THIRD = 1.0 / 3
        const L = log(exp(2.0)) * SCALE
        model M<F>(x: node[F]) -> node[F] {
          return x * SCALE + EULER * x - THIRD * x + x * L + x * sigmoid(-log(2.0 / 3))
        }
        """
        let values = try constants(spec)
        XCTAssertEqual(values.count, 5)
        XCTAssertEqual(values[0], 0.25)
        XCTAssertEqual(values[1], exp(1.0))
        XCTAssertEqual(values[2], 1.0 / 3)
        XCTAssertEqual(values[3], log(exp(2.0)) * 0.25)
        XCTAssertEqual(values[4], 1 / (1 + exp(log(2.0 / 3))), accuracy: 1e-15)
    }

    func testNumberArgumentsBindPerInstanceByPositionNameAndDefault() throws {
        let spec = """
        layer mix<F>(h: node[F], h0: node[F], beta: number, alpha: number = 0.1) -> node[F] {
          return (1 - alpha) * h * beta + alpha * h0 + dropout(h0, alpha / 2)
        }
        model M<F>(x: node[F]) -> node[F] {
          let a = mix<F>(x, x, 2.0)
          let b = mix<F>(a, x, log(4.0), alpha = 0.5)
          return mix<F>(b, x, alpha = 0.25, beta = 1.0 / 8)
        }
        """
        let text = try ir(spec)
        let m = try XCTUnwrap(compile(spec).module)
        let values = m.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble }
        XCTAssertEqual(values, [0.9, 2.0, 0.1, 0.5, log(4.0), 0.5, 0.75, 0.125, 0.25])
        let ps = m.ops.filter { $0.opcode == .dropout }.compactMap { $0.attributes["p"]?.asDouble }
        XCTAssertEqual(ps, [0.05, 0.25, 0.125], text)
    }

    /// A layer is checked once with its dimensions and number arguments unknown; what folding
    /// rejects is reported per instance, so a layer never called with a bad value is fine.
    func testLayersAreCheckedGenericallyAndFoldedPerInstance() throws {
        let spec = """
        layer shifted<FI, FO>(h: node[FO], k: number) -> node[FO] {
          return h * log(FI - k) + h / (FI - 8)
        }
        layer never_called<FI, FO>(h: node[FO]) -> node[FO] {
          return h * log(FI - 16) / (FI - FI)
        }
        model M<F>(x: node[F]) -> node[F] {
          return shifted<16, F>(x, 2)
        }
        """
        XCTAssertEqual(compile(spec).diagnostics.map(\.message), [])
        let bad = spec.replacingOccurrences(of: "shifted<16, F>(x, 2)", with: "shifted<8, F>(x, 8)")
        XCTAssertEqual(compile(bad).diagnostics.map(\.message),
                       ["log(0) is infinite; a number computed when the spec is compiled must be finite", "dividing by 0 gives inf or NaN"])
    }

    /// Huge numbers, overflow and conversions to dimensions are diagnosed, never a trap.
    func testHugeNumbersNeverTrap() throws {
        let cases: [(String, [DiagnosticID])] = [
            ("const X = 9223372036854775807\nmodel M<F>(x: node[F]) -> node[F] { return x * (X * X * X) }", []),
            ("const X = 9223372036854775807\nmodel M<F>(x: node[F]) -> node[X * X] { return x }", [.badDimension]),
            ("const D = 2 * 1073741824\nlayer l<A>(h: node[A]) -> node[A] { return h }\nmodel M<F>(x: node[F]) -> node[F] { param W: [D, F] init glorot\n return x }", [.badDimension]),
            ("const D = rsqrt(1.0 / 256)\nmodel M<F>(x: node[F]) -> node[F] { param W: [D, F] init glorot\n return x }", [.badDimension]),
            ("model M<F>(x: node[F]) -> node[F] { repeat 1e300 { x = x }\n return x }", [.badRepeatCount]),
            ("model M<F>(x: node[F]) -> node[F] { return x * exp(exp(10)) }", [.numberOutOfDomain]),
            ("model M<F>(x: node[F]) -> node[F] { return x * (1e308 + 1e308) }", [.numberOutOfDomain]),
            ("model M<F>(x: node[F]) -> node[F] { return x * (-9223372036854775807 - 1 - 1) }", []),
            ("model M<F>(x: node[F]) -> node[F] { return x / (0.0 * -1) }", [.numberOutOfDomain]),
            ("model M<F>(x: node[F]) -> node[F] { return x * (1 / (1.0 / 1e300 / 1e300)) }", [.numberOutOfDomain]),
            ("layer l<A, B>(h: node[B]) -> node[B] { return h * (A * A * A * A) }\n"
             + "model M<F>(x: node[F]) -> node[F] { return l<2147483647, F>(x) }", []),
            ("layer l<A, B>(h: node[B]) -> node[B] { return h * (A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A * A) }\n"
             + "model M<F>(x: node[F]) -> node[F] { return l<2147483647, F>(x) }", [.numberOutOfDomain]),
            ("layer l<A, B>(h: node[B]) -> node[B] { return h * A }\n"
             + "model M<F>(x: node[F]) -> node[F] { return l<F, F>(x) }", []),
            ("layer l<A, B>(h: node[B]) -> node[B] { return dropout(h, 1 / A) }\n"
             + "model M<F>(x: node[F]) -> node[F] { return l<F, F>(x) }", [.badScalarArgument]),
        ]
        for (spec, ids) in cases {
            let d = compile(spec).diagnostics
            XCTAssertEqual(Set(d.map(\.id)), Set(ids), "\(spec)\n\(d.map(\.message))")
        }
    }

    func testNumberArgumentsPrintInTheASTOutline() {
        let spec = "layer l<F>(h: node[F], beta: number, p: number = 0.5) -> node[F] { return h * beta }\n"
        let ast = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: spec)).ast
        XCTAssertTrue(ASTPrinter.print(ast).contains("layer l<F>(h: node[F], beta: number, p: number = 0.5) -> node[F]"),
                      ASTPrinter.print(ast))
    }

    /// GCNII's beta_l = log(lambda / l + 1) with the loop index of `repeat l in 1...K`.
    func testRepeatIndexIsANumberInEachIteration() throws {
        let spec = """
        const K = 4
        const LAMBDA = 0.5
        layer gcnii<F>(h: node[F], h0: node[F], beta: number, alpha: number = 0.1) -> node[F] {
          param W: [F, F] init glorot
          let p = (1 - alpha) * h + alpha * h0
          return (1 - beta) * p + beta * (p @ W)
        }
        model M<F>(x: node[F]) -> node[F] {
          var h = x
          repeat l in 1...K {
            let beta = log(LAMBDA / l + 1)
            h = relu(gcnii<F>(h, x, beta))
          }
          repeat i in -1...0 { h = h * (i + 2) }
          return h
        }
        """
        let m = try XCTUnwrap(compile(spec).module, "\(compile(spec).diagnostics.map(\.message))")
        let values = m.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble }
        let betas = (1...4).map { log(0.5 / Double($0) + 1) }
        XCTAssertEqual(values, betas.flatMap { [0.9, 0.1, 1 - $0, $0] } + [1, 2])
        // One W shared by the four iterations (one call site).
        XCTAssertEqual(m.ops.filter { $0.opcode == .param }.count, 1)
        let ast = ASTPrinter.print(SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: spec)).ast)
        XCTAssertTrue(ast.contains("repeat l in 1...K"), ast)
        XCTAssertTrue(ast.contains("repeat i in (-1)...0"), ast)
    }

    /// A layer's number argument or dimension can be a repeat count, a loop bound or a parameter's
    /// initial value; each instance uses its own.
    func testNumberArgumentsAsRepeatCountsAndInitValues() throws {
        let spec = """
        layer prop<F>(h: node[F], k: number, alpha: number = 0.1) -> node[F] {
          param b: [F] init constant(alpha * 2)
          var z = h
          repeat k { z = (1 - alpha) * aggregate(sum) { z[src] } + alpha * h }
          repeat l in 2...k + 1 { z = z * (1.0 / l) }
          return z + b
        }
        layer scale<D>(h: node[D]) -> node[D] {
          var z = h
          repeat D { z = z * 2 }
          return z
        }
        model M<F>(x: node[F]) -> node[F] {
          return prop<F>(x, 3, alpha = 0.5) + prop<F>(x, 1) + scale<F>(x) * 0 + x
        }
        """
        let r = compile(spec)
        XCTAssertEqual(r.diagnostics.map(\.id), [.numberNotKnown], "repeat D with D bound to F")
        let fixed = spec.replacingOccurrences(of: " + scale<F>(x) * 0", with: "")
        let m = try XCTUnwrap(compile(fixed).module, "\(compile(fixed).diagnostics.map(\.message))")
        XCTAssertEqual(m.ops.filter { if case .aggregate = $0.opcode { return true }; return false }.count, 3 + 1)
        XCTAssertEqual(m.ops.filter { $0.opcode == .param }.compactMap { $0.attributes["value"]?.asDouble }, [1.0, 0.2])
        let values = m.ops.filter { $0.opcode == .constant }.compactMap { $0.attributes["value"]?.asDouble }
        XCTAssertEqual(Array(values.suffix(5)), [1.0 / 3, 1.0 / 4, 0.9, 0.1, 1.0 / 2], "the first instance ends with 1 / l for l in 3...4; the second has 1 / l for l in 2...2")
    }
}
