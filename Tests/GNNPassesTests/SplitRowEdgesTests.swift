// SplitRowEdges on a hand-written narrow row: the variant gives the row a warp, turns the edge
// sum inside the lane loop into a slot reduction, and leaves wide or store-reading rows alone.
import XCTest
import GNNIR
@testable import GNNPasses

final class SplitRowEdgesTests: XCTestCase {
    let n = KIndex.dim(Dim(symbol: "N"))

    func kernel(_ laneBody: [KStmt], extent: Int = 4, lanes: Int = 4) -> Kernel {
        let row: [KStmt] = [.laneLoop(variable: "jv", start: .zero, end: .lit(extent), body: laneBody), .laneSync]
        return Kernel(name: "k5_agg", comment: "aggregate", body: [.loop(variable: "v", start: .zero, end: n, parallel: true, body: row)], lanes: lanes)
    }

    var edgeSum: [KStmt] {
        [.letValue("acc", .const(0)),
         .loop(variable: "q", start: .load(2, .v("v")), end: .load(2, .v("v") + .lit(1)), parallel: false, body: [
            .assign("acc", .binary(.add, .local("acc"), .load(4, .load(3, .v("q")) * .lit(4) + .v("jv")))),
         ]),
         .store(5, .v("v") * .lit(4) + .v("jv"), .local("acc"))]
    }

    func run(_ k: Kernel) -> Kernel {
        SplitRowEdges.run(KernelProgram(name: "p", dimParams: [], kernels: [k])).kernels[0]
    }

    func testEdgeSumBecomesASlotReductionInAWarpWideVariant() throws {
        let k = run(kernel(edgeSum))
        let v = try XCTUnwrap(k.variants.first)
        XCTAssertEqual([v.name, "\(v.lanes)", "\(v.slots)", "\(v.featureLanes)"], ["k5_agg_split", "32", "8", "4"])
        guard case .loop(_, _, _, true, let row) = v.body[0], case .laneLoop(_, _, _, let lane) = row[0] else { return XCTFail("\(v.body)") }
        guard case .slotReduce("q", _, _, let partials, _) = lane[1] else { return XCTFail("\(lane)") }
        XCTAssertEqual(partials.map(\.into), ["acc"])
        XCTAssertEqual(lane[2], edgeSum[2], "the store stays (slot 0 makes it)")
        XCTAssertEqual(k.body, kernel(edgeSum).body, "the kernel itself is unchanged")
    }

    func testRowsThatAreAlreadyAWarpOrReadWhatTheyStoreGetNoVariant() {
        XCTAssertTrue(run(kernel(edgeSum, lanes: 32)).variants.isEmpty)
        XCTAssertTrue(run(kernel(edgeSum, extent: 2)).variants.isEmpty, "lanes 2 and 3 would miss the shuffles")
        let rereads = edgeSum + [.store(6, .v("v") * .lit(4) + .v("jv"), .load(5, .v("v") * .lit(4) + .v("jv")))]
        XCTAssertTrue(run(kernel(rereads)).variants.isEmpty, "another slot would read what slot 0 stored")
    }
}
