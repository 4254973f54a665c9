// Golden files (compare, record atomically, report missing) and the line diff they print.
import Foundation
import GNNTestSupport
import XCTest

final class GoldenTests: XCTestCase {
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "gnnc-golden-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func testRecordWritesThenCompareMatches() throws {
        let path = directory + "/sub/dir/a.gir"
        XCTAssertEqual(compareGolden("one\ntwo\n", path: path, record: false), .missing)
        XCTAssertEqual(compareGolden("one\ntwo\n", path: path, record: true), .recorded)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "one\ntwo\n")
        XCTAssertEqual(compareGolden("one\ntwo\n", path: path, record: false), .match)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory + "/sub/dir")
        XCTAssertEqual(leftovers, ["a.gir"], "the temporary file is renamed, not left behind")
    }

    func testMismatchCarriesALineDiff() throws {
        let path = directory + "/b.gir"
        _ = compareGolden("a\nb\nc\n", path: path, record: true)
        XCTAssertEqual(compareGolden("a\nB\nc\n", path: path, record: false), .mismatch(diff: "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"))
    }

    func testAssertGoldenPassesOnAMatch() throws {
        let path = directory + "/c.gir"
        _ = compareGolden("same\n", path: path, record: true)
        assertGolden("same\n", path: path)
    }

    func testDiffOfEqualTextsIsEmpty() {
        XCTAssertEqual(lineDiff("a\nb\n", "a\nb\n"), "")
    }

    func testDiffHunksKeepThreeLinesOfContext() {
        let old = (1...12).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...12).map { "line \($0)" }
        lines[5] = "changed"
        lines.insert("inserted", at: 11)
        let new = lines.joined(separator: "\n") + "\n"
        XCTAssertEqual(lineDiff(old, new), """
        @@ -3,10 +3,11 @@
         line 3
         line 4
         line 5
        -line 6
        +changed
         line 7
         line 8
         line 9
         line 10
         line 11
        +inserted
         line 12

        """)
    }

    func testDistantChangesGetSeparateHunks() {
        let old = (1...20).map(String.init).joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "\n2\n", with: "\n2x\n").replacingOccurrences(of: "\n19\n", with: "\n")
        XCTAssertEqual(lineDiff(old, new), """
        @@ -1,5 +1,5 @@
         1
        -2
        +2x
         3
         4
         5
        @@ -16,5 +16,4 @@
         16
         17
         18
        -19
         20

        """)
    }

    func testDiffOfEmptySidesAndTrailingNewline() {
        XCTAssertEqual(lineDiff("", "a\n"), "@@ -0,0 +1,1 @@\n+a\n")
        XCTAssertEqual(lineDiff("a\n", "a"), "\\ the golden text ends with a newline and the other does not\n")
    }

    func testRepoRootHoldsThePackage() {
        XCTAssertTrue(FileManager.default.fileExists(atPath: repoRoot() + "/Package.swift"), repoRoot())
        XCTAssertTrue(FileManager.default.fileExists(atPath: repoRoot() + "/Tests/GNNTestSupport/Golden.swift"))
    }
}
