// tu:NAME: found in the data folders, or downloaded as NAME.zip from a file:// mirror, unpacked, checked, and published in one rename.
import XCTest
import GNNData
import GNNTestSupport

final class TUDownloadTests: XCTestCase {
    struct Fixture {
        let mirror: String
        let cacheRoot: String
        var environment: [String: String] { ["XDG_CACHE_HOME": cacheRoot, "GNNC_TU_URL": "file://" + mirror] }
        var cache: String { cacheRoot + "/gnnc/datasets/tu" }
    }

    /// TUDatasetTests' toy set (3 graphs) as `name`'s files, in a folder `name/` of the archive.
    static func toyEntries(_ name: String, leaving: String? = nil) -> [ZipFixture.Entry] {
        let files = [("A", "1, 2\n2, 1\n2, 3\n3, 2\n1, 3\n3, 1\n5, 4\n4, 5\n"), ("graph_indicator", "1\n1\n1\n2\n2\n3\n"),
                     ("graph_labels", "7\n3\n7\n"), ("node_labels", "1\n2\n3\n1\n1\n2\n"), ("edge_labels", "0\n0\n0\n0\n0\n0\n1\n1\n")]
        return files.filter { $0.0 != leaving }.map { ZipFixture.Entry("\(name)/\(name)_\($0.0).txt", $0.1) }
            + [ZipFixture.Entry("\(name)/README.txt", "toy", deflate: false)]
    }

    func fixture(_ archives: [String: [ZipFixture.Entry]]) throws -> Fixture {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-tu-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        let f = Fixture(mirror: root + "/mirror", cacheRoot: root + "/cache")
        try FileManager.default.createDirectory(atPath: f.mirror, withIntermediateDirectories: true)
        for (name, entries) in archives {
            try Data(try ZipFixture.archive(entries)).write(to: URL(fileURLWithPath: "\(f.mirror)/\(name).zip"))
        }
        return f
    }

    func contents(_ dir: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() }

    func testDownloadUnpackLoadThenFindInTheCache() throws {
        let f = try fixture(["TOY": Self.toyEntries("TOY")])
        var log: [String] = []
        let dir = try TUDownload.locateOrDownload("TOY", explicit: nil, environment: f.environment) { log.append($0) }
        XCTAssertEqual(dir, f.cache + "/TOY")
        XCTAssertEqual(contents(dir), ["TOY_A.txt", "TOY_graph_indicator.txt", "TOY_graph_labels.txt", "TOY_node_labels.txt"],
                       "the files TUDataset reads, no more")
        XCTAssertEqual(contents(f.cache), ["TOY"], "temporaries left behind")
        XCTAssertTrue(log.contains { $0.contains("no pinned SHA-256 for TOY") }, "\(log)")
        XCTAssertTrue(log.contains { $0.hasSuffix("  TOY_A.txt") }, "\(log)")
        // The second load reads the cache: the mirror is gone.
        try FileManager.default.removeItem(atPath: f.mirror)
        let d = try Datasets.loadCollection("tu:TOY", environment: f.environment)
        XCTAssertEqual(d.numGraphs, 3)
        XCTAssertEqual(d.labels, [1, 0, 1])
    }

    func testADataFolderIsUsedWithoutDownloading() throws {
        let f = try fixture([:])
        let data = try DatasetFixture(self, name: "TOY")
        for e in Self.toyEntries("TOY") where e.name.hasSuffix(".txt") && !e.name.hasSuffix("README.txt") {
            try data.write(String(e.name.dropFirst("TOY/".count)), String(decoding: e.bytes, as: UTF8.self))
        }
        let parent = (data.directory as NSString).deletingLastPathComponent
        var env = f.environment
        env["GNNC_NO_DOWNLOAD"] = "1"
        XCTAssertEqual(try Datasets.loadCollection("tu:TOY", dataDirectory: parent, environment: env).numGraphs, 3)
        env["GNNC_DATA_DIR"] = parent
        XCTAssertEqual(try Datasets.loadCollection("tu:TOY", environment: env).numGraphs, 3)
        XCTAssertEqual(contents(f.cacheRoot), [], "nothing downloaded")
    }

    func failure(_ f: Fixture, _ name: String, _ env: [String: String]? = nil) -> String {
        do { _ = try Datasets.loadCollection("tu:\(name)", environment: env ?? f.environment); XCTFail("loaded"); return "" } catch {
            return error.message
        }
    }

    func assertNothingPublished(_ f: Fixture, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(contents(f.cache), [], "nothing published, no temporaries", file: file, line: line)
    }

    /// MUTAG's files are pinned: the toy set under MUTAG's names fails the first digest.
    func testAPinnedDatasetWithOtherContentsIsRefused() throws {
        let f = try fixture(["MUTAG": Self.toyEntries("MUTAG")])
        let m = failure(f, "MUTAG")
        XCTAssertTrue(m.hasPrefix("MUTAG_A.txt: SHA-256 mismatch in MUTAG.zip: expected d9656ca7"), m)
        assertNothingPublished(f)
    }

    func testBadArchivesAndMissingFilesAreRefusedAndLeaveNothing() throws {
        let f = try fixture(["TOY": Self.toyEntries("TOY", leaving: "graph_labels"),
                             "BAD": Self.toyEntries("BAD").map { e in
                                 var e = e
                                 if e.name.hasSuffix("_A.txt") { e.bytes = Array("1, 2\n2, 9\n".utf8) }
                                 return e
                             }])
        XCTAssertEqual(failure(f, "TOY"), "TOY.zip: no TOY_graph_labels.txt in the archive")
        XCTAssertEqual(failure(f, "BAD"), "BAD_A.txt: line 2, column 2: node 9 is outside 1...6 (the graph indicator has 6 nodes)")
        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: f.mirror + "/JUNK.zip"))
        XCTAssertEqual(failure(f, "JUNK"), "JUNK.zip: not a zip archive gnnc can read: 9 bytes, too short")
        let m = failure(f, "NONE")
        XCTAssertTrue(m.hasPrefix("NONE.zip: download from file://") && m.contains("curl exited with status 37"), m)
        assertNothingPublished(f)
    }

    func testNamesAndTheNoDownloadSwitch() throws {
        let f = try fixture(["TOY": Self.toyEntries("TOY")])
        XCTAssertThrowsError(try Datasets.validateName("tu:../etc")) {
            XCTAssertTrue("\($0)".contains("a TU dataset is tu:NAME"), "\($0)")
        }
        XCTAssertNoThrow(try Datasets.validateName("tu:IMDB-BINARY"))
        XCTAssertTrue(Datasets.isGraphCollection("tu:MUTAG"))
        var env = f.environment
        env["GNNC_NO_DOWNLOAD"] = "1"
        let m = failure(f, "TOY", env)
        XCTAssertTrue(m.hasPrefix("TU dataset 'TOY' not found: no TOY_A.txt in \(f.cache)/TOY (user cache)"), m)
        XCTAssertTrue(m.hasSuffix("downloading is disabled because GNNC_NO_DOWNLOAD is set"), m)
        assertNothingPublished(f)
    }

    /// A pinned dataset is exactly its pinned files. The toy set's digests (printed by an
    /// unpinned download) are pinned for it; the same archive plus an attributes file the pins do
    /// not name is refused, and one without its node labels file too.
    func testAPinnedDatasetIsExactlyItsPinnedFiles() throws {
        let f = try fixture(["TOY": Self.toyEntries("TOY")])
        var log: [String] = []
        _ = try TUDownload.locateOrDownload("TOY", explicit: nil, environment: f.environment) { log.append($0) }
        var pins: [String: String] = [:]
        for line in log where line.hasPrefix("  ") {
            let parts = line.split(separator: " ")
            pins[String(parts[1])] = String(parts[0])
        }
        XCTAssertEqual(pins.count, 4, "\(log)")
        let extra = try fixture(["TOY": Self.toyEntries("TOY") + [ZipFixture.Entry("TOY/TOY_node_attributes.txt", "1\n1\n1\n1\n1\n1\n")]])
        let less = try fixture(["TOY": Self.toyEntries("TOY", leaving: "node_labels")])
        XCTAssertThrowsError(try TUDownload.download(name: "TOY", into: less.cache, baseURL: "file://" + less.mirror, pins: pins)) {
            XCTAssertEqual("\($0)", "TOY.zip: no TOY_node_labels.txt in the archive, whose digest is pinned")
        }
        assertNothingPublished(less)
        XCTAssertThrowsError(try TUDownload.download(name: "TOY", into: extra.cache, baseURL: "file://" + extra.mirror, pins: pins)) {
            XCTAssertEqual("\($0)", "TOY.zip: TOY_node_attributes.txt is not one of TOY's pinned files (TOY_A.txt, TOY_graph_indicator.txt, TOY_graph_labels.txt, TOY_node_labels.txt)")
        }
        XCTAssertNoThrow(try TUDownload.download(name: "TOY", into: f.cacheRoot + "/again", baseURL: "file://" + f.mirror, pins: pins) { _ in })
        assertNothingPublished(extra)
    }

    /// What is at the dataset's place in the cache: a folder without its A file is replaced; a
    /// link (to the user's own folder, say) is refused and left alone, its target untouched.
    func testTheCachePlaceIsReplacedOnlyWhenItIsAnIncompleteFolder() throws {
        let f = try fixture(["TOY": Self.toyEntries("TOY")])
        try FileManager.default.createDirectory(atPath: f.cache + "/TOY", withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: f.cache + "/TOY/README"))
        XCTAssertEqual(try Datasets.loadCollection("tu:TOY", environment: f.environment).numGraphs, 3)
        XCTAssertEqual(contents(f.cache + "/TOY"), ["TOY_A.txt", "TOY_graph_indicator.txt", "TOY_graph_labels.txt", "TOY_node_labels.txt"])
        XCTAssertEqual(contents(f.cache), ["TOY"], "temporaries left behind")

        let g = try fixture(["TOY": Self.toyEntries("TOY")])
        let mine = g.mirror + "/mine"
        try FileManager.default.createDirectory(atPath: mine + "/raw", withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: mine + "/raw/TOY_A.txt"))
        try FileManager.default.createDirectory(atPath: g.cache, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: g.cache + "/TOY", withDestinationPath: mine)
        XCTAssertTrue(failure(g, "TOY").hasSuffix("/TOY exists and is not a dataset folder; move it away"), failure(g, "TOY"))
        XCTAssertEqual(contents(mine + "/raw"), ["TOY_A.txt"], "the link's target is untouched")
        XCTAssertEqual(contents(g.cache), ["TOY"], "no temporaries")
    }
}
