// The caches' trust model: planted code in a directory others can write never runs, entries are checked before dlopen maps them, and bad entries are evicted once.
import Foundation
import XCTest
@testable import GNNRuntime

final class CacheTrustTests: RuntimeTestCase {
    var marker: String { scratch + "/planted-ran" }

    /// A library whose constructor appends a line to `marker` and that exports no kernel.
    func plantedLibrary() throws -> [UInt8] {
        let source = scratch + "/plant.c", output = scratch + "/plant.so"
        try """
        #include <stdio.h>
        __attribute__((constructor)) static void planted(void) {
            FILE* f = fopen("\(marker)", "a");
            if (f) { fputs("ran\\n", f); fclose(f); }
        }
        """.write(toFile: source, atomically: true, encoding: .utf8)
        try CCompiler().compile(sourcePath: source, outputPath: output)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
    }

    var constructorRuns: Int {
        ((try? String(contentsOfFile: marker, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Fills the cache with `add_f32`'s entry, then replaces library and meta as an attacker who
    /// can write the directory would: the meta records the planted bytes' length and digest.
    func plantOverTheAddEntry(_ bytes: [UInt8]) throws -> (library: String, meta: String) {
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "", symbols: ["add_f32"])
        let key = try device.cache.key(source: Kernels.add, salt: "", compiler: device.compiler)
        let paths = device.cache.entryPaths(forKey: key)
        try replaceFile(paths.library, with: bytes)
        try replaceFile(paths.meta, with: Array(KernelCacheMeta(key: key, libraryBytes: bytes).text.utf8))
        return paths
    }

    func testPlantedLibraryInADirectoryOthersCanWriteNeverRuns() throws {
        let planted = try plantOverTheAddEntry(try plantedLibrary())
        XCTAssertEqual(chmod(cacheDirectory, 0o777), 0)
        let device = makeDevice()
        try assertAddWorks(try device.load(source: Kernels.add, salt: "", symbols: ["add_f32"]))
        XCTAssertEqual(constructorRuns, 0, "the planted constructor ran")
        XCTAssertEqual(device.cache.stats.loadedFromDisk, 0)
        XCTAssertEqual(device.cache.stats.compiled, 1)
        XCTAssertEqual(device.cache.stats.warnings.count, 1)
        let warning = device.cache.stats.warnings.first ?? ""
        XCTAssertTrue(warning.contains("is writable by group and others (mode 777)"), warning)
        XCTAssertTrue(warning.contains("compiling in private temporary directories"), warning)
        // Nothing is read from or written to the untrusted directory: the planted files stay as they were.
        XCTAssertEqual([UInt8](try Data(contentsOf: URL(fileURLWithPath: planted.library))), try plantedLibrary())
        XCTAssertFalse(cacheListing().contains { $0.hasPrefix(".tmp-") })
    }

    func testADirectoryOwnedByAnotherUserIsNotUsed() throws {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let directory: String
        if geteuid() == 0 {
            XCTAssertEqual(chown(cacheDirectory, 65534, 65534), 0)
            directory = cacheDirectory
        } else {
            directory = "/usr/lib"  // owned by root, who is not this user
        }
        let problem = CacheTrust.problem(directory: directory) ?? ""
        XCTAssertTrue(problem.contains("is owned by uid"), problem)
        XCTAssertTrue(problem.contains("not by the current user (uid \(geteuid()))"), problem)
        let device = makeDevice(directory: directory)
        try assertAddWorks(try device.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(device.cache.stats.compiled, 1)
        XCTAssertTrue(device.cache.stats.warnings.first?.contains("is owned by uid") == true, "\(device.cache.stats.warnings)")
        if geteuid() == 0 { XCTAssertEqual(cacheListing(), [], "nothing written into another user's directory") }
    }

    func testAPlantedLibraryLackingTheKernelsIsEvictedAndRebuiltOnce() throws {
        // In a private directory the user's own files are trusted, so the planted library is
        // loaded, but it lacks add_f32: it is closed, deleted and rebuilt, and never loads again.
        _ = try plantOverTheAddEntry(try plantedLibrary())
        let first = makeDevice()
        try assertAddWorks(try first.load(source: Kernels.add, salt: "", symbols: ["add_f32"]))
        XCTAssertEqual(first.cache.stats.corruptEntriesRebuilt, 1)
        XCTAssertEqual(first.cache.stats.compiled, 1)
        let second = makeDevice()
        try assertAddWorks(try second.load(source: Kernels.add, salt: "", symbols: ["add_f32"]))
        XCTAssertEqual(second.cache.stats.loadedFromDisk, 1)
        XCTAssertEqual(constructorRuns, 1, "the evicted library was loaded again")
    }

    func testATruncatedLibraryWithAForgedMetaIsNeverMapped() throws {
        // Before the ELF check this crashed with SIGBUS inside dlopen (the loader touched
        // pages past the end of the file).
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "")
        let key = try device.cache.key(source: Kernels.add, salt: "", compiler: device.compiler)
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: device.cache.entryPaths(forKey: key).library)))
        for length in [whole.count - 1, whole.count / 2, 9000, 100, 10] {
            let truncated = Array(whole.prefix(length))
            XCTAssertNotNil(ELFCheck.problem(truncated), "\(length) bytes")
            let paths = device.cache.entryPaths(forKey: key)
            try replaceFile(paths.library, with: truncated)
            try replaceFile(paths.meta, with: Array(KernelCacheMeta(key: key, libraryBytes: truncated).text.utf8))
            let reader = makeDevice()
            try assertAddWorks(try reader.load(source: Kernels.add, salt: ""))
            XCTAssertEqual(reader.cache.stats.corruptEntriesRebuilt, 1, "\(length) bytes")
        }
        XCTAssertNil(ELFCheck.problem(whole))
    }

    func testELFCheckNamesWhatIsWrong() throws {
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "")
        let key = try device.cache.key(source: Kernels.add, salt: "", compiler: device.compiler)
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: device.cache.entryPaths(forKey: key).library)))
        XCTAssertEqual(ELFCheck.problem(Array("not a library".utf8)), "13 bytes is shorter than an ELF header")
        XCTAssertEqual(ELFCheck.problem([UInt8](repeating: 0, count: 64)), "not an ELF file")
        var executable = whole
        executable[16] = 2  // ET_EXEC
        XCTAssertEqual(ELFCheck.problem(executable), "not an ELF shared object (e_type 2)")
        var farHeaders = whole
        for i in 32..<40 { farHeaders[i] = 0xff }  // e_phoff near 2^64: the end must not wrap around
        XCTAssertEqual(ELFCheck.problem(farHeaders), "program headers end past the file's \(whole.count) bytes (truncated?)")
        let problem = ELFCheck.problem(Array(whole.prefix(whole.count - 1))) ?? ""
        XCTAssertTrue(problem.contains("truncated?"), problem)
    }

    func testAnEntryOthersCanWriteOrALinkIsRebuilt() throws {
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "")
        let key = try device.cache.key(source: Kernels.add, salt: "", compiler: device.compiler)
        let paths = device.cache.entryPaths(forKey: key)
        XCTAssertEqual(chmod(paths.library, 0o666), 0)
        let reader = makeDevice()
        try assertAddWorks(try reader.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(reader.cache.stats.corruptEntriesRebuilt, 1)
        XCTAssertEqual(KernelCacheEntryPaths(directory: cacheDirectory, key: key).verify(key: key), .intact)

        // A link in place of the entry (to an intact copy elsewhere) is not followed.
        let elsewhere = scratch + "/elsewhere.so"
        XCTAssertEqual(rename(paths.library, elsewhere), 0)
        XCTAssertEqual(symlink(elsewhere, paths.library), 0)
        guard case .corrupt(let reason) = KernelCacheEntryPaths(directory: cacheDirectory, key: key).verify(key: key) else {
            return XCTFail("a link was accepted as an entry")
        }
        XCTAssertTrue(reason.contains("a link, or unreadable"), reason)
        let third = makeDevice()
        try assertAddWorks(try third.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(third.cache.stats.corruptEntriesRebuilt, 1)
    }

    func testDirectoriesAboveTheCacheMustNotBeOpenToOthersUnlessSticky() throws {
        let open = scratch + "/open", cache = open + "/cache"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(cache, 0o700), 0)
        XCTAssertEqual(chmod(open, 0o777), 0)
        let problem = CacheTrust.problem(directory: cache) ?? ""
        XCTAssertTrue(problem.contains("'\(CacheTrust.realPath(open) ?? open)', above the cache, is writable by group and others (mode 777) and not sticky"), problem)
        XCTAssertEqual(chmod(open, 0o1777), 0)  // like /tmp: others cannot rename our cache away
        XCTAssertNil(CacheTrust.problem(directory: cache))
        XCTAssertEqual(chmod(open, 0o755), 0)
    }

    func testLevelsTheCacheCreatesArePrivateAndItsLibrariesIgnoreTheUmask() throws {
        let nested = scratch + "/a/b/cache"
        let old = umask(0o002)  // a group-writable umask (user private groups)
        defer { umask(old) }
        let device = makeDevice(directory: nested)
        _ = try device.load(source: Kernels.add, salt: "")
        for level in [scratch + "/a", scratch + "/a/b", nested] {
            let mode = (try FileManager.default.attributesOfItem(atPath: level)[.posixPermissions] as? Int) ?? -1
            XCTAssertEqual(mode, 0o700, level)
        }
        let key = try device.cache.key(source: Kernels.add, salt: "", compiler: device.compiler)
        let library = device.cache.entryPaths(forKey: key).library
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: library)[.posixPermissions] as? Int), 0o644)
        let reader = makeDevice(directory: nested)
        _ = try reader.load(source: Kernels.add, salt: "")
        XCTAssertEqual(reader.cache.stats.loadedFromDisk, 1, "the cache's own entry was refused: \(reader.cache.stats)")
    }

    func testACompileErrorLeavesNoReproducerAtAPredictableNameInTmp() throws {
        XCTAssertEqual(mkdir(cacheDirectory, 0o777), 0)
        XCTAssertEqual(chmod(cacheDirectory, 0o777), 0)
        let device = makeDevice()
        XCTAssertThrowsError(try device.load(source: Kernels.syntaxError, salt: "")) { error in
            guard let e = error as? RuntimeError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .compileFailed)
            let path = e.path ?? ""
            XCTAssertTrue(path.contains("/gnnc-kernel-"), "the reproducer stays in its mkdtemp directory: \(path)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: path))
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        }
        XCTAssertEqual(cacheListing(), [], "nothing written into the untrusted directory")
    }

    func testInfoCountsStagingLeftByKilledProcessesAndSaysWhenUntrusted() throws {
        try FileManager.default.createDirectory(atPath: cacheDirectory + "/.tmp-999999999-7", withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: cacheDirectory + "/.tmp-999999999-7/k.c", contents: Data(count: 1234)))
        let info = KernelCache(directory: cacheDirectory).info()
        XCTAssertEqual(info.staleStagingCount, 1)
        XCTAssertEqual(info.staleStagingBytes, 1234)
        XCTAssertNil(info.untrusted)
        XCTAssertEqual(chmod(cacheDirectory, 0o775), 0)
        XCTAssertTrue(KernelCache(directory: cacheDirectory).info().untrusted?.contains("writable by its group") == true)
    }

    // MARK: the PTX cache follows the same rules

    func testPTXCacheReadsNothingFromAnUntrustedDirectory() throws {
        let ptx = PTXCache(directory: cacheDirectory)
        var compiles = 0
        func body() throws -> [UInt8] {
            try ptx.cached(key: "k", suffix: "ptx", source: "s", name: "n.cu", options: []) { () throws(RuntimeError) in
                compiles += 1
                return Array("genuine".utf8)
            }
        }
        XCTAssertEqual(try body(), Array("genuine".utf8))
        // Someone who can write the directory plants an entry with a matching digest.
        try replaceFile(ptx.path(forKey: "k"), with: PTXCache.entry(Array("planted".utf8)))
        XCTAssertEqual(chmod(cacheDirectory, 0o777), 0)
        XCTAssertEqual(try body(), Array("genuine".utf8))
        XCTAssertEqual(compiles, 2)
        XCTAssertTrue(ptx.stats.warnings.first?.contains("writable by group and others") == true, "\(ptx.stats.warnings)")
        // Back to private, an entry that others can write is deleted and compiled again.
        XCTAssertEqual(chmod(cacheDirectory, 0o700), 0)
        XCTAssertEqual(chmod(ptx.path(forKey: "k"), 0o666), 0)
        XCTAssertEqual(try body(), Array("genuine".utf8))
        XCTAssertEqual(compiles, 3)
        XCTAssertEqual(ptx.stats.corruptEntriesRebuilt, 1)
        XCTAssertEqual(try body(), Array("genuine".utf8))
        XCTAssertEqual(ptx.stats.loaded, 1)
    }

    func testPTXCacheFreshCompileReplacesAnEntryTheDriverRefused() throws {
        let ptx = PTXCache(directory: cacheDirectory)
        _ = try ptx.cached(key: "k", suffix: "cubin", source: "s", name: "n.cu", options: []) { () throws(RuntimeError) in Array("stale".utf8) }
        let fresh = try ptx.cached(key: "k", suffix: "cubin", source: "s", name: "n.cu", options: [], fresh: true) { () throws(RuntimeError) in
            Array("fresh".utf8)
        }
        XCTAssertEqual(fresh, Array("fresh".utf8))
        let onDisk = [UInt8](try Data(contentsOf: URL(fileURLWithPath: ptx.path(forKey: "k", suffix: "cubin"))))
        XCTAssertEqual(PTXCache.verifiedBytes(onDisk), Array("fresh".utf8))
    }
}
