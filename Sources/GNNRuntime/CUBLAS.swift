// cuBLAS opened with dlopen: single-precision and mixed-precision (f16/bf16 in, f32 accumulation)
// GEMMs on the device's stream, with row-major products mapped onto cuBLAS's column-major convention.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `cublasSgemm` for the dense products of the CUDA schedule. Search order: `$GNNC_CUBLAS` (a
/// path; nothing else is tried when it is set), `libcublas.so.12`, `libcublas.so.11`,
/// `libcublas.so` through the dynamic loader, the same names in `/usr/local/cuda/lib64` and the
/// Debian library folder, then `nvidia/cublas/lib` under each `$GNNC_NVRTC_PIP_DIRS` entry.
/// Without cuBLAS the GEMM kernels' generated bodies run instead.
public final class CUBLAS: @unchecked Sendable {
    typealias Status = Int32
    typealias CreateFn = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias SetStreamFn = @convention(c) (OpaquePointer?, OpaquePointer?) -> Status
    typealias SgemmFn = @convention(c) (OpaquePointer?, Int32, Int32, Int32, Int32, Int32, UnsafePointer<Float>?,
                                        UnsafeRawPointer?, Int32, UnsafeRawPointer?, Int32, UnsafePointer<Float>?,
                                        UnsafeMutableRawPointer?, Int32) -> Status
    /// cublasGemmEx (CUDA 11+): operand and result types as cudaDataType, a cublasComputeType, an algorithm.
    typealias GemmExFn = @convention(c) (OpaquePointer?, Int32, Int32, Int32, Int32, Int32, UnsafeRawPointer?,
                                         UnsafeRawPointer?, Int32, Int32, UnsafeRawPointer?, Int32, Int32, UnsafeRawPointer?,
                                         UnsafeMutableRawPointer?, Int32, Int32, Int32, Int32) -> Status

    /// Element types of a GEMM's operands and result (cudaDataType_t values).
    public enum ElementType: Int32, Sendable {
        case f32 = 0, f16 = 2, bf16 = 14
    }
    static let computeF32: Int32 = 68   // CUBLAS_COMPUTE_32F: f32 accumulation whatever the inputs
    static let defaultAlgorithm: Int32 = -1

    public static let libraryNames = ["libcublas.so.12", "libcublas.so.11", "libcublas.so"]
    public static let libraryFolders = ["/usr/local/cuda/lib64", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu"]

    public let path: String
    let handle: OpaquePointer
    let sgemm: SgemmFn
    let gemmEx: GemmExFn?

    public static func searchList(_ settings: Settings = .process) -> [String] {
        if let explicit = settings.cublas { return [explicit] }
        var folders = libraryFolders
        for folder in settings.pipDirectories { folders.append(folder + "/nvidia/cublas/lib") }
        return libraryNames + folders.flatMap { f in libraryNames.map { f + "/" + $0 } }
    }

    /// Opens cuBLAS and creates a handle bound to `stream`.
    public static func load(stream: OpaquePointer?, settings: Settings = .process) throws(RuntimeError) -> CUBLAS {
        var lastError = "no candidates"
        for candidate in searchList(settings) {
            if let library = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) { return try CUBLAS(library: library, path: candidate, stream: stream) }
            lastError = String(cString: dlerror())
        }
        throw RuntimeError(.loadFailed, "cannot load cuBLAS; tried \(searchList(settings).joined(separator: ", ")); last dlopen error: \(lastError)")
    }

    private init(library: UnsafeMutableRawPointer, path: String, stream: OpaquePointer?) throws(RuntimeError) {
        self.path = path
        func symbol<T>(_ name: String, _ type: T.Type) throws(RuntimeError) -> T {
            guard let p = dlsym(library, name) else { throw RuntimeError(.symbolMissing, "dlsym: no symbol '\(name)' in cuBLAS '\(path)'", path: path) }
            return unsafeBitCast(p, to: type)
        }
        let create = try symbol("cublasCreate_v2", CreateFn.self)
        let setStream = try symbol("cublasSetStream_v2", SetStreamFn.self)
        sgemm = try symbol("cublasSgemm_v2", SgemmFn.self)
        gemmEx = dlsym(library, "cublasGemmEx").map { unsafeBitCast($0, to: GemmExFn.self) }
        var h: OpaquePointer?
        try CUBLAS.check(create(&h), "cublasCreate", "creating a cuBLAS handle")
        handle = h!
        try CUBLAS.check(setStream(handle, stream), "cublasSetStream", "binding cuBLAS to the device's stream")
    }

    static func check(_ status: Status, _ call: String, _ context: @autoclosure () -> String) throws(RuntimeError) {
        guard status != 0 else { return }
        throw RuntimeError(.deviceFailed, "\(call) failed while \(context()): cuBLAS status \(status)")
    }

    /// The column-major call computing row-major `C[m x n] = op(A) op(B)`: a row-major matrix is
    /// its transpose in column-major order, so cuBLAS computes `C^T = op(B)^T op(A)^T` with the
    /// operands swapped, each keeping its own transpose flag; leading dimensions are the row
    /// lengths of the stored (row-major) matrices.
    public static func columnMajorArguments(m: Int, n: Int, k: Int, transA: Bool, transB: Bool)
        -> (opFirst: Int32, opSecond: Int32, rows: Int, cols: Int, inner: Int, ldFirst: Int, ldSecond: Int, ldOut: Int) {
        (transB ? 1 : 0, transA ? 1 : 0, n, m, k, transB ? k : n, transA ? m : k, n)
    }

    /// Queues row-major `out = op(a) @ op(b)` (a: m x k or k x m, b: k x n or n x k) on the stream.
    public func gemm(m: Int, n: Int, k: Int, a: UInt64, b: UInt64, out: UInt64, transA: Bool, transB: Bool,
                     what: @autoclosure () -> String) throws(RuntimeError) {
        guard [m, n, k].allSatisfy({ $0 <= Int(Int32.max) }) else {
            throw RuntimeError(.deviceFailed, "\(what()): \(m) x \(n) x \(k) is beyond cuBLAS's 32-bit sizes")
        }
        let c = CUBLAS.columnMajorArguments(m: m, n: n, k: k, transA: transA, transB: transB)
        var alpha: Float = 1, beta: Float = 0
        let status = sgemm(handle, c.opFirst, c.opSecond, Int32(c.rows), Int32(c.cols), Int32(c.inner), &alpha,
                           UnsafeRawPointer(bitPattern: UInt(b)), Int32(c.ldFirst), UnsafeRawPointer(bitPattern: UInt(a)),
                           Int32(c.ldSecond), &beta, UnsafeMutableRawPointer(bitPattern: UInt(out)), Int32(c.ldOut))
        try CUBLAS.check(status, "cublasSgemm", "computing \(what()) (\(m) x \(n) x \(k))")
    }

    /// Whether `gemm` takes these element types: f32 throughout, or f16/bf16 operands (both the
    /// same) with a result of that type or f32, accumulated in f32 (cublasGemmEx).
    public func supports(a: ElementType, b: ElementType, out: ElementType) -> Bool {
        if a == .f32 && b == .f32 && out == .f32 { return true }
        return gemmEx != nil && a == b && a != .f32 && (out == a || out == .f32)
    }

    /// Queues row-major `out = op(a) @ op(b)` with the given element types (see `supports`).
    public func gemm(m: Int, n: Int, k: Int, a: UInt64, b: UInt64, out: UInt64, transA: Bool, transB: Bool,
                     types: (a: ElementType, b: ElementType, out: ElementType), what: @autoclosure () -> String) throws(RuntimeError) {
        if types == (.f32, .f32, .f32) {
            return try gemm(m: m, n: n, k: k, a: a, b: b, out: out, transA: transA, transB: transB, what: what())
        }
        guard let gemmEx, supports(a: types.a, b: types.b, out: types.out) else {
            throw RuntimeError(.deviceFailed, "\(what()): cuBLAS has no GEMM for \(types.a) x \(types.b) -> \(types.out)")
        }
        guard [m, n, k].allSatisfy({ $0 <= Int(Int32.max) }) else {
            throw RuntimeError(.deviceFailed, "\(what()): \(m) x \(n) x \(k) is beyond cuBLAS's 32-bit sizes")
        }
        let c = CUBLAS.columnMajorArguments(m: m, n: n, k: k, transA: transA, transB: transB)
        var alpha: Float = 1, beta: Float = 0
        let status = gemmEx(handle, c.opFirst, c.opSecond, Int32(c.rows), Int32(c.cols), Int32(c.inner), &alpha,
                            UnsafeRawPointer(bitPattern: UInt(b)), types.b.rawValue, Int32(c.ldFirst),
                            UnsafeRawPointer(bitPattern: UInt(a)), types.a.rawValue, Int32(c.ldSecond), &beta,
                            UnsafeMutableRawPointer(bitPattern: UInt(out)), types.out.rawValue, Int32(c.ldOut),
                            CUBLAS.computeF32, CUBLAS.defaultAlgorithm)
        try CUBLAS.check(status, "cublasGemmEx", "computing \(what()) (\(m) x \(n) x \(k), \(types.a) inputs, \(types.out) result)")
    }
}
