// RuntimeTestSupport: temp cache directories and the tiny C kernels the runtime tests compile.

import Foundation
import XCTest
@testable import GNNRuntime

/// A fresh directory per test, removed afterwards, so no test sees another's cache.
class RuntimeTestCase: XCTestCase {
    var scratch: String = ""

    override func setUpWithError() throws {
        let template = NSTemporaryDirectory() + "gnnc-runtime-test-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = bytes.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw XCTSkip("cannot create a temporary directory")
        }
        scratch = String(cString: made)
    }

    override func tearDownWithError() throws {
        // Restore permissions a test may have removed, so the tree can be deleted.
        _ = chmod(scratch + "/cache", 0o755)
        try? FileManager.default.removeItem(atPath: scratch)
    }

    var cacheDirectory: String { scratch + "/cache" }

    func makeDevice(directory: String? = nil, compiler: CCompiler = CCompiler()) -> CPUDevice {
        CPUDevice(cache: KernelCache(directory: directory ?? cacheDirectory), compiler: compiler)
    }

    /// Runs `add_f32` from `library` on a and b and returns the sum buffer.
    func runAdd(_ library: CPULibrary, _ a: [Float], _ b: [Float]) throws -> [Float] {
        let kernel = try library.kernel(named: "add_f32")
        let x = HostBuffer(a), y = HostBuffer(b)
        let out = HostBuffer(count: a.count, elementType: .float32)
        let buffers: [UnsafeMutableRawPointer?] = [x.rawPointer, y.rawPointer, out.rawPointer]
        let sizes: [Int64] = [Int64(a.count)]
        buffers.withUnsafeBufferPointer { b in
            sizes.withUnsafeBufferPointer { s in kernel(b.baseAddress, s.baseAddress) }
        }
        return withExtendedLifetime((x, y)) { out.toArray(Float.self) }
    }

    /// Checks `add_f32` from `library` against Swift's own sums.
    func assertAddWorks(_ library: CPULibrary, count: Int = 1000, file: StaticString = #filePath, line: UInt = #line) throws {
        let a = (0..<count).map { Float($0) * 0.5 }
        let b = (0..<count).map { Float(count - $0) * 0.25 }
        let sum = try runAdd(library, a, b)
        XCTAssertEqual(sum, zip(a, b).map { $0 + $1 }, file: file, line: line)
    }

    /// Names of the files in the cache directory (sorted, hidden staging dirs included).
    func cacheListing() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory)) ?? []).sorted()
    }

    /// Replaces a file with new contents through rename: a new inode, so a copy of the old
    /// file that this process has already mapped with dlopen is not disturbed (truncating
    /// a mapped library in place would SIGBUS the next call into it).
    func replaceFile(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".test-replace"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        XCTAssertEqual(rename(temporary, path), 0)
    }
}

enum Kernels {
    /// out[i] = a[i] + b[i] over sizes[0] elements, parallel with OpenMP.
    static let add = """
    #include <stdint.h>
    void add_f32(void* const* buffers, const int64_t* sizes) {
        const float* a = (const float*)buffers[0];
        const float* b = (const float*)buffers[1];
        float* out = (float*)buffers[2];
        const int64_t n = sizes[0];
        #pragma omp parallel for schedule(static)
        for (int64_t i = 0; i < n; ++i) out[i] = a[i] + b[i];
    }
    """

    /// Same kernel with a distinct source string, for a second cache key.
    static let addVariant = add + "\n/* variant */\n"

    /// x[i] = x[i] * 2 + k over int64 elements (checks a second ABI use and element type).
    static let scaleI64 = """
    #include <stdint.h>
    void scale_i64(void* const* buffers, const int64_t* sizes) {
        int64_t* x = (int64_t*)buffers[0];
        for (int64_t i = 0; i < sizes[0]; ++i) x[i] = x[i] * 2 + sizes[1];
    }
    """

    static let syntaxError = """
    #include <stdint.h>
    void broken(void* const* buffers, const int64_t* sizes) {
        int x = ;
    }
    """
}
