// Faults the binary must survive cleanly: Ctrl-C in the middle of a run (during compilation and
// during training), a disk that takes no more bytes, and flood inputs (a megabyte of NUL, an error
// every two bytes, deep nesting). Each ends with a clear message and a non-zero exit, writes no
// output file and leaves no half-written cache entry. (Damaged cache entries, unwritable cache
// directories, missing or failing C compilers and damaged datasets are covered in GNNRuntimeTests
// and GNNDataTests.)
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
import Foundation
import GNNTestSupport

/// One run of gnnc with its own resource usage, from wait4 (getrusage's RUSAGE_CHILDREN would
/// include every gnnc the test process ran before). The peak resident set counts the test
/// process's own pages until the child's exec (Linux keeps the larger of the two), so it is an
/// upper bound on gnnc's: good for a bound against floods, not for a measurement.
struct MeasuredRun {
    var status: Int32
    var seconds: Double
    var outputBytes: Int
    var stderr: String
    var peakKilobytes: Int

    /// Runs with standard output and error in files in `directory`; `arguments` name files by absolute path.
    static func run(_ arguments: [String], in directory: URL, timeout: Double = 60) throws -> MeasuredRun {
        let executable = try Gnnc.binary.get().path
        let out = directory.appendingPathComponent("measured.stdout").path
        let err = directory.appendingPathComponent("measured.stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let t0 = Date()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Date().timeIntervalSince(t0) > timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                throw GnncRunnerError.timedOut(arguments: arguments, seconds: timeout)
            }
            usleep(2000)
        }
        let seconds = Date().timeIntervalSince(t0)
        let size = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }
        let stderr = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: err))) ?? Data(), as: UTF8.self)
        // A normal exit's status is in bits 8-15; a signal leaves its number in the low bits.
        let exited = status & 0x7f == 0
        return MeasuredRun(status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), seconds: seconds,
                           outputBytes: size(out) + size(err), stderr: stderr, peakKilobytes: Int(usage.ru_maxrss))
    }
}

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

    /// Flood inputs through the binary: each exits 1 with at most the error limit's diagnostics,
    /// within generous bounds on time, output and memory (before: 10 KB of NUL took 4.6 s and
    /// printed 150 MB; a megabyte of NUL ran out of time at 5.9 GB). The figures are printed.
    func testFloodInputsThroughTheBinaryStayWithinTimeOutputAndMemoryBounds() throws {
        let dir = try makeTempDirectory()
        let wanted = ["megabyte-of-nul.gnn", "dollar-space.gnn", "error-per-line.gnn", "nested-(.gnn", "long-names.gnn",
                      "megabyte-of-nul.gir", "dollar-space.gir", "megabyte-of-nul.kir"]
        let inputs = (FloodInputs.spec + FloodInputs.graphIR + FloodInputs.kernelIR).filter { wanted.contains($0.name) }
        XCTAssertEqual(inputs.count, wanted.count)
        for input in inputs {
            try Data(input.bytes).write(to: dir.appendingPathComponent(input.name))
            let path = dir.appendingPathComponent(input.name).path
            let arguments = input.name.hasSuffix(".gnn") ? ["compile", path] : input.name.hasSuffix(".gir") ? ["opt", path, "--passes", "verify"]
                : ["opt", path, "--passes", "map-rows-to-lanes"]
            let r = try MeasuredRun.run(arguments, in: dir)
            print("flood through gnnc \(arguments.joined(separator: " ").replacingOccurrences(of: dir.path + "/", with: "")): exit \(r.status), \(String(format: "%.3f", r.seconds)) s, "
                  + "\(r.outputBytes) bytes of output, peak RSS \(r.peakKilobytes) KiB")
            XCTAssertEqual(r.status, 1, "\(input): \(r.stderr.prefix(3000))")
            // The process as a whole: start-up and reading the file are in it, so the bound is wider.
            XCTAssertLessThan(r.seconds, 2 * FloodBounds.seconds, "\(input)")
            XCTAssertLessThan(r.outputBytes, FloodBounds.outputBytes, "\(input)")
            XCTAssertLessThan(r.peakKilobytes, 1024 * 1024, "\(input)")
            XCTAssertLessThanOrEqual(r.stderr.components(separatedBy: ": error[").count - 1, FloodBounds.maxErrors, "\(input)")
            XCTAssertFalse(r.stderr.unicodeScalars.contains { $0.value == 0 }, "\(input): a NUL reached the terminal")
        }
        // The flag lifts the limit: every error of the one-per-line input, and no line saying it stopped.
        let all = try gnnc(arguments: ["compile", "error-per-line.gnn", "--error-limit", "0"], in: dir)
        assertExit(all, 1)
        XCTAssertEqual(all.stderr.components(separatedBy: "error[E301]").count - 1, 50_000)
        XCTAssertFalse(all.stderr.contains("E505"))
        let three = try gnnc(arguments: ["compile", "error-per-line.gnn", "--error-limit", "3"], in: dir)
        assertExit(three, 1)
        XCTAssertEqual(three.stderr.components(separatedBy: ": error[").count - 1, 4)
        assertContains(three.stderr, "error-per-line.gnn:5:11: error[E505]: too many errors emitted, stopping now (the limit is 3", "stderr")
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

/// A real full disk: a small tmpfs mounted in a private mount namespace (`unshare -m`, as root;
/// `unshare -rm` maps an unprivileged user to root inside its own namespace), so nothing outside
/// the test sees it. `fill` bytes are written first.
final class FullDiskTests: XCTestCase {
    func fullDiskShell(_ mountPoint: URL, size: String, fill: Int = 0) -> String {
        let unshare = geteuid() == 0 ? "unshare -m" : "unshare -rm"
        let filler = fill > 0 ? " && head -c \(fill) /dev/zero > '\(mountPoint.path)/fill' 2>/dev/null; true" : ""
        return "exec \(unshare) bash -c 'mount -t tmpfs -o size=\(size) tmpfs \"\(mountPoint.path)\"\(filler) && exec \"$0\" \"$@\"' \"$0\" \"$@\""
    }

    /// Before: the compile in the full cache failed with the linker's 'ld returned 1 exit status'
    /// and a reproducer was written to /tmp/gnnc-failed-<key>.c.
    func testAFullCacheDiskCompilesPrivatelyAndSaysWhy() throws {
        let dir = try makeTempDirectory()
        let disk = dir.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let cache = disk.appendingPathComponent("cache")
        let json = dir.appendingPathComponent("r.json")
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("gnnc-failed-") })
        // 64 KiB: the first library (about 20 KB), its meta and the second's C source (about 26 KB)
        // fit, the second library (about 37 KB) does not.
        let r = try Gnnc.run(["run", Inputs.spec("gcn"), "--dataset", "synthetic:200,1000,16,3,1", "--epochs", "2", "--json", json.path],
                             in: dir, environment: ["GNNC_CACHE_DIR": cache.path], shell: fullDiskShell(disk, size: "64k"))
        assertExit(r, 0)
        assertContains(r.stderr, "warning[E705]: kernel cache directory '\(cache.path)': no space left on device in '\(cache.path)' (", "stderr")
        assertContains(r.stderr, "compiling in private temporary directories without caching", "stderr")
        XCTAssertFalse(r.stderr.contains("ld returned"), r.stderr)
        assertContains(try read(json), "\"warnings\": [\"kernel cache directory '\(cache.path)': no space left on device")
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("gnnc-failed-") })
        XCTAssertEqual(after.subtracting(before), [], "a reproducer was left in the shared temporary directory")
    }

    /// Before: `-o` and `--json` on a full disk said 'cannot create a file in its directory'.
    func testOutputsOnAFullDiskNameTheCauseAndLeaveNothing() throws {
        let dir = try makeTempDirectory()
        let disk = dir.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        let shell = fullDiskShell(disk, size: "16k", fill: 16384)
        let compile = try Gnnc.run(["compile", Inputs.spec("gcn"), "--emit", "c", "-o", disk.appendingPathComponent("x.c").path],
                                   in: dir, shell: shell)
        XCTAssertNotEqual(compile.status, 0)
        XCTAssertFalse(compile.signaled)
        assertContains(compile.stderr, "error[E503]: cannot write '\(disk.path)/x.c': No space left on device", "stderr")
        let run = try Gnnc.run(["run", Inputs.spec("gcn"), "--dataset", "synthetic:200,1000,16,3,1", "--epochs", "2",
                                "--json", disk.appendingPathComponent("r.json").path, "--save", disk.appendingPathComponent("s.safetensors").path],
                               in: dir, environment: ["GNNC_CACHE_DIR": dir.appendingPathComponent("cache").path], shell: shell)
        assertExit(run, 3)
        assertContains(run.stderr, "error[E751]: \(disk.path)/s.safetensors: cannot write: write '", "stderr")
        assertContains(run.stderr, "No space left on device", "stderr")
        assertContains(run.stderr, "error[E503]: cannot write '\(disk.path)/r.json': No space left on device", "stderr")
        XCTAssertEqual(try contentsOfDirectory(disk), [], "the mount is private: the test's directory never held its files")
    }

    /// Before: a failed --save threw before the report was built, so --json was lost too.
    func testAFailedSaveStillWritesTheReport() throws {
        let dir = try makeTempDirectory()
        let json = dir.appendingPathComponent("r.json")
        let save = dir.appendingPathComponent("no/such/dir/s.safetensors").path
        let r = try Gnnc.run(["run", Inputs.spec("gcn"), "--dataset", "synthetic:200,1000,16,3,1", "--epochs", "2", "--json", json.path, "--save", save],
                             in: dir, environment: ["GNNC_CACHE_DIR": dir.appendingPathComponent("cache").path])
        assertExit(r, 3)
        assertContains(r.stderr, "error[E751]: \(save)", "stderr")
        let report = try read(json)
        assertContains(report, "\"save_error\": \"\(save): cannot write", "report")
        assertContains(report, "\"final_test_accuracy\"", "report")
    }

    /// Before: SIGHUP (a closed terminal) killed the process at once, mid-write.
    func testSIGHUPStopsTheRunLikeCtrlC() throws {
        let dir = try makeTempDirectory()
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let r = try Gnnc.run(["run", Inputs.spec("gcn"), "--dataset", "synthetic:3000,30000,64,5,1", "--epochs", "1000000",
                              "--json", out.appendingPathComponent("r.json").path],
                             in: dir, environment: ["GNNC_CACHE_DIR": dir.appendingPathComponent("cache").path],
                             interruptAfter: 3.0, interruptSignal: SIGHUP)
        XCTAssertEqual(r.status, 130, "\(r)")
        XCTAssertFalse(r.signaled)
        assertContains(r.stderr, "gnnc: interrupted; no output was written", "stderr")
        XCTAssertEqual(try contentsOfDirectory(out), [])
    }

    /// Before: a cache directory others could write was read (its libraries dlopen'ed) and the
    /// warnings the cache collected were never printed.
    func testAnUntrustedCacheIsReportedAndNotRead() throws {
        let dir = try makeTempDirectory()
        let cache = dir.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(cache.path, 0o777), 0)
        let arguments = ["run", Inputs.spec("gcn"), "--dataset", "synthetic:200,1000,16,3,1", "--epochs", "2"]
        let r = try gnnc(arguments: arguments, in: dir, environment: ["GNNC_CACHE_DIR": cache.path])
        assertExit(r, 0)
        assertContains(r.stderr, "gnnc: warning[E705]: kernel cache directory '\(cache.path)' is not used: '\(cache.path)' is writable by group and others (mode 777); make it private with chmod 700", "stderr")
        assertContains(r.stdout, "kernels compiled 2, loaded from cache 0", "stdout")
        XCTAssertEqual(try contentsOfDirectory(cache), [])
        let info = try gnnc(arguments: ["cache", "info"], in: dir, environment: ["GNNC_CACHE_DIR": cache.path])
        assertContains(info.stdout, "not used: '\(cache.path)' is writable by group and others", "cache info")
    }
}

/// Programs and graphs larger than the machine: refused before allocating, with the estimate and
/// what is available, exit 3; never a trap in posix_memalign or Swift's array allocation.
final class MemoryExhaustionTests: XCTestCase {
    func spec(_ name: String, hidden: String, from base: String, in dir: URL) throws -> String {
        let text = try String(contentsOfFile: Inputs.spec(base), encoding: .utf8)
        let replaced = text.replacingOccurrences(of: #"const HIDDEN = \d+"#, with: "const HIDDEN = \(hidden)", options: .regularExpression)
        XCTAssertNotEqual(text, replaced, "\(base).gnn declares const HIDDEN")
        let path = dir.appendingPathComponent(name).path
        try replaced.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func assertRefused(_ r: GnncResult, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
        assertExit(r, 3, file: file, line: line)
        assertContains(r.stderr, needle, "stderr", file: file, line: line)
        assertContains(r.stderr, " is available", "stderr", file: file, line: line)
    }

    /// Before: `Fatal error: HostBuffer: posix_memalign ... failed` (SIGILL).
    func testAHugeHiddenDimensionIsRefusedWithTheEstimate() throws {
        let dir = try makeTempDirectory()
        let env = ["GNNC_CACHE_DIR": dir.appendingPathComponent("cache").path]
        let gcn = try spec("gcn-huge.gnn", hidden: "2147483647", from: "gcn", in: dir)
        assertRefused(try gnnc(arguments: ["run", gcn, "--dataset", "synthetic:2000,10000,4,3,1", "--epochs", "1"], in: dir, environment: env),
                      "error[E708]: the GCN program's 21 buffers need 48064.0 GiB of memory, but ")
        let gat = try spec("gat-huge.gnn", hidden: "1000000", from: "gat", in: dir)
        assertRefused(try gnnc(arguments: ["run", gat, "--dataset", "synthetic:2708,10556,1433,7,1", "--epochs", "1"], in: dir, environment: env),
                      "error[E708]: the GAT program's ")
    }

    /// Before: Swift's array allocation for 2^31 edges trapped.
    func testAGraphLargerThanMemoryIsRefusedBeforeGenerating() throws {
        let r = try gnnc(arguments: ["run", Inputs.spec("gcn"), "--dataset", "synthetic:1000000,2147483647,1,2,1", "--epochs", "1"])
        assertRefused(r, "error[E708]: 'synthetic:1000000,2147483647,1,2,1': generating 2147483647 edges and 1000000 x 1 features needs about 64.0 GiB of memory, but ")
    }

    /// The budget follows the process's own limits (ulimit -v here), not only the machine's RAM.
    func testTheBudgetFollowsTheAddressSpaceLimit() throws {
        let dir = try makeTempDirectory()
        let wide = try spec("gcn-4096.gnn", hidden: "4096", from: "gcn", in: dir)
        let r = try Gnnc.run(["run", wide, "--dataset", "synthetic:20000,100000,64,4,1", "--epochs", "1"], in: dir,
                             environment: ["GNNC_CACHE_DIR": dir.appendingPathComponent("cache").path], shell: "ulimit -v 1500000")
        assertRefused(r, "error[E708]: the GCN program's 40 buffers need 2.8 GiB of memory, but ")
    }
}
