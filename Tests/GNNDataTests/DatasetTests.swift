// Feature normalisation as PyG's NormalizeFeatures: minimum shift, row sums clamped to at least 1.
import XCTest
import GNNData

final class DatasetTests: XCTestCase {
    func dataset(_ features: [Float], f: Int) -> Dataset {
        let n = features.count / f
        return Dataset(name: "t", numNodes: n, numFeatures: f, numClasses: 2, features: features, labels: .init(repeating: 0, count: n),
                       src: [], dst: [], trainIndex: [], valIndex: [], testIndex: [])
    }

    func testNonNegativeRowsAreDividedByTheirSumAndZeroRowsStay() {
        let d = dataset([1, 0, 3, 0, 0, 0, 0.25, 0.25, 0], f: 3)
        XCTAssertEqual(d.normalizedFeatures(), [0.25, 0, 0.75, 0, 0, 0, 0.25, 0.25, 0], "a row summing below 1 is divided by 1")
    }

    func testNegativeFeaturesAreShiftedByTheGlobalMinimumFirst() {
        let d = dataset([-0.5, 0.5, 0.25, -0.25], f: 2)
        // x - min = [0, 1, 0.75, 0.25]; sums 1 and 1.
        XCTAssertEqual(d.normalizedFeatures(), [0, 1, 0.75, 0.25])
        let s = try! Datasets.load("synthetic:50,100,16,3,1").normalizedFeatures()
        XCTAssertTrue(s.allSatisfy { $0 >= 0 && $0 <= 1 })
        for row in 0..<50 { XCTAssertEqual(s[row * 16..<(row + 1) * 16].reduce(0, +), 1, accuracy: 1e-5) }
    }
}
