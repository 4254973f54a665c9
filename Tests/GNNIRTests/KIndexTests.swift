// Kernel IR index arithmetic: the folds its operators apply, and the ones they must not.
import XCTest
import GNNIR

final class KIndexTests: XCTestCase {
    func testProductDividedByItsFactorFolds() {
        let h = KIndex.v("h"), f = KIndex.v("f"), c = KIndex.dim(Dim(symbol: "C"))
        XCTAssertEqual((h * .lit(8)) / .lit(8), h)
        XCTAssertEqual((c * h) / c, h)
        // Not a product of the divisor: integer division must stay.
        XCTAssertEqual((h * .lit(8) + f) / .lit(8), .div(.add(.mul(h, .lit(8)), f), .lit(8)))
        XCTAssertEqual((h * .lit(8)) / .lit(4), .div(.mul(h, .lit(8)), .lit(4)))
        XCTAssertEqual(h / .lit(1), h)
    }
}
