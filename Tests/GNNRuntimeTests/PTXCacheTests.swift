// The PTX cache: a second compile is a load, a damaged entry is rebuilt, and the key covers the
// options and NVRTC's version. Needs NVRTC (CI installs it; elsewhere the tests skip).
import Foundation
import XCTest
@testable import GNNRuntime
import GNNTestSupport

final class PTXCacheTests: XCTestCase {
    static let kernel = "extern \"C\" __global__ void twice(float* x) { x[threadIdx.x] *= 2.0f; }"

    func nvrtc() throws -> NVRTC {
        do { return try NVRTC.load() } catch {
            try missingPrerequisite("NVRTC not available (\(error)); searched: \(NVRTC.searchList().joined(separator: ", "))")
        }
    }

    func cache() -> PTXCache {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return PTXCache(directory: dir)
    }

    func testSecondRequestLoadsAndADamagedEntryIsRebuilt() throws {
        let compiler = try nvrtc(), c = cache()
        let options = ["--gpu-architecture=compute_80"]
        let first = try c.ptx(source: Self.kernel, name: "twice.cu", options: options, nvrtc: compiler)
        XCTAssertTrue(first.contains(".visible .entry twice("))
        let second = try PTXCache(directory: c.directory).ptx(source: Self.kernel, name: "twice.cu", options: options, nvrtc: compiler)
        XCTAssertEqual(first, second)
        XCTAssertEqual(c.stats, PTXCacheStats(compiled: 1, loaded: 0, corruptEntriesRebuilt: 0))
        let path = c.path(forKey: PTXCache.key(source: Self.kernel, options: options, nvrtcVersion: compiler.version))
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count - 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: path))
        let rebuilt = PTXCache(directory: c.directory)
        XCTAssertEqual(try rebuilt.ptx(source: Self.kernel, name: "twice.cu", options: options, nvrtc: compiler), first)
        XCTAssertEqual(rebuilt.stats, PTXCacheStats(compiled: 1, loaded: 0, corruptEntriesRebuilt: 1))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data(PTXCache.entry(first).utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: c.directory), [(path as NSString).lastPathComponent])
    }

    func testKeyCoversOptionsVersionAndSource() {
        let base = PTXCache.key(source: "a", options: ["--gpu-architecture=compute_80"], nvrtcVersion: (11, 8))
        XCTAssertNotEqual(base, PTXCache.key(source: "a", options: ["--gpu-architecture=compute_90"], nvrtcVersion: (11, 8)))
        XCTAssertNotEqual(base, PTXCache.key(source: "a", options: ["--gpu-architecture=compute_80"], nvrtcVersion: (12, 0)))
        XCTAssertNotEqual(base, PTXCache.key(source: "b", options: ["--gpu-architecture=compute_80"], nvrtcVersion: (11, 8)))
        XCTAssertEqual(base, PTXCache.key(source: "a", options: ["--gpu-architecture=compute_80"], nvrtcVersion: (11, 8)))
        XCTAssertNil(PTXCache.verified(Array("// gnnc-ptx sha256=00\nptx".utf8)))
        XCTAssertEqual(PTXCache.verified(Array(PTXCache.entry("ptx text").utf8)), "ptx text")
    }

    /// NVRTC rejecting a source leaves a reproducer: the source and the options beside the cache,
    /// named in the error with NVRTC's log.
    func testRejectedSourceIsSavedWithItsOptions() throws {
        let compiler = try nvrtc(), c = cache()
        let options = ["--gpu-architecture=compute_80"]
        let broken = "extern \"C\" __global__ void broken(float* x) { x[0] = undefined_name; }"
        XCTAssertThrowsError(try c.ptx(source: broken, name: "broken.cu", options: options, nvrtc: compiler)) { error in
            guard let e = error as? RuntimeError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .compileFailed)
            let key = PTXCache.key(source: broken, options: options, nvrtcVersion: compiler.version)
            XCTAssertEqual(e.path, "\(c.directory)/failed/\(key).cu")
            XCTAssertTrue(e.message.contains("NVRTC options in \(c.directory)/failed/\(key).options (--gpu-architecture=compute_80)"), e.message)
            XCTAssertTrue((e.compilerOutput ?? "").contains("undefined_name"), e.compilerOutput ?? "")
            XCTAssertEqual(try? String(contentsOfFile: "\(c.directory)/failed/\(key).cu", encoding: .utf8), broken)
            XCTAssertEqual(try? String(contentsOfFile: "\(c.directory)/failed/\(key).options", encoding: .utf8), "--gpu-architecture=compute_80\n")
        }
        XCTAssertEqual(c.stats.compiled, 0)
    }
}
