// The Planetoid reader on the real Cora and CiteSeer files (counts, split, exact values checked
// against PyG's loader) and on truncated or damaged copies, which must fail naming the file.
import XCTest
import GNNData
import GNNTestSupport

final class PlanetoidTests: XCTestCase {
    /// Under CI a missing dataset fails the test instead of skipping it.
    func dataDirectory() throws -> String { try planetoidDirectory() }

    func testCoraMatchesPyG() throws {
        let d = try Planetoid.load(name: "cora", directory: try dataDirectory())
        XCTAssertEqual(d.numNodes, 2708)
        XCTAssertEqual(d.numEdges, 10556)
        XCTAssertEqual(d.numFeatures, 1433)
        XCTAssertEqual(d.numClasses, 7)
        XCTAssertEqual([d.trainIndex.count, d.valIndex.count, d.testIndex.count], [140, 500, 1000])
        XCTAssertEqual(d.trainIndex.first, 0)
        XCTAssertEqual(d.valIndex.first, 140)
        XCTAssertEqual(d.testIndex.first, 1708)
        XCTAssertEqual(d.testIndex.last, 2707)
        // Symmetric, no self-loops, no duplicates.
        let pairs = Set(zip(d.src, d.dst).map { $0 * d.numNodes + $1 })
        XCTAssertEqual(pairs.count, d.numEdges)
        XCTAssertTrue(zip(d.src, d.dst).allSatisfy { $0 != $1 && pairs.contains($1 * d.numNodes + $0) })
        // Values from PyG (torch_geometric.datasets.Planetoid('cora')): node 0's first non-zero
        // feature columns, node 0's neighbours and the first labels.
        let row0 = (0..<d.numFeatures).filter { d.features[$0] != 0 }
        XCTAssertEqual(Array(row0.prefix(5)), [19, 81, 146, 315, 774])
        XCTAssertEqual(zip(d.src, d.dst).filter { $0.0 == 0 }.map(\.1), [633, 1862, 2582])
        XCTAssertEqual(Array(d.labels.prefix(8)), [3, 4, 4, 0, 3, 2, 0, 3])
        XCTAssertEqual(d.features.reduce(0, +), 49216)
    }

    func testCiteSeerFillsTheGapsInItsTestIndexWithZeroRows() throws {
        let d = try Planetoid.load(name: "citeseer", directory: try dataDirectory())
        XCTAssertEqual(d.numNodes, 3327)
        XCTAssertEqual(d.numEdges, 9104)
        XCTAssertEqual(d.numFeatures, 3703)
        XCTAssertEqual(d.numClasses, 6)
        XCTAssertEqual([d.trainIndex.count, d.valIndex.count, d.testIndex.count], [120, 500, 1000])
        let testSet = Set(d.testIndex)
        let gaps = (2312..<3327).filter { !testSet.contains($0) }
        XCTAssertEqual(gaps.count, 15)
        for v in gaps { XCTAssertTrue(d.features[(v * d.numFeatures)..<((v + 1) * d.numFeatures)].allSatisfy { $0 == 0 }) }
    }

    /// A private copy of Cora's eight files (removed after the test), for tests that damage them.
    func copyOfCora(from source: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-planetoid-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        for part in Planetoid.parts {
            try FileManager.default.copyItem(atPath: source + "/ind.cora.\(part)", toPath: dir + "/ind.cora.\(part)")
        }
        return dir
    }

    func testDamagedFilesFailNamingTheFile() throws {
        let source = try dataDirectory()
        let dir = try copyOfCora(from: source)
        let tx = dir + "/ind.cora.tx"
        let original = try Data(contentsOf: URL(fileURLWithPath: tx))
        // Truncations at many offsets, and single-byte damage: always an error that names ind.cora.tx.
        for cut in stride(from: 0, to: original.count, by: max(1, original.count / 97)) {
            try original.prefix(cut).write(to: URL(fileURLWithPath: tx))
            XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir), "cut at \(cut)") {
                XCTAssertTrue("\($0)".contains("ind.cora.tx"), "\($0)")
            }
        }
        var flipped = original
        for offset in stride(from: 0, to: 200, by: 7) {
            flipped = original
            flipped[offset] ^= 0xFF
            try flipped.write(to: URL(fileURLWithPath: tx))
            do { _ = try Planetoid.load(name: "cora", directory: dir) } catch { XCTAssertTrue("\(error)".contains("ind.cora.tx"), "\(error)") }
        }
        try original.write(to: URL(fileURLWithPath: tx))
        // Files from another dataset: well-formed pickles whose shapes disagree with the rest.
        for (part, expected) in [("ty", "ind.cora.ty: has 6 classes but ind.cora.ally has 7"),
                                 ("tx", "ind.cora.tx: has 3703 feature columns but ind.cora.allx has 1433")] {
            let path = dir + "/ind.cora.\(part)"
            let mine = try Data(contentsOf: URL(fileURLWithPath: path))
            try Data(contentsOf: URL(fileURLWithPath: source + "/ind.citeseer.\(part)")).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir)) { XCTAssertTrue("\($0)".contains(expected), "\($0)") }
            try mine.write(to: URL(fileURLWithPath: path))
        }
        try "1708\nnot-a-number\n".write(toFile: dir + "/ind.cora.test.index", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir)) {
            XCTAssertTrue("\($0)".contains("ind.cora.test.index: line 2"), "\($0)")
        }
        try FileManager.default.removeItem(atPath: dir + "/ind.cora.graph")
        XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir)) { XCTAssertTrue("\($0)".contains("ind.cora.graph")) }
    }

    /// Before: Planetoid files found in a directory were not checked, so byte flips that still
    /// parse trained silently (a flip in ally gave 15% test accuracy), and CiteSeer's files
    /// renamed ind.cora.* trained as Cora.
    func testFilesThatDifferFromTheirPinnedDigestsAreRefusedWherEverTheyAre() throws {
        let source = try dataDirectory()
        let dir = try copyOfCora(from: source)
        XCTAssertEqual(try Planetoid.load(name: "cora", directory: dir).numNodes, 2708, "the originals load")
        var parsedButModified = 0
        for part in Planetoid.parts {
            let path = dir + "/ind.cora.\(part)"
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            for offset in [original.count / 3, original.count / 2, original.count - 2] {
                var flipped = original
                flipped[offset] ^= 0x01
                try flipped.write(to: URL(fileURLWithPath: path))
                XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir), "\(part) at \(offset)") { error in
                    XCTAssertTrue("\(error)".hasPrefix("ind.cora.\(part): "), "\(error)")
                    if "\(error)".contains("differs from the public original's pinned") { parsedButModified += 1 }
                }
            }
            try original.write(to: URL(fileURLWithPath: path))
        }
        XCTAssertGreaterThanOrEqual(parsedButModified, 8, "flips that parse are the ones only the digest catches")
        // A flip in ally that parses: refused, and taken knowingly with acceptModified.
        let ally = dir + "/ind.cora.ally"
        var flipped = try Data(contentsOf: URL(fileURLWithPath: ally))
        flipped[flipped.count / 2] ^= 0x01
        try flipped.write(to: URL(fileURLWithPath: ally))
        XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir)) {
            XCTAssertTrue("\($0)".contains("pass --accept-modified-data to use these files knowingly"), "\($0)")
        }
        XCTAssertEqual(try Planetoid.load(name: "cora", directory: dir, acceptModified: true).numNodes, 2708)
        // CiteSeer's files under Cora's names: each is recognised.
        for part in Planetoid.parts {
            try? FileManager.default.removeItem(atPath: dir + "/ind.cora.\(part)")
            try FileManager.default.copyItem(atPath: source + "/ind.citeseer.\(part)", toPath: dir + "/ind.cora.\(part)")
        }
        XCTAssertThrowsError(try Planetoid.load(name: "cora", directory: dir)) {
            XCTAssertTrue("\($0)".hasPrefix("ind.cora.allx: SHA-256 2ac30345d95c9ec933a817ee0bdd6a5f077f8c184a20e696910192d534414668 differs"), "\($0)")
            XCTAssertTrue("\($0)".contains("it is the public ind.citeseer.allx under another name; also modified: ind.cora.ally, ind.cora.graph"), "\($0)")
        }
    }
}
