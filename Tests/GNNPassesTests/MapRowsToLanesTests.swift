// MapRowsToLanes on hand-written kernels: which loops are split over lanes, which become shuffle
// reductions, and which must stay whole because their iterations depend on each other.
import XCTest
import GNNIR
@testable import GNNPasses

final class MapRowsToLanesTests: XCTestCase {
    let n = KIndex.dim(Dim(symbol: "N"))
    let c = KIndex.dim(Dim(symbol: "C"))

    /// `parallel for v in 0..<N { body }` as a one-kernel program.
    func mapped(_ body: [KStmt]) -> Kernel {
        let k = Kernel(name: "k", comment: "", body: [.loop(variable: "v", start: .zero, end: n, parallel: true, body: body)])
        return MapRowsToLanes.map(KernelProgram(name: "p", dimParams: ["C"], kernels: [k])).kernels[0]
    }

    func rowBody(_ k: Kernel) -> [KStmt] {
        guard case .loop(_, _, _, true, let body) = k.body[0] else { XCTFail("no row loop"); return [] }
        return body
    }

    func row(_ j: String, width: KIndex) -> KIndex { .v("v") * width + .v(j) }

    func testAggregationFeatureLoopIsSplitOverLanes() {
        let body: [KStmt] = [.loop(variable: "j", start: .zero, end: c, parallel: false, body: [
            .letValue("acc", .const(0)),
            .loop(variable: "q", start: .load(2, .v("v")), end: .load(2, .v("v") + .lit(1)), parallel: false, body: [
                .assign("acc", .binary(.add, .local("acc"), .load(4, .load(3, .v("q")) * c + .v("j")))),
            ]),
            .store(5, row("j", width: c), .local("acc")),
        ])]
        let k = mapped(body)
        XCTAssertEqual(k.lanes, 32)
        guard case .laneLoop("j", _, _, let inner) = rowBody(k).first else { return XCTFail("\(rowBody(k))") }
        XCTAssertEqual(inner, body[0].nestedBody, "the split loop keeps its body")
        XCTAssertEqual(rowBody(k).last, .laneSync)
    }

    /// The k loop of a row's matmul accumulates every output column: splitting it would let lanes
    /// update the same element. Its inner column loop is split instead.
    func testMatmulReductionLoopStaysWholeAndItsColumnLoopSplits() {
        let update = KStmt.store(5, row("c", width: c), .binary(.add, .load(5, row("c", width: c)), .load(6, .v("k") * c + .v("c"))))
        let body: [KStmt] = [.loop(variable: "k", start: .zero, end: .lit(64), parallel: false, body: [
            .letValue("a", .load(4, .v("v") * .lit(64) + .v("k"))),
            .ifNonzero(.local("a"), [.loop(variable: "c", start: .zero, end: c, parallel: false, body: [update])]),
        ])]
        let k = mapped(body)
        guard case .loop("k", _, _, false, let kBody) = rowBody(k).first else { return XCTFail("k was split: \(rowBody(k))") }
        guard case .ifNonzero(_, let guarded) = kBody[1], case .laneLoop("c", _, _, _) = guarded[0] else { return XCTFail("\(kBody)") }
    }

    func testDotProductBecomesAShuffleReductionAndItsStoreGoesToLaneZero() {
        let body: [KStmt] = [
            .letValue("acc", .const(0)),
            .loop(variable: "k", start: .zero, end: c, parallel: false, body: [
                .assign("acc", .binary(.add, .local("acc"), .binary(.mul, .load(4, row("k", width: c)), .load(6, .v("k"))))),
            ]),
            .store(5, .v("v"), .local("acc")),
        ]
        let k = mapped(body)
        let out = rowBody(k)
        guard case .laneReduce("k", _, _, let partials, let inner) = out[1] else { return XCTFail("\(out)") }
        XCTAssertEqual(partials.map(\.into), ["acc"])
        XCTAssertEqual(partials[0].combine, .sum)
        XCTAssertEqual(inner, [.assign(partials[0].name, .binary(.add, .local(partials[0].name), .binary(.mul, .load(4, row("k", width: c)), .load(6, .v("k")))))])
        XCTAssertEqual(Array(out[2...]), [.laneZero([body[2]]), .laneSync])
    }

    func testRunningMaxBecomesAMaxReduction() {
        let body: [KStmt] = [
            .letValue("m", .const(-.infinity)),
            .loop(variable: "k", start: .zero, end: c, parallel: false, body: [.assign("m", .max(.local("m"), .load(4, row("k", width: c))))]),
            .store(5, .v("v"), .local("m")),
        ]
        guard case .laneReduce(_, _, _, let partials, _) = rowBody(mapped(body))[1] else { return XCTFail() }
        XCTAssertEqual(partials.first?.combine, .max)
        XCTAssertEqual(partials.first?.identity, -.infinity)
    }

    /// Iteration j reads what iteration j - 1 wrote (a running sum along the row): not independent.
    func testCarriedDependenceThroughMemoryIsNotSplit() {
        let body: [KStmt] = [.loop(variable: "j", start: .lit(1), end: c, parallel: false, body: [
            .store(5, row("j", width: c), .binary(.add, .load(5, .v("v") * c + .v("j") + .lit(-1)), .load(4, row("j", width: c)))),
        ])]
        let k = mapped(body)
        XCTAssertEqual(k.lanes, 1, "nothing left to split: the kernel keeps a thread per row")
        XCTAssertEqual(k.body, Kernel(name: "k", comment: "", body: [.loop(variable: "v", start: .zero, end: n, parallel: true, body: body)]).body)
    }

    /// An online softmax updates its running max and sum for every edge: the edge loop is not split
    /// (each lane would keep its own statistics); the feature loops inside it are.
    func testLoopUpdatingAnOuterLocalIsNotSplit() {
        let body: [KStmt] = [
            .letValue("total", .const(0)),
            .loop(variable: "q", start: .zero, end: .lit(64), parallel: false, body: [
                .letValue("w", .unary(.exp, Attributes(), .load(4, .v("q")))),
                .assign("total", .binary(.mul, .local("total"), .local("w"))),
                .loop(variable: "f", start: .zero, end: c, parallel: false, body: [
                    .store(5, row("f", width: c), .binary(.add, .load(5, row("f", width: c)), .local("w"))),
                ]),
            ]),
        ]
        let out = rowBody(mapped(body))
        guard case .loop("q", _, _, false, let inner) = out[1] else { return XCTFail("\(out)") }
        guard case .laneLoop("f", _, _, _) = inner[2] else { return XCTFail("\(inner)") }
    }

    func testTwoStoresToOneBufferAtDifferentRowsAreNotSplit() {
        let body: [KStmt] = [.loop(variable: "j", start: .zero, end: c, parallel: false, body: [
            .store(5, row("j", width: c), .const(1)),
            .store(5, .v("j"), .const(2)),
        ])]
        XCTAssertEqual(mapped(body).lanes, 1)
    }

    func testNarrowRowsKeepAThreadEach() {
        let body: [KStmt] = [.loop(variable: "j", start: .zero, end: .lit(4), parallel: false, body: [
            .store(5, row("j", width: .lit(4)), .load(4, row("j", width: .lit(4)))),
        ])]
        XCTAssertEqual(mapped(body).lanes, 1)
        let wide: [KStmt] = [.loop(variable: "j", start: .zero, end: .lit(8), parallel: false, body: [
            .store(5, row("j", width: .lit(8)), .load(4, row("j", width: .lit(8)))),
        ])]
        XCTAssertEqual(mapped(wide).lanes, 32)
    }

    func testKernelsThatAreNotOneParallelLoopAreLeftAlone() {
        let serial = Kernel(name: "loss", comment: "", body: [.letValue("s", .const(0)), .store(1, .zero, .local("s"))])
        XCTAssertEqual(MapRowsToLanes.map(KernelProgram(name: "p", dimParams: [], kernels: [serial])).kernels[0], serial)
    }
}
