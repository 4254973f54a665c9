// Printing then parsing gives the same module, and printing again gives the same text.
import GNNDiagnostics
import GNNIR
import XCTest

final class RoundTripTests: XCTestCase {
    func assertRoundTrips(_ m: GraphModule, file: StaticString = #filePath, line: UInt = #line) {
        let text = IRPrinter.print(m)
        let (parsed, diagnostics) = Fixtures.parse(text)
        XCTAssertEqual(diagnostics, [], file: file, line: line)
        guard let parsed else { return XCTFail("did not parse:\n\(text)", file: file, line: line) }
        XCTAssertEqual(parsed, m, file: file, line: line)
        XCTAssertEqual(IRPrinter.print(parsed), text, file: file, line: line)
    }

    func testGCNAndGATRoundTrip() throws {
        assertRoundTrips(try Fixtures.gcn())
        assertRoundTrips(try Fixtures.gat())
    }

    /// max_to and min_to keep their declared type through the text; log_softmax and every loss
    /// and loss gradient print and parse back.
    func testReductionsLogSoftmaxAndLossesRoundTrip() throws {
        for k in LossKind.allCases {
            var b = GraphBuilder(name: "L", dimParams: ["H", "C"])
            let x = try b.add(.input, attributes: Attributes(["name": .string("x")]), name: "x", declared: .node([.sym("H"), .sym("C")]))
            let top = try b.add(.reduceTo(.max), [x], declared: .global([.sym("H"), .sym("C")]))
            let low = try b.add(.reduceTo(.min), [x], declared: .node([.sym("H"), Dim(1)]))
            let s = try b.add(.binary(.sub), [try b.add(.binary(.sub), [x, top]), low])
            let out = try b.add(.view, [try b.add(.logSoftmax, [s])], attributes: Attributes(["shape": .dims([Dim.sym("H").multiplying(.sym("C"))!])]))
            let labels = try b.add(.input, attributes: Attributes(["name": .string("labels")]), name: "labels", declared: TensorType(.i32, .node, []))
            let mask = try b.add(.input, attributes: Attributes(["name": .string("train_mask")]), name: "train_mask", declared: .node([]))
            let loss = try b.add(.loss(k), [out, labels, mask], name: "loss")
            let grad = try b.add(.lossGrad(k), [out, labels, mask])
            b.setResults([out, loss, grad])
            assertRoundTrips(b.module)
            XCTAssertTrue(IRPrinter.print(b.module).contains("= min_to %x : f32[N, H, 1]"), IRPrinter.print(b.module))
        }
    }

    func testParsedModulesVerify() throws {
        for text in [Fixtures.gcnText, Fixtures.gatText] {
            let (m, diagnostics) = IRParser.parseAndVerify(Fixtures.source(text))
            XCTAssertEqual(diagnostics, [])
            XCTAssertNotNil(m)
        }
    }

    func testEveryAttributeKindRoundTrips() throws {
        var b = GraphBuilder(name: "A", dimParams: ["F"])
        let attrs = Attributes([
            "i": .int(42), "neg": .int(Int.min), "max": .int(Int.max), "f": .float(-0.25), "tiny": .float(Double.leastNonzeroMagnitude),
            "big": .float(1.5e300), "ninf": .float(-.infinity), "pinf": .float(.infinity),
            "word": .ident("glorot"), "s": .string("q\"uote\\ \n\t\r é"), "empty": .string(""),
            "d": .dims([Dim(8), .sym("F"), Dim.sym("F").multiplying(Dim(2))!.adding(Dim(-1))!, Dim(0)]),
            "l": .list([.int(1), .list([.float(0.5), .ident("x")]), .dims([]), .list([])]),
        ])
        let x = try b.add(.input, attributes: attrs, name: "x", declared: .node([.sym("F")]))
        b.setResults([x])
        b.setTrain(attrs)
        b.setGraphSettings(Attributes(["self_loops": .ident("add")]))
        assertRoundTrips(b.module)
        XCTAssertTrue(IRPrinter.print(b.module).contains("<8, F, 2*F + -1, 0>"))
    }

    func testNaNRoundTripsAsText() throws {
        var b = GraphBuilder(name: "A")
        b.setResults([try b.add(.input, attributes: Attributes(["v": .float(.nan)]), name: "x", declared: .node([]))])
        let text = IRPrinter.print(b.module)
        let (parsed, _) = Fixtures.parse(text)
        let v = try XCTUnwrap(parsed?.ops[0].attributes["v"]?.asDouble)
        XCTAssertTrue(v.isNaN)
        XCTAssertEqual(IRPrinter.print(try XCTUnwrap(parsed)), text)
    }

    func testCommentsBlankLinesAndLooseSpacingAreAccepted() throws {
        let text = """
        // a leading comment
        model@GCN <F,C>{   // trailing comment

          graph{self_loops=add}
        %x   =   input{name="x // not a comment"}:f32[ N ,F ]
            %gcn_conv_0.W = param { init = glorot } : f32 [F,16]
          %17 = dropout %x {p = 5e-1} : f32[N, F]   // temporaries may use any number
          %3 = matmul %17,%gcn_conv_0.W : f32[N, 16]
          return %3
        }
        train { lr = 1.0e-2 }
        // trailing comment
        """
        let (m, diagnostics) = Fixtures.parse(text)
        XCTAssertEqual(diagnostics, [])
        let module = try XCTUnwrap(m)
        XCTAssertEqual(module.ops[0].attributes["name"], .string("x // not a comment"))
        XCTAssertEqual(IRPrinter.print(module), """
        model @GCN<F, C> {
          graph {self_loops = add}
          %x = input {name = "x // not a comment"} : f32[N, F]
          %gcn_conv_0.W = param {init = glorot} : f32[F, 16]
          %0 = dropout %x {p = 0.5} : f32[N, F]
          %1 = matmul %0, %gcn_conv_0.W : f32[N, 16]
          return %1
        }
        train {lr = 0.01}

        """)
    }

    func testDimsParseAsPolynomials() throws {
        let text = """
        model @D<F, H> {
          %x = input : f32[N, H*F - F + 2*3, F*H]
          return %x
        }
        """
        let (m, diagnostics) = Fixtures.parse(text)
        XCTAssertEqual(diagnostics, [])
        let dims = try XCTUnwrap(m).ops[0].type.dims
        XCTAssertEqual(dims.map(\.description), ["F*H + -1*F + 6", "F*H"])
        XCTAssertEqual(dims[1], Dim.sym("H").multiplying(.sym("F")))
    }

    func testDomainComesFromTheLeadingAxis() throws {
        let text = """
        model @D<F> {
          %a = input : f32[E, F, 1]
          %b = param {init = zeros} : bf16[F, 16]
          %c = constant {value = 1} : f32[]
          return %a
        }
        """
        let m = try XCTUnwrap(Fixtures.parse(text).0)
        XCTAssertEqual(m.ops.map(\.type), [.edge([.sym("F"), Dim(1)]), .global([.sym("F"), Dim(16)], .bf16), .scalar])
        XCTAssertEqual(m.ops.map(\.name), ["a", "b", "c"])
    }

    func testParsedOpsRecordTheirLocation() throws {
        let (m, _) = Fixtures.parse(Fixtures.gcnText, name: "gcn.gir")
        let ops = try XCTUnwrap(m).ops
        let matmul = try XCTUnwrap(ops[3].location)
        XCTAssertEqual(matmul.start.description, "gcn.gir:6:3")
        XCTAssertEqual(matmul.end.line, 6)
        XCTAssertEqual(matmul.end.column, 3 + "%1 = matmul %0, %gcn_conv_0.W : f32[N, 16]".utf8.count)
        XCTAssertEqual(ops.map { $0.location?.start.line }, Array(3...13).map { Optional($0) })
    }
}
