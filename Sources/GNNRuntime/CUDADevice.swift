// A CUDA device: its context and stream, modules compiled by NVRTC through the PTX cache, kernel
// launches, copies, events, and a caching allocator so steps reuse device memory.

/// One GPU with its primary context and one stream; all work is queued on that stream in order.
public final class CUDADevice: @unchecked Sendable {
    public let driver: CUDADriver
    public let nvrtc: NVRTC
    public let ptxCache: PTXCache
    public let ordinal: Int
    public let name: String
    public let computeCapability: (major: Int, minor: Int)
    public let multiprocessors: Int
    public let totalMemory: Int
    /// The architecture kernels are compiled for: the device's own, or `$GNNC_CUDA_ARCH`, or the
    /// initializer's override; lowered to the newest NVRTC knows (the driver JIT-compiles PTX
    /// for newer chips).
    public let architecture: Int
    /// Machine code (`sm_XY`, a CUBIN) when NVRTC knows the device's own architecture: it loads on
    /// any driver of the same major version, where PTX from an NVRTC newer than the driver would
    /// be refused. PTX (`compute_XY`) otherwise, or when `GNNC_CUDA_ARCH` says `compute_XY`.
    public let usesCUBIN: Bool
    /// The driver's CUDA version, e.g. 12020 for 12.2.
    public let driverVersion: Int
    public let allocator: CUDAAllocator
    /// cuBLAS for the GEMM kernels, or nil (not found, or `GNNC_NO_CUBLAS=1`): their generated
    /// bodies run instead. `cublasNote` says which and why.
    public let cublas: CUBLAS?
    public let cublasNote: String
    let context: OpaquePointer
    let stream: OpaquePointer

    /// Whether sessions run the edge-split variants: `GNNC_EDGE_SPLIT` (always, never), else nil
    /// (by the graph's degrees).
    public let edgeSplit: Bool?

    public init(ordinal: Int = 0, architecture override: Int? = nil, ptxCache: PTXCache? = nil,
                settings: Settings = .process) throws(RuntimeError) {
        let driver = try CUDADriver.load(settings)
        let ptxCache = ptxCache ?? PTXCache(settings: settings)
        edgeSplit = settings.edgeSplit == "always" ? true : settings.edgeSplit == "never" ? false : nil
        self.driver = driver
        self.ptxCache = ptxCache
        self.ordinal = ordinal
        var count: Int32 = 0
        try driver.check(driver.deviceGetCount(&count), "cuDeviceGetCount", "counting GPUs")
        guard ordinal < Int(count) else {
            throw RuntimeError(.deviceFailed, "GPU \(ordinal) requested but the driver reports \(count) device(s)")
        }
        var device: Int32 = 0
        try driver.check(driver.deviceGet(&device, Int32(ordinal)), "cuDeviceGet", "opening GPU \(ordinal)")
        var nameBytes = [CChar](repeating: 0, count: 256)
        try driver.check(driver.deviceGetName(&nameBytes, 256, device), "cuDeviceGetName", "naming GPU \(ordinal)")
        let deviceName = String(decoding: nameBytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        name = deviceName
        func attribute(_ a: Int32, _ what: String) throws(RuntimeError) -> Int {
            var v: Int32 = 0
            try driver.check(driver.deviceGetAttribute(&v, a, device), "cuDeviceGetAttribute", "reading the \(what) of \(deviceName)")
            return Int(v)
        }
        computeCapability = (try attribute(CUDADriver.attributeComputeMajor, "compute capability"),
                             try attribute(CUDADriver.attributeComputeMinor, "compute capability"))
        multiprocessors = try attribute(CUDADriver.attributeMultiprocessors, "multiprocessor count")
        var bytes = 0
        try driver.check(driver.deviceTotalMem(&bytes, device), "cuDeviceTotalMem", "reading the memory size of \(deviceName)")
        totalMemory = bytes
        var ctx: OpaquePointer?
        try driver.check(driver.primaryCtxRetain(&ctx, device), "cuDevicePrimaryCtxRetain", "creating a context on \(deviceName)")
        try driver.check(driver.ctxSetCurrent(ctx), "cuCtxSetCurrent", "making the context of \(deviceName) current")
        context = ctx!
        var s: OpaquePointer?
        try driver.check(driver.streamCreate(&s, 1), "cuStreamCreate", "creating a stream on \(deviceName)") // CU_STREAM_NON_BLOCKING
        stream = s!
        do { nvrtc = try NVRTC.load(settings) } catch {
            throw RuntimeError(.loadFailed, "the CUDA device needs NVRTC to compile kernels: \(error.message)")
        }
        let own = computeCapability.major * 10 + computeCapability.minor
        let requested = settings.cudaArchitecture
        let wanted = override ?? requested.flatMap(CUDADevice.architectureNumber) ?? own
        architecture = CUDADevice.supported(wanted, by: nvrtc.supportedArchitectures)
        let explicitPTX = override != nil || (requested.map { !$0.hasPrefix("sm_") } ?? false)
        usesCUBIN = !explicitPTX && nvrtc.compilesCUBIN && (nvrtc.supportedArchitectures?.contains(architecture) ?? false)
            && architecture == wanted
        var version: Int32 = 0
        try driver.check(driver.driverGetVersion(&version), "cuDriverGetVersion", "reading the driver's CUDA version")
        driverVersion = Int(version)
        allocator = CUDAAllocator(driver: driver)
        if settings.cublasOff {
            (cublas, cublasNote) = (nil, "cuBLAS off (GNNC_NO_CUBLAS=1): generated GEMM kernels")
        } else {
            do {
                let library = try CUBLAS.load(stream: s, settings: settings)
                (cublas, cublasNote) = (library, "GEMMs by cuBLAS (\(library.path))")
            } catch {
                (cublas, cublasNote) = (nil, "generated GEMM kernels (\(error.message))")
            }
        }
    }

    /// The newest architecture NVRTC supports that is not newer than `wanted`.
    static func supported(_ wanted: Int, by list: [Int]?) -> Int {
        guard let list, !list.contains(wanted), let best = list.filter({ $0 <= wanted }).max() else { return wanted }
        return best
    }

    /// `Tesla V100 (sm_70, 80 SMs, 16.0 GiB)`.
    public var summary: String {
        let gib = Double(totalMemory) / Double(1 << 30)
        return "\(name) (sm_\(computeCapability.major)\(computeCapability.minor), \(multiprocessors) SMs, \((gib * 10).rounded() / 10) GiB), "
            + "driver CUDA \(driverVersion / 1000).\(driverVersion % 1000 / 10), kernels as "
            + (usesCUBIN ? "sm_\(architecture) CUBIN" : "compute_\(architecture) PTX") + ", " + (cublas == nil ? "generated GEMMs" : "cuBLAS GEMMs")
    }

    /// NVRTC options for this device.
    public var compileOptions: [String] { ["--gpu-architecture=\(usesCUBIN ? "sm" : "compute")_\(architecture)"] }

    /// What the driver loads for `source`: a CUBIN, or NUL-terminated PTX; through the cache.
    /// `fresh` compiles even when the cache holds an entry (and replaces it).
    public func moduleImage(source: String, name: String, fresh: Bool = false) throws(RuntimeError) -> [UInt8] {
        if usesCUBIN { return try ptxCache.cubin(source: source, name: name, options: compileOptions, nvrtc: nvrtc, fresh: fresh) }
        return Array(try ptxCache.ptx(source: source, name: name, options: compileOptions, nvrtc: nvrtc, fresh: fresh).utf8) + [0]
    }

    /// Compiles (or finds in the PTX cache) `source`, loads the module and looks up `kernels`.
    /// A cached image the driver rejects, or that lacks a kernel, is evicted and compiled again
    /// once; a module the driver rejects after that is reported with the JIT log and the program's name.
    public func loadModule(source: String, name programName: String, kernels: [String]) throws(RuntimeError) -> CUDAModule {
        let servedBefore = ptxCache.stats.loaded
        do {
            return try loadModule(source: source, name: programName, kernels: kernels, fresh: false)
        } catch {
            guard ptxCache.stats.loaded > servedBefore else { throw error }
            ptxCache.countEviction()
            return try loadModule(source: source, name: programName, kernels: kernels, fresh: true)
        }
    }

    private func loadModule(source: String, name programName: String, kernels: [String], fresh: Bool) throws(RuntimeError) -> CUDAModule {
        try makeCurrent("loading \(programName)")
        let image = try moduleImage(source: source, name: programName, fresh: fresh)
        var module: OpaquePointer?
        var log = [CChar](repeating: 0, count: 8192)
        let result: CUDADriver.Result = image.withUnsafeBytes { text in
            log.withUnsafeMutableBufferPointer { logBuffer in
                var options: [Int32] = [CUDADriver.jitErrorLogBuffer, CUDADriver.jitErrorLogBufferSize]
                var values: [UnsafeMutableRawPointer?] = [UnsafeMutableRawPointer(logBuffer.baseAddress),
                                                          UnsafeMutableRawPointer(bitPattern: logBuffer.count)]
                return driver.moduleLoadDataEx(&module, text.baseAddress, 2, &options, &values)
            }
        }
        let jitLog = String(decoding: log.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let what = usesCUBIN ? "the sm_\(architecture) CUBIN" : "the compute_\(architecture) PTX"
        try driver.check(result, "cuModuleLoadDataEx", "loading \(what) of \(programName) (NVRTC \(nvrtc.version.major).\(nvrtc.version.minor), "
                         + "driver CUDA \(driverVersion / 1000).\(driverVersion % 1000 / 10); PTX from an NVRTC newer than the driver is refused)"
                         + (jitLog.isEmpty ? "" : "; JIT log:\n\(jitLog)"))
        var functions: [String: OpaquePointer] = [:]
        for k in kernels {
            var f: OpaquePointer?
            try driver.check(driver.moduleGetFunction(&f, module, k), "cuModuleGetFunction", "looking up kernel \(k) of \(programName)")
            functions[k] = f!
        }
        return CUDAModule(name: programName, functions: functions)
    }

    /// Queues `kernel(table, sizes)` (the kernel ABI: device pointers to the buffer table and the sizes).
    /// Makes the device's context current on the calling thread (a context is per thread, and a
    /// caller may move between threads).
    func makeCurrent(_ what: @autoclosure () -> String) throws(RuntimeError) {
        try driver.check(driver.ctxSetCurrent(context), "cuCtxSetCurrent", what())
    }

    public func launch(_ module: CUDAModule, _ kernel: String, grid: Int, block: Int,
                       table: CUDADriver.DevicePointer, sizes: CUDADriver.DevicePointer, op: String) throws(RuntimeError) {
        try makeCurrent("launching kernel \(kernel)")
        guard let f = module.functions[kernel] else {
            throw RuntimeError(.symbolMissing, "kernel \(kernel) is not in module \(module.name)")
        }
        var a = table, b = sizes
        let result = withUnsafeMutablePointer(to: &a) { pa in
            withUnsafeMutablePointer(to: &b) { pb in
                var params: [UnsafeMutableRawPointer?] = [UnsafeMutableRawPointer(pa), UnsafeMutableRawPointer(pb)]
                return driver.launchKernel(f, UInt32(grid), 1, 1, UInt32(block), 1, 1, 0, stream, &params, nil)
            }
        }
        try driver.check(result, "cuLaunchKernel", "launching kernel \(kernel) (\(op)) of \(module.name) with \(grid) x \(block) threads")
    }

    public func upload(_ bytes: UnsafeRawBufferPointer, to pointer: CUDADriver.DevicePointer, what: String) throws(RuntimeError) {
        guard bytes.count > 0 else { return }
        try makeCurrent("uploading \(what)")
        try driver.check(driver.memcpyHtoD(pointer, bytes.baseAddress, bytes.count, stream), "cuMemcpyHtoDAsync", "uploading \(what)")
        // The host array may go away when this returns: wait for the copy.
        try synchronize("uploading \(what)")
    }

    public func download(_ pointer: CUDADriver.DevicePointer, into bytes: UnsafeMutableRawBufferPointer, what: String) throws(RuntimeError) {
        guard bytes.count > 0 else { return }
        try makeCurrent("downloading \(what)")
        try driver.check(driver.memcpyDtoH(bytes.baseAddress, pointer, bytes.count, stream), "cuMemcpyDtoHAsync", "downloading \(what)")
        try synchronize("downloading \(what)")
    }

    /// Queues a device-to-device copy (the bandwidth reference of `gnnc bench`).
    public func copy(_ from: CUDADriver.DevicePointer, to: CUDADriver.DevicePointer, bytes: Int, what: String) throws(RuntimeError) {
        guard bytes > 0 else { return }
        try makeCurrent("copying \(what)")
        try driver.check(driver.memcpyDtoD(to, from, bytes, stream), "cuMemcpyDtoDAsync", "copying \(what)")
    }

    public func zero(_ pointer: CUDADriver.DevicePointer, bytes: Int, what: String) throws(RuntimeError) {
        guard bytes > 0 else { return }
        try makeCurrent("clearing \(what)")
        try driver.check(driver.memsetD8(pointer, 0, bytes, stream), "cuMemsetD8Async", "clearing \(what)")
    }

    /// Waits for everything queued; a kernel that faulted is reported here, with `context`.
    public func synchronize(_ context: @autoclosure () -> String) throws(RuntimeError) {
        try driver.check(driver.streamSynchronize(stream), "cuStreamSynchronize", context())
    }

    /// Milliseconds the queued work of `body` took on the device, between two events.
    public func time(_ body: () throws -> Void) throws -> Double {
        try makeCurrent("timing")
        var start: OpaquePointer?, end: OpaquePointer?
        defer { _ = driver.eventDestroy(start); _ = driver.eventDestroy(end) }
        try driver.check(driver.eventCreate(&start, 0), "cuEventCreate", "timing")
        try driver.check(driver.eventCreate(&end, 0), "cuEventCreate", "timing")
        try driver.check(driver.eventRecord(start, stream), "cuEventRecord", "timing")
        try body()
        try driver.check(driver.eventRecord(end, stream), "cuEventRecord", "timing")
        try driver.check(driver.eventSynchronize(end), "cuEventSynchronize", "timing")
        var ms: Float = 0
        try driver.check(driver.eventElapsedTime(&ms, start, end), "cuEventElapsedTime", "timing")
        return Double(ms)
    }
}

/// A loaded module's kernels by name.
public struct CUDAModule: @unchecked Sendable {
    public let name: String
    let functions: [String: OpaquePointer]
}

extension CUDADevice {
    /// `90` from `sm_90`, `compute_90` or `90`.
    static func architectureNumber(_ text: String) -> Int? {
        var t = text
        for prefix in ["compute_", "sm_"] where t.hasPrefix(prefix) { t.removeFirst(prefix.count) }
        return Int(t)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
