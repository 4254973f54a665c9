// TypeRules: the result type of every op, and the error each rule gives for bad operands.
import GNNIR
import XCTest

final class TypeRulesTests: XCTestCase {
    let f = Dim.sym("F"), h = Dim.sym("H")

    func type(_ op: Opcode, _ operands: [TensorType], _ attrs: [String: Attribute] = [:],
              declared: TensorType? = nil) throws -> TensorType {
        try TypeRules.resultType(op, operands, Attributes(attrs), declared: declared)
    }

    /// The rule's error, or a test failure when the rule accepted the operands.
    func error(_ op: Opcode, _ operands: [TensorType], _ attrs: [String: Attribute] = [:],
               declared: TensorType? = nil, line: UInt = #line) -> TypeRuleError? {
        do {
            let t = try TypeRules.resultType(op, operands, Attributes(attrs), declared: declared)
            XCTFail("expected a type error, got \(t)", line: line)
            return nil
        } catch {
            return error
        }
    }

    func testInputMustBeNodeOrEdge() throws {
        XCTAssertEqual(try type(.input, [], declared: .node([f])), .node([f]))
        XCTAssertEqual(try type(.input, [], declared: .edge([Dim(1)])), .edge([Dim(1)]))
        XCTAssertEqual(error(.input, [], declared: .global([f]))?.kind, .domain)
        XCTAssertEqual(error(.input, [])?.message, "input must be a node, edge or graph value, or a scalar")
    }

    func testParamMustBeGlobalWithAnInit() throws {
        let glorot: [String: Attribute] = ["init": .ident("glorot")]
        XCTAssertEqual(try type(.param, [], glorot, declared: .global([f, Dim(16)])), .global([f, Dim(16)]))
        XCTAssertEqual(error(.param, [], glorot, declared: .node([f]))?.kind, .domain)
        XCTAssertEqual(error(.param, [], declared: .global([f]))?.kind, .attribute)
        XCTAssertEqual(error(.param, [], ["init": .ident("random")], declared: .global([f]))?.kind, .attribute)
        XCTAssertEqual(error(.param, [], ["init": .ident("constant")], declared: .global([f]))?.message,
                       "param with init = constant needs a numeric value")
        XCTAssertNoThrow(try type(.param, [], ["init": .ident("constant"), "value": .int(3)], declared: .global([f])))
    }

    func testConstantIsAScalar() throws {
        XCTAssertEqual(try type(.constant, [], ["value": .float(2.5)]), .scalar)
        XCTAssertEqual(error(.constant, [])?.kind, .attribute)
    }

    func testUnaryKeepsTypeAndChecksItsParameters() throws {
        XCTAssertEqual(try type(.unary(.relu), [.edge([h, Dim(1)])]), .edge([h, Dim(1)]))
        XCTAssertEqual(error(.unary(.leakyRelu), [.node([f])])?.message, "leaky_relu needs a slope")
        XCTAssertEqual(try type(.unary(.leakyRelu), [.node([f])], ["slope": .float(0.2)]), .node([f]))
        XCTAssertEqual(error(.unary(.elu), [.node([f])])?.message, "elu needs an alpha")
        XCTAssertEqual(error(.unary(.exp), [.node([f]), .node([f])])?.kind, .arity)
    }

    func testBinaryBroadcastsHeadScoresOverFeatures() throws {
        XCTAssertEqual(try type(.binary(.mul), [.edge([h, Dim(1)]), .edge([h, f])]), .edge([h, f]))
        XCTAssertEqual(try type(.binary(.mul), [.edge([h, f]), .edge([h, Dim(1)])]), .edge([h, f]))
        XCTAssertEqual(try type(.binary(.add), [.node([Dim(16)]), .global([Dim(16)])]), .node([Dim(16)]))
        XCTAssertEqual(try type(.binary(.add), [.global([h, f]), .node([f])]), .node([h, f]))
        XCTAssertEqual(try type(.binary(.div), [.node([f]), .scalar]), .node([f]))
    }

    func testBinaryRejectsNodeEdgeMixAndBadShapes() {
        let mix = error(.binary(.add), [.node([f]), .edge([f])])
        XCTAssertEqual(mix?.kind, .domain)
        XCTAssertEqual(mix?.message, "add mixes a node value with an edge value (f32[N, F] and f32[E, F])")
        XCTAssertEqual(error(.binary(.mul), [.node([h, f]), .node([h, Dim(2)])])?.kind, .shape)
        XCTAssertEqual(error(.binary(.sub), [.node([f]), .node([f], .i32)])?.kind, .dtype, "a float never mixes with an integer")
    }

    /// Float dtypes are storage: operands may differ, the result takes their common dtype (f32 when
    /// they differ); `convert` stores its operand as `to`.
    func testFloatStorageTypesPromoteAndConvert() throws {
        XCTAssertEqual(try type(.binary(.sub), [.node([f]), .node([f], .f16)]), .node([f]))
        XCTAssertEqual(try type(.binary(.mul), [.node([f], .bf16), .node([f], .bf16)]), .node([f], .bf16))
        XCTAssertEqual(try type(.matmul, [.node([f], .f16), .global([f, Dim(4)], .f16)]), .node([Dim(4)], .f16))
        XCTAssertEqual(try type(.unary(.relu), [.node([f], .f16)]), .node([f], .f16))
        XCTAssertEqual(try TypeRules.resultType(.convert, [.global([f, Dim(4)])], Attributes(["to": .ident("f16")])), .global([f, Dim(4)], .f16))
        XCTAssertEqual(error(.convert, [.global([f])])?.kind, .attribute)
        XCTAssertEqual(try TypeRules.resultType(.input, [], Attributes(), declared: .scalar), .scalar, "a scalar input (the loss scale)")
    }

    func testMatmul() throws {
        XCTAssertEqual(try type(.matmul, [.node([f]), .global([f, Dim(16)])]), .node([Dim(16)]))
        XCTAssertEqual(try type(.matmul, [.node([h, f]), .global([f, Dim(4)])]), .node([h, Dim(4)]))
        let inner = error(.matmul, [.node([Dim(8)]), .global([Dim(16), Dim(4)])])
        XCTAssertEqual(inner?.kind, .matmul)
        XCTAssertEqual(inner?.message, "@ needs matching inner dimensions: f32[N, 8] @ f32[16, 4] (8 vs 16)")
        XCTAssertEqual(error(.matmul, [.node([f]), .node([f, Dim(4)])])?.kind, .matmul)
        XCTAssertEqual(error(.matmul, [.node([f]), .global([f])])?.kind, .matmul)
        XCTAssertEqual(error(.matmul, [.node([]), .global([f, f])])?.kind, .matmul)
    }

    func testGatherMovesNodeValuesToEdges() throws {
        XCTAssertEqual(try type(.gather(.src), [.node([h, f])]), .edge([h, f]))
        XCTAssertEqual(try type(.gather(.dst), [.node([f])]), .edge([f]))
        let e = error(.gather(.src), [.edge([f])])
        XCTAssertEqual(e?.kind, .domain)
        XCTAssertEqual(e?.message, "gather.src reads a node value, got f32[E, F]")
        XCTAssertEqual(error(.gather(.dst), [.global([f])])?.kind, .domain)
    }

    func testAggregateAndEdgeSoftmaxNeedEdgeValues() throws {
        XCTAssertEqual(try type(.aggregate(.dst, .max), [.edge([f])]), .node([f]))
        XCTAssertEqual(error(.aggregate(.src, .mean), [.node([f])])?.message,
                       "aggregate.src.mean reduces an edge value, got f32[N, F]")
        XCTAssertEqual(try type(.edgeSoftmax, [.edge([h, Dim(1)])]), .edge([h, Dim(1)]))
        XCTAssertEqual(error(.edgeSoftmax, [.node([Dim(1)])])?.kind, .domain)
    }

    func testDegreeIsOnePerNode() throws {
        XCTAssertEqual(try type(.degree(.outDegree), []), .node([Dim(1)]))
        XCTAssertEqual(error(.degree(.inDegree), [.node([f])])?.kind, .arity)
    }

    func testViewPreservesTheElementCount() throws {
        let hf = try XCTUnwrap(h.multiplying(f))
        XCTAssertEqual(try type(.view, [.node([hf])], ["shape": .dims([f, h])]), .node([f, h]))
        let bad = error(.view, [.node([hf])], ["shape": .dims([h, h])])
        XCTAssertEqual(bad?.kind, .shape)
        XCTAssertEqual(bad?.message, "view cannot reshape f32[N, F*H] to <H, H>: element counts differ")
        XCTAssertEqual(error(.view, [.node([f])], ["shape": .dims([f, Dim(2)])])?.kind, .shape)
        XCTAssertEqual(error(.view, [.node([f])])?.kind, .attribute)
    }

    func testRowsumKeepsAUnitAxis() throws {
        XCTAssertEqual(try type(.rowsum, [.node([h, f])]), .node([h, Dim(1)]))
        XCTAssertEqual(error(.rowsum, [.node([])])?.kind, .shape)
    }

    func testConcatAddsTheLastAxes() throws {
        XCTAssertEqual(try type(.concat, [.node([f]), .node([Dim(8)]), .node([f])]).dims.map(\.description), ["2*F + 8"])
        XCTAssertEqual(error(.concat, [.node([f])])?.kind, .arity)
        XCTAssertEqual(error(.concat, [.node([f]), .edge([f])])?.kind, .domain)
        XCTAssertEqual(error(.concat, [.node([h, f]), .node([f])])?.kind, .shape)
    }

    func testMeanHeadsDropsTheHeadAxis() throws {
        XCTAssertEqual(try type(.meanHeads, [.node([h, f])]), .node([f]))
        XCTAssertEqual(error(.meanHeads, [.node([f])])?.kind, .shape)
    }

    func testDropoutNeedsAProbabilityBelowOne() throws {
        XCTAssertEqual(try type(.dropout, [.node([f])], ["p": .float(0.5)]), .node([f]))
        XCTAssertEqual(try type(.dropout, [.node([f])], ["p": .int(0)]), .node([f]))
        XCTAssertEqual(error(.dropout, [.node([f])], ["p": .float(1.0)])?.kind, .attribute)
        XCTAssertEqual(error(.dropout, [.node([f])], ["p": .float(-0.1)])?.kind, .attribute)
        XCTAssertEqual(error(.dropout, [.node([f])])?.kind, .attribute)
    }

    /// max_to and min_to reduce to a declared type as sum_to does (keeping its dtype); there is no
    /// other reduce_to.
    func testMaxToAndMinToReduceToTheirDeclaredType() throws {
        for r in [Reduction.max, .min] {
            XCTAssertEqual(try type(.reduceTo(r), [.node([h, f])], declared: .global([h, f])), .global([h, f]))
            XCTAssertEqual(try type(.reduceTo(r), [.node([h, f])], declared: .node([h, Dim(1)])), .node([h, Dim(1)]))
            XCTAssertEqual(try type(.reduceTo(r), [.node([f], .f16)], declared: .global([f])).dtype, .f32)
            XCTAssertEqual(error(.reduceTo(r), [.node([f])])?.kind, .attribute, "no declared type")
            XCTAssertEqual(error(.reduceTo(r), [.node([f])], declared: .global([h]))?.kind, .shape)
            XCTAssertEqual(error(.reduceTo(r), [.node([f])], declared: .edge([f]))?.kind, .shape)
        }
        XCTAssertEqual(Opcode.reduceTo(.max).description, "max_to")
        XCTAssertEqual(Opcode.reduceTo(.min).description, "min_to")
        XCTAssertEqual(error(.reduceTo(.mean), [.node([f])], declared: .global([f]))?.kind, .attribute)
    }

    func testLogSoftmaxKeepsItsTypeAndNeedsAFeatureAxis() throws {
        XCTAssertEqual(try type(.logSoftmax, [.node([h, f])]), .node([h, f]))
        XCTAssertEqual(try type(.logSoftmax, [.edge([f], .bf16)]), .edge([f], .bf16))
        XCTAssertEqual(error(.logSoftmax, [.node([])])?.kind, .shape)
        XCTAssertEqual(error(.logSoftmax, [.node([f]), .node([f])])?.kind, .arity)
    }

    /// Every loss takes `(output [N, C], labels i32[N], mask [N])`: a scalar loss, a gradient of
    /// the output's type.
    func testEveryLossTakesOutputsLabelsAndAMask() throws {
        let c = Dim.sym("C")
        let operands: [TensorType] = [.node([c]), TensorType(.i32, .node, []), .node([])]
        for k in LossKind.allCases {
            XCTAssertEqual(try type(.loss(k), operands), .scalar, k.rawValue)
            XCTAssertEqual(try type(.lossGrad(k), operands), .node([c]), k.rawValue)
            XCTAssertEqual(Opcode.loss(k).description, k.rawValue)
            XCTAssertEqual(Opcode.lossGrad(k).description, k.rawValue + "_grad")
            XCTAssertEqual(error(.loss(k), [.node([c]), .node([]), .node([])])?.kind, .shape, "float labels")
            XCTAssertEqual(error(.lossGrad(k), [.node([h, c]), TensorType(.i32, .node, []), .node([])])?.kind, .shape, "rank 2")
        }
    }

    func testEveryOpcodeHasAUniquePrintedNameThatParsesBack() {
        let names = Opcode.all.map(\.description)
        XCTAssertEqual(Set(names).count, names.count)
        for op in Opcode.all { XCTAssertEqual(Opcode(name: op.description), op) }
        XCTAssertNil(Opcode(name: "aggregate.dst"))
    }
}
