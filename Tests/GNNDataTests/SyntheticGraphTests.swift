// The synthetic generator against the test vectors of ../shared/bench/SYNTHETIC.md, and `synthetic:` name parsing.
import XCTest
import GNNData
import GNNIR

final class SyntheticGraphTests: XCTestCase {
    func testStreamsMatchTheTestVectors() {
        var standard = SplitMix64(state: 0)
        XCTAssertEqual(standard.next(), 0xe220_a839_7b1d_cdaf)
        var s1 = SyntheticGraph.stream(seed: 1, tag: 1)
        XCTAssertEqual([s1.next(), s1.next(), s1.next()], [0x7329_3223_5060_2724, 0x8519_2a2d_3a2b_7feb, 0xeee6_f7c8_5c29_9d76])
        var s2 = SyntheticGraph.stream(seed: 1, tag: 2), s3 = SyntheticGraph.stream(seed: 1, tag: 3), s4 = SyntheticGraph.stream(seed: 1, tag: 4)
        XCTAssertEqual(s2.next(), 0x1e09_f8a0_3151_9da4)
        XCTAssertEqual(s3.next(), 0xffdd_8d3d_3394_cb38)
        XCTAssertEqual(s4.next(), 0xbebd_1e51_f35a_ee1b)
    }

    func testSmallGraphMatchesEveryPublishedStatistic() throws {
        let d = try Datasets.load("synthetic:small")
        XCTAssertEqual([d.numNodes, d.numEdges, d.numFeatures, d.numClasses], [20_000, 200_000, 128, 16])
        XCTAssertEqual(Array(zip(d.src, d.dst).prefix(5)).map { [$0.0, $0.1] },
                       [[4767, 14275], [3966, 2564], [9337, 226], [3171, 10228], [14051, 7605]])
        XCTAssertEqual(SyntheticGraph.edgeChecksum(src: d.src, dst: d.dst, numNodes: d.numNodes), 3_970_216_107_862_326_386)
        XCTAssertEqual(SyntheticGraph.featureChecksum(d.features), 21_491_508_462_202)
        assertPublishedFeatures(d.features)
        XCTAssertEqual(Array(d.labels.prefix(8)), [11, 15, 15, 9, 12, 11, 1, 0])
        var counts = [Int](repeating: 0, count: 16)
        for y in d.labels { counts[Int(y)] += 1 }
        XCTAssertEqual(counts, [1350, 1200, 1213, 1202, 1238, 1279, 1222, 1221, 1265, 1224, 1218, 1269, 1296, 1293, 1273, 1237])
        let stats = DegreeStats(d)
        XCTAssertEqual(stats.duplicates, 512)
        XCTAssertEqual([stats.maxIn, stats.maxOut], [1502, 1460])
        XCTAssertEqual([stats.medianIn, stats.p99In], [8, 52])
        XCTAssertEqual(stats.isolatedIn, 28)
        XCTAssertFalse(zip(d.src, d.dst).contains { $0 == $1 })
    }

    func testLargeGraphMatchesEveryPublishedStatistic() throws {
        let d = try Datasets.load("synthetic:large")
        XCTAssertEqual([d.numNodes, d.numEdges], [100_000, 2_000_000])
        XCTAssertEqual(Array(zip(d.src, d.dst).prefix(5)).map { [$0.0, $0.1] },
                       [[59596, 7136], [55591, 84342], [53968, 36891], [58899, 51140], [13299, 9547]])
        XCTAssertEqual(SyntheticGraph.edgeChecksum(src: d.src, dst: d.dst, numNodes: d.numNodes), 949_491_908_441_029_038)
        XCTAssertEqual(SyntheticGraph.featureChecksum(d.features), 107_373_313_100_756)
        assertPublishedFeatures(d.features)
        let stats = DegreeStats(d)
        XCTAssertEqual(stats.duplicates, 2448)
        XCTAssertEqual([stats.maxIn, stats.maxOut], [6335, 6346])
        XCTAssertEqual([stats.medianIn, stats.p99In], [15, 101])
        XCTAssertEqual(stats.isolatedIn, 0)
    }

    func testExplicitSpecsParseAndBadOnesAreRefused() throws {
        let spec = try SyntheticSpec.parse("synthetic:20000,200000,128,16,1")
        XCTAssertEqual(spec, .small)
        XCTAssertEqual(try SyntheticSpec.parse("synthetic:100,500,8,3,7").name, "synthetic:100,500,8,3,7")
        let d = try Datasets.load("synthetic:100,500,8,3,7")
        XCTAssertEqual([d.numNodes, d.numEdges, d.numFeatures, d.numClasses], [100, 500, 8, 3])
        XCTAssertEqual([d.trainIndex.count, d.valIndex.count, d.testIndex.count], [10, 10, 80])
        for bad in ["synthetic:", "synthetic:tiny", "synthetic:1,5,8,3,1", "synthetic:100,5,0,3,1", "synthetic:100,5,8,0,1",
                    "synthetic:100,5,8,3", "synthetic:100,-5,8,3,1", "synthetic:100,5,8,3,x"] {
            XCTAssertThrowsError(try SyntheticSpec.parse(bad), bad) { XCTAssertTrue("\($0)".contains(bad), "\($0)") }
        }
        XCTAssertThrowsError(try Datasets.load("corra")) { XCTAssertTrue("\($0)".contains("unknown dataset 'corra'"), "\($0)") }
    }
}

extension SyntheticGraphTests {
    /// x[0, 0:4] as published, printed to 8 significant digits: equal up to that rounding.
    func assertPublishedFeatures(_ x: [Float], line: UInt = #line) {
        for (got, want) in zip(x.prefix(4), [0.49947435, 0.42989892, -0.02488643, -0.03822964] as [Double]) {
            XCTAssertEqual(Double(got), want, accuracy: 5e-9, line: line)
        }
    }
}

/// The degree statistics SYNTHETIC.md publishes (median and p99 as the element at floor(q * N) of the sorted degrees).
private struct DegreeStats {
    var duplicates = 0, maxIn = 0, maxOut = 0, medianIn = 0, p99In = 0, isolatedIn = 0
    init(_ d: Dataset) {
        var inDeg = [Int](repeating: 0, count: d.numNodes), outDeg = inDeg
        var seen = Set<Int>()
        for (u, v) in zip(d.src, d.dst) {
            inDeg[v] += 1; outDeg[u] += 1
            if !seen.insert(u * d.numNodes + v).inserted { duplicates += 1 }
        }
        maxIn = inDeg.max() ?? 0; maxOut = outDeg.max() ?? 0
        let sorted = inDeg.sorted()
        medianIn = sorted[d.numNodes / 2]; p99In = sorted[d.numNodes * 99 / 100]
        isolatedIn = inDeg.filter { $0 == 0 }.count
    }
}
