// Dataset download through curl from a file:// mirror: checked, atomic, nothing left behind on failure.
import XCTest
import GNNData
import GNNTestSupport

final class PlanetoidDownloadTests: XCTestCase {
    /// A mirror (a copy of the Cora files, served as file:// URLs) and an empty cache root,
    /// with the environment that points discovery and download at them.
    struct Fixture {
        let mirror: String
        let cacheRoot: String
        var environment: [String: String] { ["XDG_CACHE_HOME": cacheRoot, "GNNC_PLANETOID_URL": "file://" + mirror] }
        var cache: String { cacheRoot + "/gnnc/datasets/planetoid" }
    }

    func testDownloadIntoAnEmptyCacheThenLoad() throws {
        let f = try fixture()
        let d = try Datasets.load("cora", environment: f.environment)
        XCTAssertEqual(d.numNodes, 2708)
        XCTAssertEqual(try contents(f.cache), Planetoid.parts.map { "ind.cora.\($0)" }.sorted())
        XCTAssertEqual(try contents(f.cacheRoot + "/gnnc/datasets"), ["planetoid"], "temporaries left behind")
        // The second load finds the cache and needs no mirror.
        try FileManager.default.removeItem(atPath: f.mirror)
        XCTAssertEqual(try Datasets.load("cora", environment: f.environment).numNodes, 2708)
    }

    func testATamperedFileFailsItsHashAndLeavesNothing() throws {
        let f = try fixture()
        let tx = URL(fileURLWithPath: f.mirror + "/ind.cora.tx")
        var bytes = try Data(contentsOf: tx)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: tx)
        XCTAssertThrowsError(try Datasets.load("cora", environment: f.environment)) {
            XCTAssertTrue("\($0)".hasPrefix("ind.cora.tx: SHA-256 mismatch"), "\($0)")
            XCTAssertEqual(($0 as? DatasetError)?.file, "ind.cora.tx")
        }
        try assertNothingWritten(f)
    }

    func testAMissingFileFailsWithCurlsErrorAndLeavesNothing() throws {
        let f = try fixture()
        try FileManager.default.removeItem(atPath: f.mirror + "/ind.cora.graph")
        XCTAssertThrowsError(try Datasets.load("cora", environment: f.environment)) {
            let message = "\($0)"
            XCTAssertTrue(message.hasPrefix("ind.cora.graph: download from file://"), message)
            XCTAssertTrue(message.contains("curl exited with status 37: curl: (37)"), message)
        }
        try assertNothingWritten(f)
    }

    func testNoDownloadKeepsTheNotFoundError() throws {
        let f = try fixture()
        var env = f.environment
        env["GNNC_NO_DOWNLOAD"] = "1"
        XCTAssertThrowsError(try Datasets.load("cora", environment: env)) {
            let message = "\($0)"
            XCTAssertTrue(message.contains("dataset 'cora' not found"), message)
            XCTAssertTrue(message.contains("GNNC_DATA_DIR") && message.contains("GNNC_NO_DOWNLOAD"), message)
        }
        try assertNothingWritten(f)
    }

    func testAMissingCurlIsNamed() throws {
        let f = try fixture(needsCurl: false)
        XCTAssertThrowsError(try PlanetoidDownload.download(name: "cora", into: f.cache, baseURL: "file://" + f.mirror,
                                                            curl: "gnnc-no-such-curl")) {
            XCTAssertTrue("\($0)".contains("'gnnc-no-such-curl' is not installed"), "\($0)")
        }
        try assertNothingWritten(f)
    }

    /// Without a pinned digest (PubMed's case), a set that loads is accepted with a warning
    /// that lists its digests; one that does not load is refused. Cora's files renamed to an
    /// unpinned name stand in for PubMed.
    func testUnpinnedFilesAreAcceptedOnlyIfTheyLoad() throws {
        let f = try fixture()
        for part in Planetoid.parts {
            try FileManager.default.moveItem(atPath: f.mirror + "/ind.cora.\(part)", toPath: f.mirror + "/ind.unpinned.\(part)")
        }
        let graph = f.mirror + "/ind.unpinned.graph"
        let good = try Data(contentsOf: URL(fileURLWithPath: graph))
        try good.prefix(100).write(to: URL(fileURLWithPath: graph))
        XCTAssertThrowsError(try PlanetoidDownload.download(name: "unpinned", into: f.cache, baseURL: "file://" + f.mirror, log: { _ in })) {
            XCTAssertTrue("\($0)".hasPrefix("ind.unpinned.graph"), "\($0)")
        }
        try assertNothingWritten(f)

        try good.write(to: URL(fileURLWithPath: graph))
        var log: [String] = []
        try PlanetoidDownload.download(name: "unpinned", into: f.cache, baseURL: "file://" + f.mirror, log: { log.append($0) })
        XCTAssertTrue(log.first?.contains("no pinned SHA-256 for unpinned") ?? false, "\(log)")
        XCTAssertTrue(log.contains("  \(PlanetoidDownload.pinnedSHA256["ind.cora.x"]!)  ind.unpinned.x"), "\(log)")
        XCTAssertEqual(try Planetoid.load(name: "unpinned", directory: f.cache).numNodes, 2708)
    }

    // MARK: - Helpers

    func fixture(needsCurl: Bool = true) throws -> Fixture {
        if needsCurl { try requireCurl() }
        let source = try dataDirectory()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-download-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        let f = Fixture(mirror: root + "/mirror", cacheRoot: root + "/cache")
        try FileManager.default.createDirectory(atPath: f.mirror, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: f.cacheRoot, withIntermediateDirectories: true)
        for part in Planetoid.parts {
            try FileManager.default.copyItem(atPath: source + "/ind.cora.\(part)", toPath: f.mirror + "/ind.cora.\(part)")
        }
        return f
    }

    /// The cache folder may exist, but holds no file, and no download directory is left beside it.
    func assertNothingWritten(_ f: Fixture, file: StaticString = #filePath, line: UInt = #line) throws {
        let datasets = f.cacheRoot + "/gnnc/datasets"
        guard FileManager.default.fileExists(atPath: datasets) else { return }
        XCTAssertEqual(try contents(datasets), ["planetoid"], file: file, line: line)
        XCTAssertEqual(try contents(f.cache), [], file: file, line: line)
    }

    func contents(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// As PlanetoidTests: `GNNC_DATA_DIR`, else the shared folder beside the checkout; fails under CI.
    func dataDirectory() throws -> String { try planetoidDirectory() }

    /// Downloads run the real curl; CI must have it, elsewhere its absence skips.
    func requireCurl() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        if path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/curl") }) { return }
        try missingPrerequisite("curl is not installed (not on PATH); the download tests need it")
    }
}
