// KernelCacheTests: compile-and-call, memory/disk hits, corruption, unwritable dirs, races and clear().

import Dispatch
import Foundation
import XCTest
@testable import GNNRuntime

final class KernelCacheTests: RuntimeTestCase {
    func testCompileAndCallOpenMPKernel() throws {
        let device = makeDevice()
        let library = try device.load(source: Kernels.add, salt: "test")
        try assertAddWorks(library, count: 10_000)
        XCTAssertEqual(device.cache.stats.compiled, 1)
        XCTAssertEqual(device.cache.stats.loadedFromDisk, 0)
        XCTAssertEqual(device.cache.stats.warnings, [])
        let key = try device.cache.key(source: Kernels.add, salt: "test", compiler: device.compiler)
        XCTAssertEqual(library.path, device.cache.entryPaths(forKey: key).library)
        XCTAssertEqual(cacheListing(), ["\(key).meta", "\(key).so"], "no staging left behind")
    }

    func testKernelUsesSizesArgumentAndInt64Buffers() throws {
        let library = try makeDevice().load(source: Kernels.scaleI64, salt: "")
        let kernel = try library.kernel(named: "scale_i64")
        let x = HostBuffer([Int64(1), 2, 3, 1 << 40])
        var buffers: [UnsafeMutableRawPointer?] = [x.rawPointer]
        var sizes: [Int64] = [3, 5]  // only the first three elements, plus 5
        kernel(&buffers, &sizes)
        XCTAssertEqual(x.toArray(Int64.self), [7, 9, 11, 1 << 40])
    }

    func testMetaRecordsKeyLengthAndHash() throws {
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "")
        let key = try device.cache.key(source: Kernels.add, salt: "", compiler: device.compiler)
        let paths = device.cache.entryPaths(forKey: key)
        let library = try Data(contentsOf: URL(fileURLWithPath: paths.library))
        let meta = try String(contentsOfFile: paths.meta, encoding: .utf8)
        XCTAssertTrue(meta.contains("key \(key)\n"), meta)
        XCTAssertTrue(meta.contains("bytes \(library.count)\n"), meta)
        XCTAssertTrue(meta.contains("sha256 \(SHA256.hexDigest([UInt8](library)))\n"), meta)
    }

    func testNewCacheOnSameDirectoryLoadsFromDisk() throws {
        _ = try makeDevice().load(source: Kernels.add, salt: "s")
        let second = makeDevice()
        let library = try second.load(source: Kernels.add, salt: "s")
        XCTAssertEqual(second.cache.stats.compiled, 0)
        XCTAssertEqual(second.cache.stats.loadedFromDisk, 1)
        XCTAssertEqual(second.cache.stats.corruptEntriesRebuilt, 0)
        try assertAddWorks(library)
    }

    func testSameCacheLoadsFromMemory() throws {
        let device = makeDevice()
        let first = try device.load(source: Kernels.add, salt: "")
        let second = try device.load(source: Kernels.add, salt: "")
        XCTAssertTrue(first === second)
        XCTAssertEqual(device.cache.stats.compiled, 1)
        XCTAssertEqual(device.cache.stats.loadedFromMemory, 1)
        XCTAssertEqual(device.cache.stats.loadedFromDisk, 0)
    }

    func testDifferentSaltSourceOrOptionsGiveDifferentKeys() throws {
        let base = KernelCache.key(source: "s", salt: "p", options: ["-O3"], compilerVersion: "v")
        XCTAssertEqual(base, KernelCache.key(source: "s", salt: "p", options: ["-O3"], compilerVersion: "v"))
        XCTAssertEqual(base.count, 64)
        XCTAssertNotEqual(base, KernelCache.key(source: "s2", salt: "p", options: ["-O3"], compilerVersion: "v"))
        XCTAssertNotEqual(base, KernelCache.key(source: "s", salt: "p2", options: ["-O3"], compilerVersion: "v"))
        XCTAssertNotEqual(base, KernelCache.key(source: "s", salt: "p", options: ["-O2"], compilerVersion: "v"))
        XCTAssertNotEqual(base, KernelCache.key(source: "s", salt: "p", options: ["-O3"], compilerVersion: "v2"))
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "a")
        _ = try device.load(source: Kernels.add, salt: "b")
        XCTAssertEqual(device.cache.stats.compiled, 2)
        XCTAssertEqual(device.cache.info().entryCount, 2)
    }

    // MARK: corruption

    private func corruptAndReload(_ corrupt: (_ library: String, _ meta: String) throws -> Void) throws {
        let first = makeDevice()
        _ = try first.load(source: Kernels.add, salt: "")
        let key = try first.cache.key(source: Kernels.add, salt: "", compiler: first.compiler)
        let paths = first.cache.entryPaths(forKey: key)
        try corrupt(paths.library, paths.meta)

        let second = makeDevice()
        try assertAddWorks(try second.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(second.cache.stats.corruptEntriesRebuilt, 1)
        XCTAssertEqual(second.cache.stats.compiled, 1)
        XCTAssertEqual(second.cache.stats.loadedFromDisk, 0)

        // The rebuilt entry is intact again: a third cache takes it from disk.
        let third = makeDevice()
        try assertAddWorks(try third.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(third.cache.stats.loadedFromDisk, 1)
        XCTAssertEqual(third.cache.stats.corruptEntriesRebuilt, 0)
    }

    func testTruncatedLibraryIsDetectedAndRebuilt() throws {
        try corruptAndReload { library, _ in
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: library)))
            try replaceFile(library, with: Array(bytes.prefix(bytes.count / 2)))
        }
    }

    func testFlippedBytesAreDetectedAndRebuilt() throws {
        try corruptAndReload { library, _ in
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: library)))
            for i in stride(from: bytes.count / 3, to: bytes.count / 3 + 16, by: 1) { bytes[i] ^= 0xff }
            try replaceFile(library, with: bytes)
        }
    }

    func testMissingMetaIsTreatedAsCorrupt() throws {
        try corruptAndReload { _, meta in
            XCTAssertEqual(unlink(meta), 0)
        }
    }

    func testGarbageLibraryWithMatchingMetaFailsDlopenAndIsRebuilt() throws {
        // Bytes that pass the checksum but are no ELF file: dlopen refuses, entry is rebuilt.
        try corruptAndReload { library, meta in
            let garbage = [UInt8]("not a shared library".utf8)
            let key = URL(fileURLWithPath: library).deletingPathExtension().lastPathComponent
            try replaceFile(library, with: garbage)
            try replaceFile(meta, with: Array(KernelCacheMeta(key: key, libraryBytes: garbage).text.utf8))
        }
    }

    // MARK: unwritable cache

    func testCachePathThatIsAFileStillCompilesWithWarning() throws {
        // A regular file where the directory should be: mkdir fails even for root.
        let blocked = scratch + "/blocked"
        XCTAssertTrue(FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8)))
        let device = makeDevice(directory: blocked)
        try assertAddWorks(try device.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(device.cache.stats.compiled, 1)
        XCTAssertEqual(device.cache.stats.warnings.count, 1)
        XCTAssertTrue(device.cache.stats.warnings.first?.contains(blocked) == true, "\(device.cache.stats.warnings)")
        XCTAssertEqual(try String(contentsOfFile: blocked, encoding: .utf8), "x", "the file is left alone")
        // A second kernel reuses the fallback without repeating the warning.
        _ = try device.load(source: Kernels.addVariant, salt: "")
        XCTAssertEqual(device.cache.stats.warnings.count, 1)
        XCTAssertEqual(device.cache.stats.compiled, 2)
    }

    func testReadOnlyDirectoryStillCompilesWithWarning() throws {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        XCTAssertEqual(chmod(cacheDirectory, 0o555), 0)
        if FileManager.default.createFile(atPath: cacheDirectory + "/probe", contents: nil) {
            throw XCTSkip("running as root: chmod 0555 does not make \(cacheDirectory) unwritable (the file-as-directory test covers this)")
        }
        let device = makeDevice()
        try assertAddWorks(try device.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(device.cache.stats.warnings.count, 1)
        XCTAssertEqual(cacheListing(), [])
    }

    // MARK: concurrency

    func testConcurrentLoadsOnOneCacheCompileOnce() throws {
        let device = makeDevice()
        let results = Results(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            results.set(i, Result { try device.load(source: Kernels.add, salt: "race") })
        }
        let libraries = try results.all.map { try XCTUnwrap($0).get() }
        for library in libraries { XCTAssertTrue(library === libraries[0]) }
        XCTAssertEqual(device.cache.stats.compiled, 1)
        XCTAssertEqual(device.cache.stats.loadedFromMemory, 3)
        try assertAddWorks(libraries[0])
    }

    func testConcurrentCachesOnOneDirectoryBothSucceed() throws {
        // Independent cache objects share nothing in memory, like two processes: both may
        // compile and publish the same key at once.
        let devices = (0..<2).map { _ in makeDevice() }
        for round in 0..<3 {
            let source = Kernels.add + "\n/* round \(round) */\n"
            let results = Results(count: devices.count)
            DispatchQueue.concurrentPerform(iterations: devices.count) { i in
                results.set(i, Result { try devices[i].load(source: source, salt: "") })
            }
            for result in results.all { try assertAddWorks(try XCTUnwrap(result).get()) }
            let reader = makeDevice()
            try assertAddWorks(try reader.load(source: source, salt: ""))
            XCTAssertEqual(reader.cache.stats.loadedFromDisk, 1, "round \(round): published entry must be intact")
        }
        XCTAssertFalse(cacheListing().contains { $0.hasPrefix(".tmp-") }, "\(cacheListing())")
        for device in devices { XCTAssertEqual(device.cache.stats.corruptEntriesRebuilt, 0) }
    }

    // MARK: info and clear

    func testInfoCountsEntriesAndBytes() throws {
        let device = makeDevice()
        XCTAssertEqual(device.cache.info(), KernelCacheInfo(directory: cacheDirectory, entryCount: 0, byteCount: 0))
        _ = try device.load(source: Kernels.add, salt: "")
        _ = try device.load(source: Kernels.scaleI64, salt: "")
        let info = device.cache.info()
        XCTAssertEqual(info.entryCount, 2)
        let onDisk = try cacheListing().reduce(0) { total, name in
            total + (try FileManager.default.attributesOfItem(atPath: cacheDirectory + "/" + name)[.size] as! Int)
        }
        XCTAssertEqual(info.byteCount, onDisk)
        XCTAssertEqual(info.directory, cacheDirectory)
    }

    func testClearEmptiesDirectoryAndForcesRecompile() throws {
        let device = makeDevice()
        _ = try device.load(source: Kernels.add, salt: "")
        XCTAssertThrowsError(try device.load(source: Kernels.syntaxError, salt: ""))
        XCTAssertTrue(cacheListing().contains("failed"))
        let unrelated = cacheDirectory + "/README"
        XCTAssertTrue(FileManager.default.createFile(atPath: unrelated, contents: Data()))
        try device.cache.clear()
        XCTAssertEqual(cacheListing(), ["README"], "entries and reproducers removed, foreign files kept")
        XCTAssertEqual(device.cache.info().entryCount, 0)
        XCTAssertEqual(device.cache.info().byteCount, 0)
        try assertAddWorks(try device.load(source: Kernels.add, salt: ""))
        XCTAssertEqual(device.cache.stats.compiled, 2)
    }

    func testClearRemovesStagingOfDeadProcessesOnly() throws {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        let dead = cacheDirectory + "/.tmp-999999999-1"  // above Linux's pid_max
        let live = cacheDirectory + "/.tmp-\(getpid())-123456"
        for path in [dead, live] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        try KernelCache(directory: cacheDirectory).clear()
        XCTAssertEqual(cacheListing(), [".tmp-\(getpid())-123456"])
    }

    // MARK: loading errors

    func testMissingSymbolNamesTheSymbol() throws {
        let library = try makeDevice().load(source: Kernels.add, salt: "")
        XCTAssertThrowsError(try library.kernel(named: "no_such_kernel")) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .symbolMissing)
            XCTAssertTrue("\(error)".contains("no_such_kernel"))
        }
        XCTAssertNoThrow(try library.function(named: "add_f32"))
    }

    func testDlopenFailureNamesTheFile() {
        XCTAssertThrowsError(try CPULibrary(path: scratch + "/absent.so")) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .loadFailed)
            XCTAssertTrue("\(error)".contains("absent.so"))
        }
    }

    func testDefaultDirectoryPrecedence() {
        XCTAssertEqual(KernelCache.defaultDirectory(environment: ["GNNC_CACHE_DIR": "/a", "XDG_CACHE_HOME": "/x", "HOME": "/h"]), "/a")
        XCTAssertEqual(KernelCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]), "/x/gnnc")
        XCTAssertEqual(KernelCache.defaultDirectory(environment: ["GNNC_CACHE_DIR": "", "HOME": "/h"]), "/h/.cache/gnnc")
    }
}

/// Thread-safe slots for results produced inside concurrentPerform.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<CPULibrary, any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<CPULibrary, any Error>) {
        lock.withLock { values[index] = value }
    }

    var all: [Result<CPULibrary, any Error>?] { lock.withLock { values } }
}
