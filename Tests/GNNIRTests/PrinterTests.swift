// IRPrinter: the exact `.gir` text of hand-built modules, and the rules that keep it stable.
import GNNDiagnostics
import GNNIR
import XCTest

final class PrinterTests: XCTestCase {
    func testGCNPrintsExactly() throws {
        XCTAssertEqual(IRPrinter.print(try Fixtures.gcn()), Fixtures.gcnText)
    }

    func testGATPrintsExactly() throws {
        XCTAssertEqual(IRPrinter.print(try Fixtures.gat()), Fixtures.gatText)
    }

    func testOptionalLinesAreOmittedWhenEmpty() throws {
        var b = GraphBuilder(name: "M")
        let x = try b.add(.input, attributes: Attributes(["name": .string("x")]), name: "x", declared: .node([Dim(4)]))
        b.setResults([try b.add(.unary(.relu), [x])])
        XCTAssertEqual(IRPrinter.print(b.module), """
        model @M {
          %x = input {name = "x"} : f32[N, 4]
          %0 = relu %x : f32[N, 4]
          return %0
        }

        """)
    }

    func testTemporariesAreNumberedAmongTemporariesOnlyAndMultipleResultsPrint() throws {
        var b = GraphBuilder(name: "M", dimParams: ["F"])
        let x = try b.add(.input, name: "x", declared: .edge([.sym("F")]))
        let a = try b.add(.unary(.exp), [x])
        let named = try b.add(.unary(.neg), [a], name: "n")
        let c = try b.add(.binary(.add), [named, a])
        b.setResults([c, named])
        let text = IRPrinter.print(b.module)
        XCTAssertEqual(text, """
        model @M<F> {
          %x = input : f32[E, F]
          %0 = exp %x : f32[E, F]
          %n = neg %0 : f32[E, F]
          %1 = add %n, %0 : f32[E, F]
          return %1, %n
        }

        """)
    }

    func testAttributesPrintSortedWhateverTheInsertionOrder() {
        var a = Attributes()
        a["zeta"] = .int(1)
        a["alpha"] = .ident("x")
        a["mid"] = .float(0.5)
        var b = Attributes()
        b["mid"] = .float(0.5)
        b["zeta"] = .int(1)
        b["alpha"] = .ident("x")
        XCTAssertEqual(a.description, "{alpha = x, mid = 0.5, zeta = 1}")
        XCTAssertEqual(a.description, b.description)
    }

    func testAttributeValueSpellings() {
        let cases: [(Attribute, String)] = [
            (.int(-3), "-3"), (.float(1), "1.0"), (.float(5e-4), "0.0005"), (.float(1e-7), "1e-07"),
            (.float(.nan), "nan"), (.float(-.infinity), "-inf"), (.float(.infinity), "inf"),
            (.string("a\"b\\c\nd\te"), "\"a\\\"b\\\\c\\nd\\te\""), (.string("x\r\ny"), "\"x\\r\\ny\""),
            (.dims([Dim(8), .sym("F"), Dim.sym("H").multiplying(.sym("FO"))!]), "<8, F, FO*H>"),
            (.list([.int(1), .ident("a"), .list([])]), "[1, a, []]"),
        ]
        for (value, text) in cases { XCTAssertEqual(value.description, text) }
    }

    func testTypesPrintTheirDomainAxis() {
        XCTAssertEqual(TensorType.node([Dim(16)]).description, "f32[N, 16]")
        XCTAssertEqual(TensorType.edge([.sym("H"), Dim(1)], .bf16).description, "bf16[E, H, 1]")
        XCTAssertEqual(TensorType.global([.sym("F"), Dim(16)]).description, "f32[F, 16]")
        XCTAssertEqual(TensorType.scalar.description, "f32[]")
    }

    func testPrintingIsDeterministicAndEndsWithANewline() throws {
        let m = try Fixtures.gat()
        let first = IRPrinter.print(m)
        XCTAssertEqual(first, IRPrinter.print(m))
        XCTAssertTrue(first.hasSuffix("}\n"))
        XCTAssertFalse(first.hasSuffix("\n\n"))
    }

    func testValueNamesMatchThePrintedSpelling() throws {
        let names = IRPrinter.valueNames(try Fixtures.gcn())
        XCTAssertEqual(Array(names.prefix(4)), ["%x", "%gcn_conv_0.W", "%0", "%1"])
        XCTAssertEqual(names[8], "%gcn_conv_0.agg")
    }

    func testABrokenModuleStillPrints() {
        let m = GraphModule(name: "B", ops: [GNNIR.Operation(opcode: .unary(.relu), operands: [ValueID(5)], type: .node([Dim(1)]))],
                            results: [ValueID(9)])
        let text = IRPrinter.print(m)
        XCTAssertTrue(text.contains("%0 = relu %<invalid 5> : f32[N, 1]"), text)
        XCTAssertTrue(text.contains("return %<invalid 9>"), text)
    }
}
