// Settings: the one place the environment is read; empty values count as unset, unknown names
// are ignored, and the typed accessors read what the variables say.
import XCTest
import GNNRuntime

final class SettingsTests: XCTestCase {
    func testOnlyDocumentedNonEmptyVariablesAreKept() {
        let s = Settings(environment: ["GNNC_CC": "clang", "GNNC_CFLAGS": "", "PATH": "/bin", "GNNC_NO_CUBLAS": "1"])
        XCTAssertEqual(s.values, ["GNNC_CC": "clang", "GNNC_NO_CUBLAS": "1"])
        XCTAssertEqual(s.cCompiler, "clang")
        XCTAssertNil(s.cFlags)
        XCTAssertTrue(s.cublasOff)
        XCTAssertEqual(s.temporaryDirectory, "/tmp")
        XCTAssertEqual(Settings(environment: ["TMPDIR": "/scratch"]).temporaryDirectory, "/scratch")
    }

    func testTypedAccessors() {
        let s = Settings(environment: ["GNNC_NVRTC_PIP_DIRS": "/a:/b", "GNNC_INJECT_FAULT": "tba-any-reducer", "GNNC_EDGE_SPLIT": "never"])
        XCTAssertEqual(s.pipDirectories, ["/a", "/b"])
        XCTAssertEqual(s.injectedFaults, ["tba-any-reducer"])
        XCTAssertEqual(s.edgeSplit, "never")
        XCTAssertEqual(s.with(["GNNC_EDGE_SPLIT": nil]).edgeSplit, nil)
        XCTAssertEqual(KernelCache.defaultDirectory(Settings(environment: ["GNNC_CACHE_DIR": "/c", "HOME": "/h"])), "/c")
        XCTAssertEqual(KernelCache.defaultDirectory(Settings(environment: ["HOME": "/h"])), "/h/.cache/gnnc")
    }

    /// Nothing but Settings.swift reads the environment: a new getenv elsewhere is a setting read
    /// twice (or at a moment no one controls).
    func testNoOtherSourceFileReadsTheEnvironment() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        XCTAssertGreaterThan(files.count, 50)
        for f in files where !f.hasSuffix("GNNRuntime/Settings.swift") {
            let text = try String(contentsOfFile: sources.appendingPathComponent(f).path, encoding: .utf8)
            XCTAssertFalse(text.contains("getenv(") || text.contains("ProcessInfo.processInfo.environment"), "\(f) reads the environment")
        }
    }
}
