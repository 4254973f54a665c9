// NVRTCTests: CUDA C to PTX through the dlopen'ed NVRTC; no GPU needed, only the library.

import Foundation
import XCTest
@testable import GNNRuntime
import GNNTestSupport

final class NVRTCTests: XCTestCase {
    static let add1 = """
        extern "C" __global__ void add1(float* x, int n) {
            int i = blockIdx.x * blockDim.x + threadIdx.x;
            if (i < n) x[i] += 1.0f;
        }
        """

    /// CI installs NVRTC (.ci/run), so there a missing library is a failure; elsewhere the
    /// tests skip, saying so, because a machine without NVRTC is a normal development setup.
    private func loadNVRTC(file: StaticString = #filePath, line: UInt = #line) throws -> NVRTC {
        do { return try NVRTC.load() } catch {
            try missingPrerequisite("NVRTC not available (\(error)); searched: \(NVRTC.searchList().joined(separator: ", "))",
                                    file: file, line: line)
        }
    }

    func testVersionIsPlausible() throws {
        let nvrtc = try loadNVRTC()
        XCTAssertGreaterThanOrEqual(nvrtc.version.major, 11, "NVRTC \(nvrtc.version) from \(nvrtc.path)")
        print("NVRTC \(nvrtc.version.major).\(nvrtc.version.minor) from \(nvrtc.path); sm: \(nvrtc.supportedArchitectures ?? [])")
    }

    func testCompilesKernelForAmpere() throws {
        let nvrtc = try loadNVRTC()
        let ptx = try nvrtc.compile(source: Self.add1, name: "add1.cu", options: ["--gpu-architecture=compute_80"])
        XCTAssertTrue(ptx.contains(".visible .entry add1"), ptx)
        XCTAssertTrue(ptx.contains(".target sm_80"), ptx)
    }

    /// The newest virtual architecture this NVRTC knows (compute_90 from CUDA 11.8 on):
    /// CUDA 11.2 itself stopped at compute_86, so the architecture is asked, not assumed.
    func testCompilesKernelForNewestArchitecture() throws {
        let nvrtc = try loadNVRTC()
        let newest = nvrtc.supportedArchitectures?.max() ?? (nvrtc.version >= (11, 8) ? 90 : 86)
        let ptx = try nvrtc.compile(source: Self.add1, name: "add1.cu", options: ["--gpu-architecture=compute_\(newest)"])
        XCTAssertTrue(ptx.contains(".visible .entry add1"), ptx)
        XCTAssertTrue(ptx.contains(".target sm_\(newest)"), ptx)
        if nvrtc.version >= (11, 8) { XCTAssertGreaterThanOrEqual(newest, 90) }
    }

    func testSyntaxErrorCarriesLogAndKernelName() throws {
        let nvrtc = try loadNVRTC()
        let broken = "extern \"C\" __global__ void bad(float* x) {\n    x[0] = 1.0f +;\n}\n"
        XCTAssertThrowsError(try nvrtc.compile(source: broken, name: "bad_kernel.cu", options: ["--gpu-architecture=compute_80"])) { error in
            guard let error = error as? RuntimeError else { return XCTFail("unexpected \(error)") }
            XCTAssertEqual(error.kind, .compileFailed)
            XCTAssertTrue(error.message.contains("bad_kernel.cu"), error.message)
            XCTAssertTrue(error.message.contains("nvrtcCompileProgram"), error.message)
            // The log names the file and the line of the error: "bad_kernel.cu(2): error: ...".
            XCTAssertTrue(error.message.contains("bad_kernel.cu(2): error"), error.message)
            XCTAssertEqual(error.compilerOutput?.contains("bad_kernel.cu(2): error"), true)
        }
    }

    func testUnknownOptionIsReported() throws {
        let nvrtc = try loadNVRTC()
        XCTAssertThrowsError(try nvrtc.compile(source: Self.add1, name: "add1.cu", options: ["--no-such-option"])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("add1.cu") && text.contains("nvrtcCompileProgram"), text)
        }
    }

    func testExplicitPathThatDoesNotExistFailsWithoutFallback() throws {
        let settings = Settings.process.with(["GNNC_NVRTC": "/nonexistent/libnvrtc.so"])
        XCTAssertEqual(NVRTC.searchList(settings), ["/nonexistent/libnvrtc.so"])
        XCTAssertThrowsError(try NVRTC.load(settings)) { error in
            XCTAssertEqual((error as? RuntimeError)?.kind, .loadFailed)
            XCTAssertTrue("\(error)".contains("/nonexistent/libnvrtc.so"), "\(error)")
        }
    }
}
