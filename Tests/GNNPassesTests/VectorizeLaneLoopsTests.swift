// VectorizeLaneLoops on hand-written lane loops: unroll-and-jam by 4 with 16-byte loads and
// stores where the row start is a multiple of 4, left alone where a branch depends on the feature,
// and lane groups narrowed to the lanes the loops use.
import XCTest
import GNNIR
@testable import GNNPasses

final class VectorizeLaneLoopsTests: XCTestCase {
    let n = KIndex.dim(Dim(symbol: "N"))

    func program(_ body: [KStmt], lanes: Int = 32) -> KernelProgram {
        let k = Kernel(name: "k", comment: "", body: [.loop(variable: "v", start: .zero, end: n, parallel: true, body: body)], lanes: lanes)
        let buffers = (0..<6).map { KBuffer(name: "b\($0)", dtype: $0 < 4 ? .i32 : .f32, elements: Dim(symbol: "N"), role: .temp) }
        return KernelProgram(name: "p", dimParams: [], buffers: buffers, kernels: [k])
    }

    func rowBody(_ p: KernelProgram) -> [KStmt] {
        guard case .loop(_, _, _, true, let body) = p.kernels[0].body[0] else { XCTFail("no row loop"); return [] }
        return body
    }

    /// The aggregation of 16 features: 4 lanes, each summing 4 consecutive features of every
    /// neighbour with one vector load per edge and one vector store.
    func testAggregationOfSixteenFeaturesUsesFourLanesAndVectors() {
        let body: [KStmt] = [.laneLoop(variable: "j", start: .zero, end: .lit(16), body: [
            .letValue("acc", .const(0)),
            .loop(variable: "q", start: .zero, end: .lit(3), parallel: false, body: [
                .assign("acc", .binary(.add, .local("acc"), .load(4, .load(0, .v("q")) * .lit(16) + .v("j")))),
            ]),
            .store(5, .v("v") * .lit(16) + .v("j"), .local("acc")),
        ]), .laneSync]
        let p = VectorizeLaneLoops.run(program(body))
        XCTAssertEqual(p.kernels[0].lanes, 4)
        guard case .laneLoop("jv", .zero, .lit(4), let inner) = rowBody(p)[0] else { return XCTFail("\(rowBody(p))") }
        XCTAssertEqual(Array(inner.prefix(4)), (0..<4).map { .letValue("acc_\($0)", .const(0)) })
        guard case .loop("q", _, _, false, let edge) = inner[4] else { return XCTFail("\(inner)") }
        let names = (0..<4).map { "jvec1_\($0)" }
        XCTAssertEqual(edge[0], .loadVector(names: names, buffer: 4, index: .load(0, .v("q")) * .lit(16) + .v("jv") * .lit(4)))
        XCTAssertEqual(Array(edge[1...]), (0..<4).map { .assign("acc_\($0)", .binary(.add, .local("acc_\($0)"), .local(names[$0]))) })
        XCTAssertEqual(inner[5], .storeVector(buffer: 5, index: .v("v") * .lit(16) + .v("jv") * .lit(4), values: (0..<4).map { .local("acc_\($0)") }))
    }

    /// A row start that is not a multiple of 4 (rows of 6) keeps scalar loads in each copy.
    func testUnalignedRowsAreJammedWithScalarAccesses() {
        let body: [KStmt] = [.laneLoop(variable: "j", start: .zero, end: .lit(4), body: [
            .store(5, .v("v") * .lit(6) + .v("j"), .load(4, .v("v") * .lit(6) + .v("j"))),
        ])]
        let inner = rowBody(VectorizeLaneLoops.run(program(body))).first?.nestedBody ?? []
        XCTAssertEqual(inner.count, 4)
        XCTAssertEqual(inner[3], .store(5, .v("v") * .lit(6) + (.v("jv") * .lit(4) + .lit(3)), .load(4, .v("v") * .lit(6) + (.v("jv") * .lit(4) + .lit(3)))))
    }

    func testBranchOnTheFeatureIsNotJammed() {
        let body: [KStmt] = [.laneLoop(variable: "j", start: .zero, end: .lit(16), body: [
            .letValue("x", .load(4, .v("v") * .lit(16) + .v("j"))),
            .ifNonzero(.local("x"), [.store(5, .v("v") * .lit(16) + .v("j"), .local("x"))]),
        ])]
        XCTAssertEqual(rowBody(VectorizeLaneLoops.run(program(body))), body)
    }

    func testSymbolicWidthsKeepTheWholeWarp() {
        let body: [KStmt] = [.laneLoop(variable: "j", start: .zero, end: .dim(Dim(symbol: "C")), body: [
            .store(5, .v("v") * .dim(Dim(symbol: "C")) + .v("j"), .const(0)),
        ])]
        let p = VectorizeLaneLoops.run(program(body))
        XCTAssertEqual(p.kernels[0].lanes, 32)
        XCTAssertEqual(rowBody(p), body)
    }
}
