// Regression tests for front-end bugs fixed in Sources/GNNSpec: recovery cascades, a depth leak, stack overflows, hangs, floods of errors.
import Foundation
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec

final class FrontEndRegressionTests: XCTestCase {
    func compile(_ text: String) -> FrontEndResult {
        SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text))
    }

    func located(_ ds: [Diagnostic]) -> [String] {
        ds.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.id.rawValue)" }
    }

    static let layerHeader = "layer l<F>(h: node[F]) -> node[F] {\n  param W: [F, F] init glorot\n"
    static let modelFooter = "model M<F>(x: node[F]) -> node[F] {\n  return l<F>(x)\n}\n"

    // MARK: recovery (found by the mutation test: duplicating '@' in gcn.gnn gave E202, E308 and E203)

    /// A statement that fails inside brackets used to skip to its own `}` and take it for the end of
    /// the enclosing body: the layer lost its `return` (E308) and the `return` became a stray
    /// top-level declaration (E203).
    func testBrokenStatementInsideBracketsDoesNotCloseTheBody() {
        let text = Self.layerHeader + "  let agg = aggregate(sum) { (h @ @ W)[src] * h[src] }\n  return agg\n}\n" + Self.modelFooter
        let r = compile(text)
        XCTAssertEqual(located(r.diagnostics), ["3:35 E202"])
    }

    /// An expression cut off at the end of its line used to swallow the whole next line.
    func testIncompleteExpressionDoesNotSwallowTheNextStatement() {
        let text = Self.layerHeader + "  let a = h +\n  let c = relu(h)\n  return c\n}\n" + Self.modelFooter
        XCTAssertEqual(located(compile(text).diagnostics), ["4:3 E202"])
    }

    /// An unclosed call used to swallow the `return` on the next line (then E308 'l' does not return).
    func testUnclosedCallDoesNotSwallowTheReturn() {
        let text = Self.layerHeader + "  let a = relu(h\n  return h\n}\n" + Self.modelFooter
        XCTAssertEqual(located(compile(text).diagnostics), ["4:3 E201"])
    }

    /// A call left open on the last line of a body must not take the body's `}` with it.
    func testUnclosedCallOnTheLastLineKeepsTheBodyClosed() {
        let text = Self.layerHeader + "  return relu(h\n}\n" + Self.modelFooter
        let r = compile(text)
        XCTAssertEqual(located(r.diagnostics), ["4:1 E201"])
        XCTAssertEqual(r.ast.decls.count, 2)
    }

    /// The same in a train block: a setting broken inside braces used to end the block at its own
    /// `}`, and the settings after it became stray top-level text (E203).
    func testBrokenTrainSettingDoesNotEndTheBlock() {
        let text = Self.layerHeader + "  return h\n}\n" + Self.modelFooter + "train {\n  loss = edgewise { a @ @ b }\n  epochs = 5\n}\n"
        let r = compile(text)
        XCTAssertEqual(located(r.diagnostics), ["9:25 E202"])
        XCTAssertEqual(ASTPrinter.print(r.ast).components(separatedBy: "\n").filter { $0.contains("epochs = 5") }.count, 1)
    }

    // MARK: nesting depth

    /// A refused nesting level was counted and never released, so each E206 lowered the limit for
    /// everything after it.
    func testNestingLimitDoesNotLeakAfterAnOverflow() {
        func nested(_ n: Int) -> String { String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n) }
        let deepest = (1...300).last { Parser.parse(SourceFile(name: "t", text: "const X = \(nested($0))")).1.isEmpty } ?? 0
        XCTAssertGreaterThan(deepest, 0)
        let text = "const A = \(nested(500))\nconst B = \(nested(500))\nconst C = \(nested(deepest))\n"
        XCTAssertEqual(Parser.parse(SourceFile(name: "t", text: text)).1.map(\.id), [.nestingTooDeep, .nestingTooDeep])
    }

    /// Left-leaning chains (`x + x + ...`, `.view(...)` after `.view(...)`, `[src][src]...`, `F + F + ...`)
    /// were not counted as nesting, and the checker's recursion over the deep tree overflowed the stack.
    func testLongChainsAreNestingErrorsNotStackOverflows() {
        let terms = Array(repeating: "x", count: 5000)
        let bodies = [
            terms.joined(separator: " + "),
            terms.joined(separator: " * "),
            "x" + String(repeating: ".view(F)", count: 3000),
            "edgewise { x" + String(repeating: "[src]", count: 5000) + " }",
            String(repeating: "- ", count: 5000) + "x",
        ]
        for body in bodies {
            let r = compile("model M<F>(x: node[F]) -> node[F] {\n  let a = \(body)\n  return x\n}\n")
            XCTAssertEqual(r.diagnostics.map(\.id), [.nestingTooDeep], String(body.prefix(30)))
        }
        let dims = Array(repeating: "F", count: 5000)
        for sep in [" + ", " * "] {
            let r = compile("model M<F>(x: node[F]) -> node[\(dims.joined(separator: sep))] {\n  return x\n}\n")
            XCTAssertEqual(r.diagnostics.map(\.id), [.nestingTooDeep], sep)
        }
        // A chain of ordinary length still compiles.
        let ok = compile("model M<F>(x: node[F]) -> node[F] {\n  return \(terms.prefix(150).joined(separator: " + "))\n}\n")
        XCTAssertEqual(ok.diagnostics, [])
        XCTAssertEqual(ok.module?.ops.filter { $0.opcode == .binary(.add) }.count, 149)
    }

    /// Nested `repeat` blocks were not counted as nesting (stack overflow); too deep a loop is one
    /// diagnostic, not one per level.
    func testDeeplyNestedRepeatIsOneDiagnostic() {
        func loops(_ n: Int) -> String {
            "model M<F>(x: node[F]) -> node[F] {\n  var h = x\n" + String(repeating: "  repeat 1 {\n", count: n)
                + "  h = relu(h)\n" + String(repeating: "  }\n", count: n) + "  return h\n}\n"
        }
        XCTAssertEqual(compile(loops(1000)).diagnostics.map(\.id), [.nestingTooDeep])
        let ok = compile(loops(50))
        XCTAssertEqual(ok.diagnostics, [])
        XCTAssertEqual(ok.module?.ops.filter { $0.opcode == .unary(.relu) }.count, 1)
    }

    // MARK: layer chains

    /// A long (non-recursive) chain of layers calling layers overflowed the stack twice: in the
    /// recursive cycle search, and while inlining the instances.
    func testLongChainOfLayersIsReportedNotAStackOverflow() {
        func chain(_ n: Int) -> String {
            (1..<n).map { "layer l\($0)<F>(h: node[F]) -> node[F] { return relu(l\($0 + 1)<F>(h)) }\n" }.joined()
                + "layer l\(n)<F>(h: node[F]) -> node[F] { return h }\nmodel M<F>(x: node[F]) -> node[F] { return l1<F>(x) }\n"
        }
        let r = compile(chain(10_000))
        XCTAssertEqual(r.diagnostics.map(\.id), [.programTooLarge])
        XCTAssertTrue(r.diagnostics.first?.message.contains("nested more than") ?? false, "\(r.diagnostics)")
        // Ordinary nesting still lowers, and a cycle in a long chain is still found.
        let ok = compile(chain(20))
        XCTAssertEqual(ok.diagnostics, [])
        XCTAssertEqual(ok.module?.ops.filter { $0.opcode == .unary(.relu) }.count, 19)
        let cyclic = chain(3000).replacingOccurrences(of: "layer l3000<F>(h: node[F]) -> node[F] { return h }",
                                                      with: "layer l3000<F>(h: node[F]) -> node[F] { return l1<F>(h) }")
        let cycle = compile(cyclic)
        XCTAssertEqual(cycle.diagnostics.map(\.id), [.layerRecursion])
    }

    /// An unnamed instance used to take the `<layer>_<k>` name an earlier `as` had already taken, and
    /// so silently shared that instance's parameters.
    func testAutomaticInstanceNameSkipsANameTakenWithAs() throws {
        let text = """
        layer lin<F>(h: node[F]) -> node[F] {
          param W: [F, F] init glorot
          return h @ W
        }
        model M<F>(x: node[F]) -> node[F] {
          let a = lin<F>(x) as lin_1
          let b = lin<F>(a)
          return lin<F>(b)
        }
        """
        let r = compile(text)
        XCTAssertEqual(r.diagnostics, [])
        let m = try XCTUnwrap(r.module)
        XCTAssertEqual(m.ops.filter { $0.opcode == .param }.compactMap(\.name), ["lin_1.W", "lin_0.W", "lin_2.W"])
    }

    /// Each layer's expression depth is bounded by the parser, but inlining stacks them: four
    /// instances of 195 nested calls overflowed the stack of a debug build.
    func testDeepExpressionsThroughLayerInstancesAreReported() {
        let n = 6, depth = 195
        let text = (1..<n).map {
            "layer l\($0)<F>(h: node[F]) -> node[F] { return " + String(repeating: "relu(", count: depth)
                + "l\($0 + 1)<F>(h)" + String(repeating: ")", count: depth) + " }\n"
        }.joined() + "layer l\(n)<F>(h: node[F]) -> node[F] { return h }\nmodel M<F>(x: node[F]) -> node[F] { return l1<F>(x) }\n"
        let r = compile(text)
        XCTAssertEqual(r.diagnostics.map(\.id), [.programTooLarge])
        XCTAssertNil(r.module)
    }

    // MARK: hang

    /// Unrolling was bounded only by the ops it created, so loops whose body creates none spun for
    /// 10^9 iterations.
    func testRepeatWhoseBodyAddsNoOpsStopsAtTheSizeLimit() {
        let text = "model M<F>(x: node[F]) -> node[F] {\n  var h = x\n  repeat 1000 { repeat 1000 { repeat 1000 { h = h } } }\n  return h\n}\n"
        let start = Date()
        let r = compile(text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        XCTAssertEqual(r.diagnostics.map(\.id), [.programTooLarge])
        // A loop of ordinary size with an op-free body is fine.
        XCTAssertEqual(compile("model M<F>(x: node[F]) -> node[F] {\n  var h = x\n  repeat 1000 { h = h }\n  return h\n}\n").diagnostics, [])
    }

    // MARK: floods of errors (the error limit)

    static let model = "model M(x: node[4]) -> node[4] {\n"

    /// A parse error on line 2 and a bad character on each of 30 later lines: the first 20 errors
    /// by position (the parse error among them), then one saying where the front end stopped.
    /// Before, all 31 were reported, and 10,000 such lines were 10,000 diagnostics.
    func testTheErrorLimitKeepsTheFirstErrorsByPosition() {
        let text = Self.model + "  let a = )\n" + (0..<30).map { "  let b\($0) = x $\n" }.joined() + "  return x\n}\n"
        let r = compile(text)
        XCTAssertEqual(r.diagnostics.count, 21)
        XCTAssertEqual(located(Array(r.diagnostics.prefix(2))), ["2:11 E202", "3:14 E101"])
        XCTAssertEqual(r.diagnostics.filter { $0.id == .unexpectedCharacter }.count, 19)
        XCTAssertEqual(located([r.diagnostics[20]]), ["22:15 E505"])
        // The lexer stopped at line 23: the parser did not take that for a missing '}', and the checks
        // (which would add nothing shown) did not run.
        XCTAssertFalse(r.diagnostics.contains { $0.id == .unterminatedBlock || $0.id == .missingReturn })
        let all = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text), errorLimit: .none)
        XCTAssertEqual(all.diagnostics.map(\.id), [.expectedExpression] + Array(repeating: .unexpectedCharacter, count: 30))
        let three = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text), errorLimit: ErrorLimit(3))
        XCTAssertEqual(located(three.diagnostics), ["2:11 E202", "3:14 E101", "4:14 E101", "5:14 E505"])
    }

    /// The parser stops too: of 50 broken statements it reports 21 (one more than the limit, so
    /// the last line can say there are more) and parses no further.
    func testTheParserStopsPastTheErrorLimit() {
        let text = Self.model + String(repeating: "  let = 1\n", count: 50) + "  return x\n}\n"
        XCTAssertEqual(Parser.parse(SourceFile(name: "t.gnn", text: text), errorLimit: .standard).1.count, 21)
        let r = compile(text)
        XCTAssertEqual(r.diagnostics.map(\.id), Array(repeating: .expectedToken, count: 20) + [.tooManyErrors])
        XCTAssertEqual(located([r.diagnostics[20]]), ["22:7 E505"])
    }

    /// And the checks: 100 unknown names are 20 errors and the last line, not 100 checks each
    /// looking for a "did you mean".
    func testTheChecksStopPastTheErrorLimit() {
        let text = Self.model + (0..<100).map { "  let a\($0) = nosuch\($0)\n" }.joined() + "  return x\n}\n"
        let r = compile(text)
        XCTAssertEqual(r.diagnostics.map(\.id), Array(repeating: .unknownName, count: 20) + [.tooManyErrors])
        XCTAssertEqual(located([r.diagnostics[20]]), ["22:13 E505"])
        XCTAssertEqual(SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text), errorLimit: .none).diagnostics.count, 100)
    }

    /// A name too long to be a typo gets no "did you mean": comparing two 30,000-character names
    /// letter by letter took seconds (two half-megabyte names, hours).
    func testAVeryLongUnknownNameIsReportedWithoutASuggestion() {
        let long = String(repeating: "a", count: 30_000)
        let start = Date()
        let r = compile(Self.model + "  let \(long) = x\n  return \(long)b\n}\n")
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        XCTAssertEqual(r.diagnostics.map(\.id), [.unknownName])
        XCTAssertEqual(r.diagnostics.first?.notes, [])
        XCTAssertEqual(compile(Self.model + "  let hidden = x\n  return hiden\n}\n").diagnostics.first?.notes.map(\.message), ["did you mean 'hidden'?"])
    }
}
