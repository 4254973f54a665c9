// Every ModelSpec's CUDA C (forward and training, fused and op by op) compiles to PTX with NVRTC
// for Ampere (compute_80) and Hopper (compute_90); no GPU needed. CI installs NVRTC and fails
// here without it; elsewhere the test skips, saying why.
import XCTest
import GNNCompiler
import GNNRuntime
import GNNTestSupport

final class CUDACompileTests: XCTestCase {
    func loadNVRTC() throws -> NVRTC {
        do { return try NVRTC.load() } catch {
            try missingPrerequisite("NVRTC not available (\(error)); searched: \(NVRTC.searchList().joined(separator: ", "))")
        }
    }

    /// Through `gnnc selftest --device nvrtc`'s library entry: 6 specs x {forward, training} x
    /// {fused, op by op} x {compute_80, compute_90}, each with every kernel present in the PTX.
    func testEveryModelSpecCompilesToPTXForAmpereAndHopper() throws {
        _ = try loadNVRTC()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-ptx-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let cache = PTXCache(directory: dir)
        let (table, passed) = try NVRTCSelfTest.run(specsDirectory: repoRoot() + "/ModelSpecs", cache: cache).get()
        XCTAssertTrue(passed, table)
        XCTAssertTrue(table.contains("48 compiled, 0 loaded"), table)
        // A second run finds every PTX on disk.
        let again = PTXCache(directory: dir)
        let (second, _) = try NVRTCSelfTest.run(specsDirectory: repoRoot() + "/ModelSpecs", cache: again).get()
        XCTAssertEqual(again.stats, PTXCacheStats(compiled: 0, loaded: 48, corruptEntriesRebuilt: 0), second)
        XCTAssertTrue(table.hasSuffix("48 compiled, all passed\n"), table)
        let rows = table.split(separator: "\n").filter { $0.hasSuffix(" ok") }
        XCTAssertEqual(rows.count, 48, table)
        XCTAssertEqual(rows.filter { $0.contains("compute_90") }.count, 24, table)
    }
}
