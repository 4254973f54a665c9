// CCompilerTests: option lists, environment overrides, version string and compiler errors.

import Foundation
import XCTest
@testable import GNNRuntime

final class CCompilerTests: RuntimeTestCase {
    func testDefaultOptionsAreExactlyTheDocumentedList() {
        XCTAssertEqual(CCompiler.defaultOptions,
                       ["-O3", "-march=native", "-fopenmp", "-shared", "-fPIC", "-std=c11", "-ffp-contract=off"])
        XCTAssertEqual(CCompiler().options, CCompiler.defaultOptions)
        XCTAssertEqual(CCompiler().executable, "cc")
    }

    func testCommandLineEndsWithOutputAndSource() {
        let line = CCompiler().commandLine(source: "in.c", output: "out.so")
        XCTAssertEqual(line, ["cc"] + CCompiler.defaultOptions + ["-o", "out.so", "in.c"])
    }

    func testCFlagsReplaceDefaultsButKeepSharedAndPIC() {
        XCTAssertEqual(CCompiler.options(flags: "-O2  -march=x86-64\t-fopenmp"),
                       ["-O2", "-march=x86-64", "-fopenmp", "-shared", "-fPIC"])
        XCTAssertEqual(CCompiler.options(flags: "-O1 -fPIC"), ["-O1", "-fPIC", "-shared"])
        XCTAssertEqual(CCompiler.options(flags: "   "), CCompiler.defaultOptions)
        XCTAssertEqual(CCompiler.options(flags: nil), CCompiler.defaultOptions)
    }

    func testEnvironmentSelectsCompilerAndFlags() {
        let chosen = CCompiler.fromEnvironment(["GNNC_CC": "/opt/bin/gcc-13", "GNNC_CFLAGS": "-O2"])
        XCTAssertEqual(chosen.executable, "/opt/bin/gcc-13")
        XCTAssertEqual(chosen.options, ["-O2", "-shared", "-fPIC"])
        let defaults = CCompiler.fromEnvironment(["GNNC_CC": ""])
        XCTAssertEqual(defaults, CCompiler())
    }

    func testVersionIsTheFirstLineOfVersionOutput() throws {
        let version = try CCompiler().version()
        XCTAssertFalse(version.isEmpty)
        XCTAssertFalse(version.contains("\n"))
        XCTAssertEqual(try CCompiler().version(), version, "cached value must be stable")
    }

    func testMissingCompilerIsReportedByName() {
        let missing = CCompiler(executable: "/nonexistent/cc")
        XCTAssertThrowsError(try missing.version()) { error in
            let error = error as? RuntimeError
            XCTAssertEqual(error?.kind, .compilerMissing)
            XCTAssertTrue(error?.message.contains("/nonexistent/cc") == true, "\(String(describing: error))")
        }
    }

    func testMissingCompilerThroughDeviceGivesCompilerMissing() {
        let device = makeDevice(compiler: CCompiler(executable: "/nonexistent/cc"))
        XCTAssertThrowsError(try device.load(source: Kernels.add, salt: "")) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .compilerMissing)
            XCTAssertTrue("\(error)".contains("/nonexistent/cc"))
        }
        XCTAssertEqual(device.cache.stats.compiled, 0)
    }

    func testNonCompilerExecutableIsRejected() {
        // `false` exists but prints nothing and fails: not a usable compiler.
        XCTAssertThrowsError(try CCompiler(executable: "false").version()) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .compilerMissing)
        }
    }

    func testSyntaxErrorGivesCompileFailedWithDiagnosticsAndReproducer() throws {
        let device = makeDevice()
        XCTAssertThrowsError(try device.load(source: Kernels.syntaxError, salt: "")) { error in
            guard let error = error as? RuntimeError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.kind, .compileFailed)
            // gcc: "error: expected expression before ';' token"
            XCTAssertTrue(error.message.contains("expected expression"), error.message)
            XCTAssertTrue(error.compilerOutput?.contains("error") == true)
            guard let path = error.path else { return XCTFail("no reproducer path") }
            XCTAssertTrue(error.message.contains(path))
            XCTAssertEqual(try? String(contentsOfFile: path, encoding: .utf8), Kernels.syntaxError)
            XCTAssertTrue(path.hasPrefix(cacheDirectory + "/failed/"), path)
        }
        XCTAssertEqual(device.cache.stats.compiled, 0)
        XCTAssertEqual(device.cache.info().entryCount, 0)
        XCTAssertFalse(cacheListing().contains { $0.hasPrefix(".tmp-") }, "staging left behind: \(cacheListing())")
    }

    func testCustomFlagsActuallyReachTheCompiler() throws {
        // A -D from GNNC_CFLAGS must be visible to the source, proving the flags are used.
        let source = """
        #include <stdint.h>
        #ifndef GNNC_TEST_FLAG
        #error flag not passed
        #endif
        void f(void* const* b, const int64_t* s) { (void)b; (void)s; }
        """
        let withFlag = makeDevice(compiler: CCompiler(flags: "-O1 -DGNNC_TEST_FLAG"))
        XCTAssertNoThrow(try withFlag.load(source: source, salt: "").function(named: "f"))
        let without = makeDevice(directory: scratch + "/other")
        XCTAssertThrowsError(try without.load(source: source, salt: ""))
    }
}
