// Dim: canonical polynomial equality, printing, checked arithmetic and substitution.
import GNNIR
import XCTest

final class DimTests: XCTestCase {
    let h = Dim.sym("H"), fo = Dim.sym("FO"), f = Dim.sym("F")

    func testProductsAreEqualWhateverTheOrder() {
        XCTAssertEqual(h.multiplying(fo), fo.multiplying(h))
        XCTAssertEqual(h.multiplying(fo)?.description, "FO*H")
        XCTAssertEqual(h.multiplying(fo)?.hashValue, fo.multiplying(h)?.hashValue)
    }

    func testLikeTermsMergeAndZeroTermsVanish() throws {
        let twoFPlusOne = try XCTUnwrap(f.adding(f)?.adding(Dim(1)))
        XCTAssertEqual(twoFPlusOne.description, "2*F + 1")
        XCTAssertEqual(twoFPlusOne, try XCTUnwrap(Dim(1).adding(f.multiplying(Dim(2))!)))
        let zero = try XCTUnwrap(f.adding(f.multiplying(Dim(-1))!))
        XCTAssertEqual(zero, Dim(0))
        XCTAssertEqual(zero.description, "0")
        XCTAssertEqual(zero.constantValue, 0)
    }

    func testDistributesProductsOverSums() throws {
        let lhs = try XCTUnwrap(f.adding(Dim(1))?.multiplying(Dim(2)))
        XCTAssertEqual(lhs, try XCTUnwrap(f.multiplying(Dim(2))?.adding(Dim(2))))
        XCTAssertEqual(lhs.description, "2*F + 2")
        XCTAssertNotEqual(lhs, f.multiplying(Dim(2)))
    }

    func testHigherDegreeTermsPrintFirst() throws {
        let d = try XCTUnwrap(Dim(3).adding(f)?.adding(h.multiplying(fo)!))
        XCTAssertEqual(d.description, "FO*H + F + 3")
    }

    func testConstantValueAndSymbols() throws {
        XCTAssertEqual(Dim(16).constantValue, 16)
        XCTAssertNil(f.constantValue)
        XCTAssertTrue(Dim(1).isOne)
        XCTAssertFalse(f.isOne)
        XCTAssertEqual(try XCTUnwrap(h.multiplying(fo)?.adding(f)).symbols, ["F", "FO", "H"])
    }

    func testOverflowReturnsNilInsteadOfTrapping() {
        XCTAssertNil(Dim(Int.max).adding(Dim(1)))
        XCTAssertNil(Dim(Int.max).multiplying(Dim(2)))
        XCTAssertNil(Dim(Int.min).multiplying(Dim(-1)))
        XCTAssertNil(f.multiplying(Dim(Int.max))?.adding(f))
        XCTAssertNotNil(Dim(Int.max).adding(Dim(0)))
    }

    func testSubstitutionBindsSymbols() throws {
        let d = try XCTUnwrap(h.multiplying(fo)?.adding(Dim(1)))
        XCTAssertEqual(d.substituting(["H": Dim(8), "FO": Dim(8)]), Dim(65))
        XCTAssertEqual(d.substituting(["H": Dim(8)])?.description, "8*FO + 1")
        XCTAssertEqual(f.substituting(["F": h.multiplying(Dim(2))!]), h.multiplying(Dim(2)))
        XCTAssertEqual(d.substituting([:]), d)
    }

    func testSubstitutionOverflowReturnsNil() {
        XCTAssertNil(h.multiplying(fo)!.substituting(["H": Dim(Int.max), "FO": Dim(2)]))
    }
}
