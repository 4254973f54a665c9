// Edge data through the self-loop setting: kept edges' rows in order, then one row per node whose
// values follow PyG (add_remaining_self_loops for a number, add_self_loops(fill_value='mean')).
import XCTest
import GNNIR

final class SelfLoopFillTests: XCTestCase {
    /// 3 nodes; edges 0->1 (w 2), 1->1 (a loop, w 5), 2->1 (w 4), 1->2 (w 6), two columns each (w, 10w).
    let graph = GraphData(numNodes: 3, src: [0, 1, 2, 1], dst: [1, 1, 1, 2])
    let rows: [Float] = [2, 20, 5, 50, 4, 40, 6, 60]

    func testAddWithANumberKeepsAnExistingLoopsRowAsAddRemainingSelfLoops() {
        let added = graph.applyingSelfLoops("add")
        XCTAssertEqual(added.src, [0, 2, 1, 0, 1, 2])
        XCTAssertEqual(added.dst, [1, 1, 2, 0, 1, 2])
        XCTAssertEqual(graph.edgeValuesApplyingSelfLoops("add", rows, width: 2, fill: .value(1)),
                       [2, 20, 4, 40, 6, 60, /* loops */ 1, 1, 5, 50, 1, 1])
    }

    func testAddWithMeanAveragesTheIncomingNonLoopRows() {
        // Node 1's in-edges without its loop: 0->1 (2, 20) and 2->1 (4, 40); node 2's: 1->2; node 0 has none.
        XCTAssertEqual(graph.edgeValuesApplyingSelfLoops("add", rows, width: 2, fill: .mean),
                       [2, 20, 4, 40, 6, 60, 0, 0, 3, 30, 6, 60])
    }

    func testNoneLeavesTheRowsAsTheyAre() {
        XCTAssertEqual(graph.edgeValuesApplyingSelfLoops("none", rows, width: 2, fill: .mean), rows)
        XCTAssertEqual(graph.edgeValuesApplyingSelfLoops(nil, rows, width: 2, fill: nil), rows)
    }

    func testTheFillIsReadFromTheGraphSettingsAttribute() {
        XCTAssertEqual(SelfLoopFill(.float(2)), .value(2))
        XCTAssertEqual(SelfLoopFill(.ident("mean")), .mean)
        XCTAssertNil(SelfLoopFill(nil))
        XCTAssertNil(SelfLoopFill(.ident("median")))
    }
}
