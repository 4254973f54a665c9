// Parser tests: precedence and postfix forms (via ASTPrinter), line-sensitive calls, layer calls, settings, recovery, nesting limit.
import XCTest
import GNNDiagnostics
import GNNSpec

final class ParserTests: XCTestCase {
    func parse(_ text: String) -> (spec: SpecFile, diagnostics: [Diagnostic]) {
        Parser.parse(SourceFile(name: "t.gnn", text: text))
    }

    /// The outline without the `@line:col` suffixes, one line per node.
    func outline(_ text: String) -> [String] {
        ASTPrinter.print(parse(text).spec).split(separator: "\n").map { line in
            guard let at = line.range(of: " @", options: .backwards) else { return String(line) }
            return String(line[..<at.lowerBound])
        }
    }

    /// How the parser groups one expression, as the fully parenthesised printer shows it.
    func grouped(_ expr: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let (spec, ds) = parse("const X = \(expr)")
        XCTAssertEqual(ds, [], expr, file: file, line: line)
        let printed = ASTPrinter.print(spec)
        guard printed.hasPrefix("const X = "), let at = printed.range(of: " @1:1\n") else {
            XCTFail("unexpected outline for \(expr): \(printed)", file: file, line: line)
            return ""
        }
        return String(printed[printed.index(printed.startIndex, offsetBy: 10)..<at.lowerBound])
    }

    func testAdditiveOperatorsBindLooserThanMultiplicativeOnes() {
        // `*`, `/` and `@` share one level above `+` and `-`; each level is left-associative.
        XCTAssertEqual(grouped("a + b * c @ W"), "(a + ((b * c) @ W))")
        XCTAssertEqual(grouped("a * b + c"), "((a * b) + c)")
        XCTAssertEqual(grouped("a - b * c - d"), "((a - (b * c)) - d)")
        XCTAssertEqual(grouped("a - b - c"), "((a - b) - c)")
        XCTAssertEqual(grouped("a / b * c"), "((a / b) * c)")
        XCTAssertEqual(grouped("h @ W @ V"), "((h @ W) @ V)")
        XCTAssertEqual(grouped("h @ W + b"), "((h @ W) + b)")
        XCTAssertEqual(grouped("(a + b) * c"), "((a + b) * c)")
        XCTAssertEqual(grouped("1 - 0.1"), "(1 - 0.1)")
    }

    func testUnaryMinusBindsTighterThanBinaryOperatorsButLooserThanPostfix() {
        XCTAssertEqual(grouped("-a * b"), "((-a) * b)")
        XCTAssertEqual(grouped("a * -b"), "(a * (-b))")
        XCTAssertEqual(grouped("-h @ W"), "((-h) @ W)")
        XCTAssertEqual(grouped("- -a"), "(-(-a))")
        XCTAssertEqual(grouped("a - -b"), "(a - (-b))")
        XCTAssertEqual(grouped("-h[src]"), "(-h[src])")
        XCTAssertEqual(grouped("-x.view(H, F)"), "(-view(x, H, F))")
    }

    func testPostfixIndexAndViewBindTightest() {
        XCTAssertEqual(grouped("(h @ W)[src] * dn[src]"), "((h @ W)[src] * dn[src])")
        XCTAssertEqual(grouped("h @ W[edge]"), "(h @ W[edge])")
        XCTAssertEqual(grouped("h @ W.view(H, F)"), "(h @ view(W, H, F))")
        XCTAssertEqual(grouped("(h @ W).view(H, FO)"), "view((h @ W), H, FO)")
        XCTAssertEqual(grouped("h.view(H * F)[src]"), "view(h, (H * F))[src]")
        XCTAssertEqual(grouped("rowsum(z * a)[src] + rowsum(z * b)[dst]"), "(rowsum((z * a))[src] + rowsum((z * b))[dst])")
        XCTAssertEqual(grouped("x.view(A, B).view(C)"), "view(view(x, A, B), C)")
    }

    func testCallsBlocksAndLists() {
        XCTAssertEqual(grouped("dropout(relu(x), p = 0.5)"), "dropout(relu(x), p = 0.5)")
        XCTAssertEqual(grouped("leaky_relu(s, 0.2)"), "leaky_relu(s, 0.2)")
        XCTAssertEqual(grouped("in_degree()"), "in_degree()")
        XCTAssertEqual(grouped("aggregate(sum) { h[src] } @ W"), "(aggregate(sum) { h[src] } @ W)")
        XCTAssertEqual(grouped("edgewise { a[src] + b[dst] * 2 }"), "edgewise { (a[src] + (b[dst] * 2)) }")
        XCTAssertEqual(grouped("[conv1, conv2]"), "[conv1, conv2]")
        XCTAssertEqual(grouped("5e-4"), "0.0005")
    }

    func testLayerCallWithDimensionsAndInstanceName() {
        XCTAssertEqual(grouped("gcn_conv<F, 16>(x) as conv1"), "gcn_conv<F, 16>(x) as conv1")
        XCTAssertEqual(grouped("gat_conv<HEADS * HIDDEN, 1, C + 1>(h)"), "gat_conv<(HEADS * HIDDEN), 1, (C + 1)>(h)")
        XCTAssertEqual(grouped("mean_heads(gat<F, H>(dropout(x, 0.6)) as conv2)"), "mean_heads(gat<F, H>(dropout(x, 0.6)) as conv2)")
        // `as` binds to the call, so an instance can be used inside a larger expression.
        XCTAssertEqual(grouped("relu(l<F>(x) as a) + l<F>(x) as b * 2"), "(relu(l<F>(x) as a) + (l<F>(x) as b * 2))")
        // `<dims>` must be followed by the arguments.
        let (_, ds) = parse("const X = l<F> + 1")
        XCTAssertEqual(ds.map(\.id), [.expectedToken])
        XCTAssertTrue(ds.first?.message.contains("'(' and the layer's arguments") ?? false, "\(ds)")
        // `as` needs a name.
        XCTAssertEqual(parse("const X = l<F>(x) as 3").diagnostics.map(\.id), [.expectedToken])
    }

    func testParenthesisOrBracketOnANewLineStartsANewStatement() {
        let text = """
        model M<F>(x: node[F]) -> node[F] {
          let a = relu
          (x)
          let b = relu(
            x)
          let c = b
          [src]
          return b
        }
        """
        let (_, ds) = parse(text)
        // `relu` then `(x)` on the next line is not a call: the `(` line is a stray statement.
        XCTAssertEqual(ds.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.id.rawValue)" }, ["3:3 E207", "7:3 E207"])
        XCTAssertEqual(outline(text), [
            "model M<F>(x: node[F]) -> node[F]",
            "  let a = relu",
            "  let b = relu(x)",
            "  let c = b",
            "  return b",
        ])
        // Arguments may span lines once the `(` is on the callee's line.
        XCTAssertEqual(grouped("f(a,\n  b)"), "f(a, b)")
    }

    func testTrainSettingsWithAndWithoutCommas() {
        let expected = [
            "train",
            "  loss = cross_entropy",
            "  optimizer = adam(lr = 0.01, weight_decay = 0.0005)",
            "  epochs = 200",
            "  weight_decay_on = [conv1, conv2]",
        ]
        let spellings = [
            "train { loss = cross_entropy, optimizer = adam(lr = 0.01, weight_decay = 5e-4), epochs = 200, weight_decay_on = [conv1, conv2] }",
            "train { loss = cross_entropy  optimizer = adam(lr = 0.01, weight_decay = 5e-4)  epochs = 200  weight_decay_on = [conv1, conv2] }",
            "train {\n  loss = cross_entropy\n  optimizer = adam(lr = 0.01, weight_decay = 5e-4)\n  epochs = 200\n  weight_decay_on = [conv1, conv2]\n}",
            "train {\n  loss = cross_entropy,\n  optimizer = adam(lr = 0.01, weight_decay = 5e-4) epochs = 200,\n  weight_decay_on = [conv1, conv2],\n}",
        ]
        for s in spellings {
            XCTAssertEqual(parse(s).diagnostics, [], s)
            XCTAssertEqual(outline(s), expected, s)
        }
        XCTAssertEqual(outline("train {}"), ["train"])
        // A missing `=` is one diagnostic, and the settings after it are still read.
        let broken = "train {\n  loss cross_entropy\n  epochs = 5\n}"
        XCTAssertEqual(parse(broken).diagnostics.map(\.id), [.expectedToken])
        XCTAssertEqual(outline(broken), ["train", "  epochs = 5"])
    }

    func testGraphSettingsWithAndWithoutCommas() {
        for settings in ["self_loops = add", "self_loops = add,", "self_loops = add, cache = yes", "self_loops = add cache = yes",
                         "\n    self_loops = add\n    cache = yes\n  "] {
            let text = "model M<F>(x: node[F]) -> node[F] {\n  graph { \(settings) }\n  return x\n}"
            XCTAssertEqual(parse(text).diagnostics, [], settings)
            let lines = outline(text)
            XCTAssertEqual(lines.prefix(3), ["model M<F>(x: node[F]) -> node[F]", "  graph", "    self_loops = add"], settings)
            XCTAssertEqual(lines.last, "  return x", settings)
            XCTAssertEqual(lines.count, settings.contains("cache") ? 5 : 4, settings)
        }
    }

    func testEachBrokenStatementGivesOneDiagnosticAndLaterDeclarationsAreParsed() {
        let text = """
        layer broken<F>(h: node[F]) -> node[F] {
          let a = h @
          let b = aggregate(sum) { (h @ @ W)[src] * h[src] }
          let c = relu(h
          param W: [F, F] glorot
          return h
        }
        garbage here
        layer ok<F>(h: node[F]) -> node[F] {
          let d = (h + ) * 2
          return h
        }
        model M<F>(x: node[F]) -> node[F] {
          return ok<F>(broken<F>(x))
        }
        """
        let (_, ds) = parse(text)
        let located = ds.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.id.rawValue)" }
        XCTAssertEqual(located, [
            "3:3 E202",   // `h @` then a new line: expected an expression, found 'let'
            "3:33 E202",  // `@ @`
            "5:3 E201",   // `relu(h` unclosed: expected ',' or ')', found 'param'
            "5:19 E201",  // `init` missing
            "8:1 E203",   // stray words at top level
            "10:16 E202", // `(h + )`
        ])
        // The `return` after the broken statements still belongs to the layer, and the declarations
        // after the garbage are all there.
        XCTAssertEqual(outline(text), [
            "layer broken<F>(h: node[F]) -> node[F]",
            "  let a = <invalid>",
            "  let b = <invalid>",
            "  let c = <invalid>",
            "  let W = <invalid>",
            "  return h",
            "layer ok<F>(h: node[F]) -> node[F]",
            "  let d = <invalid>",
            "  return h",
            "model M<F>(x: node[F]) -> node[F]",
            "  return ok<F>(broken<F>(x))",
        ])
        // The whole front end adds nothing: placeholders keep the names defined, so no cascade.
        let all = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text)).diagnostics
        XCTAssertEqual(all.map(\.id), ds.map(\.id), "\(all)")
    }

    func testUnterminatedBodyIsReportedAtItsBraceAndTheNextDeclarationIsParsed() {
        let text = "layer l<F>(h: node[F]) -> node[F] {\n  return h\nmodel M<F>(x: node[F]) -> node[F] {\n  return l<F>(x)\n}\n"
        let (spec, ds) = parse(text)
        XCTAssertEqual(ds.map(\.id), [.unterminatedBlock])
        XCTAssertEqual(ds.first?.range?.start.line, 1)
        XCTAssertEqual(ds.first?.range?.start.column, 35)
        XCTAssertEqual(spec.decls.count, 2)
        XCTAssertEqual(outline(text).last, "  return l<F>(x)")
    }

    func testDeepNestingIsOneE206AndNoCrash() {
        let deep = String(repeating: "(", count: 500) + "x" + String(repeating: ")", count: 500)
        let text = "model M<F>(x: node[F]) -> node[F] {\n  let a = \(deep)\n  return x\n}\n"
        let (spec, ds) = parse(text)
        XCTAssertEqual(ds.map(\.id), [.nestingTooDeep])
        XCTAssertEqual(ds.first?.range?.start.line, 2)
        // The rest of the body is still read.
        XCTAssertEqual(outline(text).last, "  return x")
        XCTAssertEqual(spec.decls.count, 1)
        // The same through the whole front end: one diagnostic, no crash.
        XCTAssertEqual(SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text)).diagnostics.map(\.id), [.nestingTooDeep])
        // Other ways to nest deeply: unary minus, lists, dimension expressions.
        for nested in [String(repeating: "-", count: 500) + "x",
                       String(repeating: "[", count: 500) + String(repeating: "]", count: 500),
                       "l<" + String(repeating: "(", count: 500) + "F" + String(repeating: ")", count: 500) + ">(x)",
                       String(repeating: "f(", count: 500) + String(repeating: ")", count: 500),
                       String(repeating: "edgewise { ", count: 500) + "x" + String(repeating: " }", count: 500)] {
            XCTAssertEqual(parse("const X = \(nested)").diagnostics.map(\.id), [.nestingTooDeep], String(nested.prefix(20)))
        }
    }

    /// After one expression overflowed the nesting limit, an expression just under the limit
    /// still parses (the depth counter must not leak the failed level).
    func testNestingLimitIsTheSameAfterAnOverflow() throws {
        func nested(_ n: Int) -> String { String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n) }
        // The deepest nesting accepted on its own.
        let deepestOK = try XCTUnwrap((1...300).last { parse("const X = \(nested($0))").diagnostics.isEmpty })
        XCTAssertGreaterThanOrEqual(deepestOK, 100)
        XCTAssertLessThan(deepestOK, 500)
        var text = ""
        for k in 0..<3 { text += "const A\(k) = \(nested(500))\n" }
        text += "const B = \(nested(deepestOK))\n"
        let (spec, ds) = parse(text)
        XCTAssertEqual(ds.map(\.id), [.nestingTooDeep, .nestingTooDeep, .nestingTooDeep], "\(ds)")
        XCTAssertEqual(spec.decls.count, 1)
    }

    func testTopLevelRecoverySkipsToTheNextDeclarationKeyword() {
        // `layer` in the middle of a line is not a declaration start; `const` at a line start is.
        let text = "const A = \n) bar layer baz\nconst B = 2\n"
        let (spec, ds) = parse(text)
        XCTAssertEqual(ds.map { "\($0.range!.start.line):\($0.range!.start.column) \($0.id.rawValue)" }, ["2:1 E202"])
        XCTAssertEqual(outline(text), ["const B = 2"])
        XCTAssertEqual(spec.unparsedNames, ["A"])
    }
}
