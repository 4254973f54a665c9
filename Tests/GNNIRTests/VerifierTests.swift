// Verifier: accepts the fixtures and reports each kind of broken module with id, op and place.
import GNNDiagnostics
import GNNIR
import XCTest

final class VerifierTests: XCTestCase {
    let f = Dim.sym("F")

    func module(_ ops: [GNNIR.Operation], results: [ValueID]? = nil, dimParams: [String] = ["F"]) -> GraphModule {
        GraphModule(name: "M", dimParams: dimParams, ops: ops, results: results ?? [ValueID(ops.count - 1)])
    }

    func input(_ name: String = "x", _ type: TensorType? = nil) -> GNNIR.Operation {
        GNNIR.Operation(name: name, opcode: .input, type: type ?? .node([f]))
    }

    func problems(_ m: GraphModule) -> [String] { Verifier.verify(m).map(\.description) }

    func testFixturesVerify() throws {
        XCTAssertEqual(Verifier.verify(try Fixtures.gcn()), [])
        XCTAssertEqual(Verifier.verify(try Fixtures.gat()), [])
    }

    func testOperandsMustBeDefinedEarlier() {
        let m = module([
            input(),
            GNNIR.Operation(opcode: .unary(.relu), operands: [ValueID(2)], type: .node([f])),
            GNNIR.Operation(opcode: .unary(.relu), operands: [ValueID(1)], type: .node([f])),
        ])
        XCTAssertEqual(Verifier.verify(m).map(\.id), [.irBadOperand])
        XCTAssertEqual(problems(m), ["error[E406]: %0: operand 0 uses %1 before its definition (ops must be in SSA order, which also rules out cycles)"])
    }

    func testSelfReferenceIsACycle() {
        let m = module([input(), GNNIR.Operation(opcode: .unary(.relu), operands: [ValueID(1)], type: .node([f]))])
        XCTAssertEqual(Verifier.verify(m).map(\.id), [.irBadOperand])
    }

    func testOperandsMustExist() {
        let m = module([input(), GNNIR.Operation(opcode: .unary(.relu), operands: [ValueID(7)], type: .node([f]))])
        XCTAssertEqual(problems(m), ["error[E402]: %0: operand 0 refers to value 7, which does not exist"])
    }

    func testNamesAreUniqueAndNotNumeric() {
        let loc = SourceFile(name: "m.gir", text: "line one\nline two\n")
        var first = input("x")
        first.location = loc.range(0, 4)
        var second = input("x")
        second.location = loc.range(9, 13)
        let dup = Verifier.verify(module([first, second]))
        XCTAssertEqual(dup.map(\.description), ["m.gir:2:1: error[E405]: %x: value is defined twice (first as op 0)"])
        XCTAssertEqual(dup.first?.notes.first?.range?.start.description, "m.gir:1:1")
        XCTAssertEqual(problems(module([input("12")])),
                       ["error[E411]: %12: value name '12' must start with a letter or '_' and continue with letters, digits, '_' or '.'"])
        XCTAssertEqual(Verifier.verify(module([input("a b")])).map(\.id), [.irBadName])
    }

    func testWrittenTypeMustMatchTheRule() {
        let m = module([input(), GNNIR.Operation(opcode: .unary(.relu), operands: [ValueID(0)], type: .node([Dim(3)]))])
        XCTAssertEqual(problems(m), ["error[E404]: %0: relu has type f32[N, 3], but its operands give f32[N, F]"])
    }

    func testRuleErrorsCarryTheRuleMessage() {
        let gatherOfEdge = module([input("e", .edge([f])), GNNIR.Operation(opcode: .gather(.src), operands: [ValueID(0)], type: .edge([f]))])
        XCTAssertEqual(problems(gatherOfEdge), ["error[E404]: %0: gather.src reads a node value, got f32[E, F]"])
        let badP = module([input(), GNNIR.Operation(opcode: .dropout, operands: [ValueID(0)], attributes: Attributes(["p": .float(1.5)]), type: .node([f]))])
        XCTAssertEqual(problems(badP), ["error[E407]: %0: dropout needs 0 <= p < 1"])
        let arity = module([input(), GNNIR.Operation(opcode: .binary(.add), operands: [ValueID(0)], type: .node([f]))])
        XCTAssertEqual(problems(arity), ["error[E406]: %0: add takes 2 operands, got 1"])
    }

    func testInputsAreNodeOrEdgeAndParamsGlobal() {
        XCTAssertEqual(problems(module([input("x", .global([f]))])), ["error[E404]: %x: input must be a node, edge or graph value, or a scalar"])
        let param = GNNIR.Operation(name: "W", opcode: .param, attributes: Attributes(["init": .ident("glorot")]), type: .node([f]))
        XCTAssertEqual(problems(module([param])), ["error[E404]: %W: param must be a global value (no N, E or G axis)"])
    }

    func testDimensionSymbolsMustBeParameters() {
        XCTAssertEqual(problems(module([input("x", .node([.sym("K"), .sym("K")]))])),
                       ["error[E409]: %x: type f32[N, K, K] uses dimension 'K', which is not a model dimension parameter <F>"])
        XCTAssertEqual(problems(module([input("x", .node([.sym("F")]))], dimParams: [])),
                       ["error[E409]: %x: type f32[N, F] uses dimension 'F', which is not a model dimension parameter (the model declares none)"])
    }

    func testDomainAxesAreNeverFeatureDimensions() {
        XCTAssertEqual(problems(module([input("x", .node([Dim.sym("N").multiplying(Dim(2))!]))])),
                       ["error[E410]: %x: type f32[N, 2*N] uses 'N' as a feature dimension; it may only be the leading domain axis"])
        XCTAssertEqual(problems(module([input()], dimParams: ["F", "E", "F"])), [
            "error[E410]: 'E' names the edge axis and cannot be a dimension parameter",
            "error[E411]: dimension parameter 'F' is declared twice",
        ])
    }

    func testResultsMustExist() {
        XCTAssertEqual(problems(module([input()], results: [])), ["error[E408]: model @M returns no value"])
        XCTAssertEqual(problems(module([input()], results: [ValueID(0), ValueID(3)])),
                       ["error[E402]: model @M returns value 3, which does not exist"])
    }

    func testModuleNameMustBeAnIdentifier() {
        var m = module([input()])
        m.name = ""
        XCTAssertEqual(problems(m), ["error[E411]: model name '' is not an identifier"])
    }

    func testDiagnosticsPointAtTheParsedOp() throws {
        let text = "model @M<F> {\n  %x = input : f32[N, F]\n  %0 = rowsum %x : f32[N, F]\n  return %0\n}\n"
        let (m, _) = Fixtures.parse(text, name: "r.gir")
        let d = try XCTUnwrap(Verifier.verify(try XCTUnwrap(m)).first)
        XCTAssertEqual(d.description, "r.gir:3:3: error[E404]: %0: rowsum has type f32[N, F], but its operands give f32[N, 1]")
        XCTAssertEqual(d.range?.end.column, 29)
    }

    func testEveryProblemIsReportedNotJustTheFirst() {
        let m = module([
            input("x", .node([.sym("K")])),
            GNNIR.Operation(opcode: .gather(.src), operands: [ValueID(9)], type: .edge([f])),
            GNNIR.Operation(opcode: .edgeSoftmax, operands: [ValueID(0)], type: .node([.sym("K")])),
        ], results: [])
        XCTAssertEqual(Verifier.verify(m).map(\.id), [.irUnknownDimension, .irUnknownValue, .irTypeMismatch, .irUnknownDimension, .irMissingResult])
    }
}
