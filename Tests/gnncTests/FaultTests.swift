// Faults the binary must survive cleanly: Ctrl-C in the middle of a run (during compilation and
// during training) and a disk that takes no more bytes. Each ends with a clear message and a
// non-zero exit, writes no output file and leaves no half-written cache entry. (Damaged cache
// entries, unwritable cache directories, missing or failing C compilers and damaged datasets are
// covered in GNNRuntimeTests and GNNDataTests.)
import XCTest
import Foundation
import GNNTestSupport

final class FaultTests: XCTestCase {
    /// Every `.so` in the cache has its `.meta`, and every `.meta` its `.so`.
    func assertWholeEntries(_ cache: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? [])
        for name in names where name.hasSuffix(".so") {
            XCTAssertTrue(names.contains(String(name.dropLast(3)) + ".meta"), "entry without meta: \(name)", file: file, line: line)
        }
        for name in names where name.hasSuffix(".meta") {
            XCTAssertTrue(names.contains(String(name.dropLast(5)) + ".so"), "meta without entry: \(name)", file: file, line: line)
        }
    }

    func testInterruptedRunWritesNothingAndLeavesTheCacheWhole() throws {
        let dir = try makeTempDirectory()
        let cache = dir.appendingPathComponent("cache")
        let env = ["GNNC_CACHE_DIR": cache.path]
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Early (the C compiler is running), and later (training).
        for delay in [0.5, 3.0] {
            let r = try Gnnc.run(["run", Inputs.spec("gcn"), "--dataset", "synthetic:3000,30000,64,5,1", "--epochs", "1000000",
                                  "--json", out.appendingPathComponent("r.json").path, "--save", out.appendingPathComponent("r.safetensors").path],
                                 in: dir, environment: env, interruptAfter: delay)
            XCTAssertEqual(r.status, 130, "interrupted after \(delay) s:\n\(r)")
            XCTAssertFalse(r.signaled)
            assertContains(r.stderr, "gnnc: interrupted; no output was written", "stderr")
            XCTAssertEqual(try contentsOfDirectory(out), [], "interrupted after \(delay) s")
            try assertWholeEntries(cache)
        }
        // What is in the cache loads: the next runs find both programs there.
        let json = out.appendingPathComponent("ok.json")
        let ok = try gnnc(arguments: ["run", Inputs.spec("gcn"), "--dataset", "synthetic:3000,30000,64,5,1", "--epochs", "2",
                                      "--json", json.path], in: dir, environment: env)
        assertExit(ok, 0)
        assertContains(try read(json), "\"kernels\": {\"compiled\": 0, \"loaded_from_cache\": 2}")
    }

    /// A file-size limit stands in for a full disk (writes fail with EFBIG instead of ENOSPC; the
    /// signal that would kill the writer is ignored): the C compiler cannot write its output.
    func testFullDiskFailsWithTheCompilersWordsAndLeavesNoEntry() throws {
        let dir = try makeTempDirectory()
        let cache = dir.appendingPathComponent("cache")
        let json = dir.appendingPathComponent("r.json")
        let arguments = ["run", Inputs.spec("gcn"), "--dataset", "synthetic:200,1000,16,3,1", "--epochs", "2", "--json", json.path]
        // 12 KiB: room for the forward program's C source (about 9.5 KB), not for the compiler's output.
        let r = try Gnnc.run(arguments, in: dir, environment: ["GNNC_CACHE_DIR": cache.path], shell: "trap '' XFSZ; ulimit -f 12")
        assertExit(r, 3)
        assertContains(r.stderr, "File too large", "stderr")
        assertContains(r.stderr, "C compiler 'cc' rejected kernel source", "stderr")
        XCTAssertFalse(FileManager.default.fileExists(atPath: json.path))
        try assertWholeEntries(cache)
        XCTAssertFalse(try contentsOfDirectory(cache).contains { $0.hasSuffix(".so") })
        // With room again the same run works and fills the cache.
        let again = try gnnc(arguments: arguments, in: dir, environment: ["GNNC_CACHE_DIR": cache.path])
        assertExit(again, 0)
        assertContains(try read(json), "\"kernels\": {\"compiled\": 2, \"loaded_from_cache\": 0}")
        try assertWholeEntries(cache)
    }
}
