// Graph collections: block-diagonal batches, stratified folds, and the synthetic graph-classification generator's test vectors.
import XCTest
import GNNData
import GNNIR

final class GraphCollectionTests: XCTestCase {
    /// Two graphs: 0-1 (label 1) and 2-3-4 as a path (label 0); features are the node ids.
    func toy() -> GraphCollection {
        GraphCollection(name: "toy", nodePtr: [0, 2, 5], edgePtr: [0, 2, 6], src: [0, 1, 2, 3, 3, 4], dst: [1, 0, 3, 2, 4, 3],
                        features: [0, 1, 2, 3, 4], numFeatures: 1, labels: [1, 0], numClasses: 2)
    }

    func testABatchPacksWholeGraphsBlockDiagonallyInTheOrderAsked() throws {
        let b = toy().batch([1, 0])
        XCTAssertEqual(b.graph.graphPtr, [0, 3, 5])
        XCTAssertEqual(b.graph.src, [0, 1, 1, 2, 3, 4])
        XCTAssertEqual(b.graph.dst, [1, 0, 2, 1, 4, 3])
        XCTAssertEqual(b.features, [2, 3, 4, 0, 1])
        XCTAssertEqual(b.labels, [0, 1])
        XCTAssertEqual(b.graph.graphOf(), [0, 0, 0, 1, 1])
        XCTAssertNoThrow(try toy().validate("toy"))
    }

    func testValidationRefusesAnEdgeLeavingItsGraph() {
        var d = toy()
        d.dst[2] = 1
        XCTAssertThrowsError(try d.validate("toy")) { XCTAssertEqual(($0 as? DatasetError)?.message, "toy: edge 2 (2, 1) leaves graph 1 (nodes 2..<5)") }
    }

    func testStratifiedFoldsCoverEveryGraphOnceAndKeepTheClassMix() {
        let labels: [Int32] = (0..<103).map { Int32($0 % 3 == 0 ? 1 : 0) }
        let folds = GraphFolds.stratified(labels: labels, k: 10, seed: 12345)
        XCTAssertEqual(folds.flatMap { $0 }.sorted(), Array(0..<103))
        XCTAssertLessThanOrEqual(folds.map(\.count).max()! - folds.map(\.count).min()!, 1)
        for f in folds { XCTAssertTrue((3...4).contains(f.filter { labels[$0] == 1 }.count), "\(f)") }
        XCTAssertEqual(folds, GraphFolds.stratified(labels: labels, k: 10, seed: 12345), "seeded")
        XCTAssertNotEqual(folds, GraphFolds.stratified(labels: labels, k: 10, seed: 1))
        let (train, val, test) = GraphFolds.split(folds, fold: 0)
        XCTAssertEqual(test, folds[0])
        XCTAssertEqual(val, folds[9])
        XCTAssertEqual(Set(train + val + test).count, 103)
        XCTAssertEqual(train.count + val.count + test.count, 103)
    }

    /// The vectors `python3 Benchmarks/synthetic.py --graphs synthetic-graphs:small` prints (the
    /// PyG side's generator): both implementations build the same graphs and folds.
    func testSyntheticGraphsMatchThePythonGenerator() throws {
        let d = SyntheticGraphs.generate(try SyntheticGraphsSpec.parse("synthetic-graphs:small"))
        XCTAssertNoThrow(try d.validate(d.name))
        XCTAssertEqual(d.numGraphs, 1000)
        XCTAssertEqual(d.numNodes, 24928)
        XCTAssertEqual(d.numEdges, 58794)
        var checksum: UInt64 = 0
        for e in 0..<d.numEdges { checksum &+= UInt64(e + 1) &* (UInt64(d.src[e]) &* (1 << 20) &+ UInt64(d.dst[e])) }
        XCTAssertEqual(checksum, 11668439740933082750)
        XCTAssertEqual((0..<4).map { c in d.labels.filter { $0 == c }.count }, [210, 259, 260, 271])
        XCTAssertEqual(Array(d.labels.prefix(8)), [0, 2, 0, 0, 1, 1, 1, 1])
        XCTAssertEqual(Array(d.features.prefix(3)), [1.0, 0.048006296157836914, -0.18122142553329468])
        let folds = GraphFolds.stratified(labels: d.labels, k: 10, seed: 12345)
        XCTAssertEqual(folds.map(\.count), Array(repeating: 100, count: 10))
        XCTAssertEqual(Array(folds[0].prefix(5)), [6, 13, 17, 21, 22])
    }

    func testSyntheticGraphNamesAreCheckedBeforeAnythingIsBuilt() {
        func message(_ name: String) -> String? { do { _ = try SyntheticGraphsSpec.parse(name); return nil } catch { return error.message } }
        XCTAssertEqual(try SyntheticGraphsSpec.parse("synthetic-graphs:20,3,2,7"), SyntheticGraphsSpec(numGraphs: 20, numFeatures: 3, numClasses: 2, seed: 7))
        XCTAssertEqual(message("synthetic-graphs:20,3,5,7"), "'synthetic-graphs:20,3,5,7': C must be in 2...4 (one planted motif per class)")
        XCTAssertEqual(message("synthetic-graphs:0,3,2,7"), "'synthetic-graphs:0,3,2,7': G must be in 1...10000000")
        XCTAssertEqual(message("synthetic-graphs:big"), "'synthetic-graphs:big': expected synthetic-graphs:small or synthetic-graphs:G,F,C,SEED with four decimal integers")
        XCTAssertTrue(Datasets.isGraphCollection("synthetic-graphs:small"))
        XCTAssertThrowsError(try Datasets.load("synthetic-graphs:small")) {
            XCTAssertTrue(($0 as? DatasetError)?.message.contains("train it with a model that returns graph[C]") ?? false)
        }
    }
}
