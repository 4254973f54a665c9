// End-to-end tests of `gnnc cache info|clear` on a private cache directory.
import XCTest
import Foundation

final class CacheCommandTests: XCTestCase {
    func testInfoCountsWhatRunCompiledAndClearEmptiesIt() throws {
        let dir = try makeTempDirectory()
        let env = ["GNNC_CACHE_DIR": dir.path + "/cache"]
        let empty = try gnnc(arguments: ["cache", "info"], in: dir, environment: env)
        assertExit(empty, 0)
        assertContains(empty.stdout, "entries: 0 compiled kernel libraries")
        assertContains(empty.stdout, dir.path + "/cache")
        assertContains(empty.stdout, "PTX cache: \(dir.path)/cache/ptx\nentries: 0 PTX modules")
        let trained = try gnnc(arguments: ["run", Inputs.spec("gcn"), "--dataset", "synthetic:100,400,8,3,1", "--epochs", "1"],
                               in: dir, environment: env, timeout: 300)
        assertExit(trained, 0)
        let full = try gnnc(arguments: ["cache", "info"], in: dir, environment: env)
        assertContains(full.stdout, "entries: 2 compiled kernel libraries")
        let cleared = try gnnc(arguments: ["cache", "clear"], in: dir, environment: env)
        assertExit(cleared, 0)
        assertContains(cleared.stdout, "removed 2 entries")
        let after = try gnnc(arguments: ["cache", "info"], in: dir, environment: env)
        assertContains(after.stdout, "entries: 0 compiled kernel libraries")
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: dir.path + "/cache").contains { $0.hasSuffix(".so") })
    }

    func testUnknownActionIsAUsageError() throws {
        let r = try gnnc("cache", "purge")
        assertExit(r, 2)
        assertContains(r.stderr, "cache takes one action: info or clear", "stderr")
    }
}
