// The CUDA driver API (libcuda.so.1) opened with dlopen: the entry points gnnc calls, each result
// checked and turned into an error that names the call and what it was doing.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw driver entry points. `libcuda` comes with the NVIDIA driver, not the toolkit: it is
/// opened at run time so gnnc builds and runs its CPU backend where there is none.
///
/// Search order: `$GNNC_LIBCUDA` (a path; nothing else is tried when it is set), then
/// `libcuda.so.1` and `libcuda.so` through the dynamic loader, then the same names in the
/// folders of `libraryFolders`. The toolkit's `lib64/stubs` is not searched: its stub loads,
/// but every call fails.
public final class CUDADriver: @unchecked Sendable {
    public typealias Result = Int32
    public typealias DevicePointer = UInt64
    typealias Handle = OpaquePointer

    typealias InitFn = @convention(c) (UInt32) -> Result
    typealias DeviceGetCountFn = @convention(c) (UnsafeMutablePointer<Int32>?) -> Result
    typealias DeviceGetFn = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Result
    typealias DeviceGetNameFn = @convention(c) (UnsafeMutablePointer<CChar>?, Int32, Int32) -> Result
    typealias DeviceGetAttributeFn = @convention(c) (UnsafeMutablePointer<Int32>?, Int32, Int32) -> Result
    typealias DeviceTotalMemFn = @convention(c) (UnsafeMutablePointer<Int>?, Int32) -> Result
    typealias PrimaryCtxRetainFn = @convention(c) (UnsafeMutablePointer<Handle?>?, Int32) -> Result
    typealias CtxSetCurrentFn = @convention(c) (Handle?) -> Result
    typealias CtxSynchronizeFn = @convention(c) () -> Result
    typealias ModuleLoadDataExFn = @convention(c) (UnsafeMutablePointer<Handle?>?, UnsafeRawPointer?, UInt32,
                                                   UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Result
    typealias ModuleGetFunctionFn = @convention(c) (UnsafeMutablePointer<Handle?>?, Handle?, UnsafePointer<CChar>?) -> Result
    typealias LaunchKernelFn = @convention(c) (Handle?, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, Handle?,
                                               UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Result
    typealias MemAllocFn = @convention(c) (UnsafeMutablePointer<DevicePointer>?, Int) -> Result
    typealias MemFreeFn = @convention(c) (DevicePointer) -> Result
    typealias MemcpyHtoDFn = @convention(c) (DevicePointer, UnsafeRawPointer?, Int, Handle?) -> Result
    typealias MemcpyDtoHFn = @convention(c) (UnsafeMutableRawPointer?, DevicePointer, Int, Handle?) -> Result
    typealias MemcpyDtoDFn = @convention(c) (DevicePointer, DevicePointer, Int, Handle?) -> Result
    typealias MemsetD8Fn = @convention(c) (DevicePointer, UInt8, Int, Handle?) -> Result
    typealias MemGetInfoFn = @convention(c) (UnsafeMutablePointer<Int>?, UnsafeMutablePointer<Int>?) -> Result
    typealias StreamCreateFn = @convention(c) (UnsafeMutablePointer<Handle?>?, UInt32) -> Result
    typealias StreamSynchronizeFn = @convention(c) (Handle?) -> Result
    typealias EventCreateFn = @convention(c) (UnsafeMutablePointer<Handle?>?, UInt32) -> Result
    typealias EventRecordFn = @convention(c) (Handle?, Handle?) -> Result
    typealias EventSynchronizeFn = @convention(c) (Handle?) -> Result
    typealias EventElapsedTimeFn = @convention(c) (UnsafeMutablePointer<Float>?, Handle?, Handle?) -> Result
    typealias EventDestroyFn = @convention(c) (Handle?) -> Result
    typealias DriverGetVersionFn = @convention(c) (UnsafeMutablePointer<Int32>?) -> Result
    typealias ErrorTextFn = @convention(c) (Result, UnsafeMutablePointer<UnsafePointer<CChar>?>?) -> Result

    // Device attributes (CUdevice_attribute).
    static let attributeMultiprocessors: Int32 = 16
    static let attributeComputeMajor: Int32 = 75
    static let attributeComputeMinor: Int32 = 76
    // JIT options (CUjit_option) for the module loader's error log.
    static let jitErrorLogBuffer: Int32 = 5
    static let jitErrorLogBufferSize: Int32 = 6

    public static let libraryNames = ["libcuda.so.1", "libcuda.so"]
    public static let libraryFolders = ["/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib/aarch64-linux-gnu", "/usr/lib/wsl/lib"]

    public let path: String
    let initialize: InitFn
    let deviceGetCount: DeviceGetCountFn
    let deviceGet: DeviceGetFn
    let deviceGetName: DeviceGetNameFn
    let deviceGetAttribute: DeviceGetAttributeFn
    let deviceTotalMem: DeviceTotalMemFn
    let primaryCtxRetain: PrimaryCtxRetainFn
    let ctxSetCurrent: CtxSetCurrentFn
    let ctxSynchronize: CtxSynchronizeFn
    let moduleLoadDataEx: ModuleLoadDataExFn
    let moduleGetFunction: ModuleGetFunctionFn
    let launchKernel: LaunchKernelFn
    let memAlloc: MemAllocFn
    let memFree: MemFreeFn
    let memcpyHtoD: MemcpyHtoDFn
    let memcpyDtoH: MemcpyDtoHFn
    let memcpyDtoD: MemcpyDtoDFn
    let memsetD8: MemsetD8Fn
    let memGetInfo: MemGetInfoFn
    let streamCreate: StreamCreateFn
    let streamSynchronize: StreamSynchronizeFn
    let eventCreate: EventCreateFn
    let eventRecord: EventRecordFn
    let eventSynchronize: EventSynchronizeFn
    let eventElapsedTime: EventElapsedTimeFn
    let eventDestroy: EventDestroyFn
    let driverGetVersion: DriverGetVersionFn
    let getErrorName: ErrorTextFn
    let getErrorString: ErrorTextFn

    /// Every path or name `load()` would try, in order.
    public static func searchList(_ settings: Settings = .process) -> [String] {
        if let explicit = settings.libcuda { return [explicit] }
        return libraryNames + libraryFolders.flatMap { folder in libraryNames.map { folder + "/" + $0 } }
    }

    /// Opens the first driver library of `searchList()` and initialises it (`cuInit`).
    public static func load(_ settings: Settings = .process) throws(RuntimeError) -> CUDADriver {
        var lastError = "no candidates"
        for candidate in searchList(settings) {
            if let handle = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) {
                let driver = try CUDADriver(handle: handle, path: candidate)
                try driver.check(driver.initialize(0), "cuInit", "initialising the CUDA driver")
                return driver
            }
            lastError = String(cString: dlerror())
        }
        throw RuntimeError(.loadFailed, "cannot load the CUDA driver (libcuda); tried \(searchList(settings).joined(separator: ", ")); last dlopen error: \(lastError)")
    }

    private init(handle: UnsafeMutableRawPointer, path: String) throws(RuntimeError) {
        self.path = path
        func symbol<T>(_ name: String, _ type: T.Type) throws(RuntimeError) -> T {
            guard let p = dlsym(handle, name) else {
                throw RuntimeError(.symbolMissing, "dlsym: no symbol '\(name)' in the CUDA driver '\(path)'", path: path)
            }
            return unsafeBitCast(p, to: type)
        }
        initialize = try symbol("cuInit", InitFn.self)
        deviceGetCount = try symbol("cuDeviceGetCount", DeviceGetCountFn.self)
        deviceGet = try symbol("cuDeviceGet", DeviceGetFn.self)
        deviceGetName = try symbol("cuDeviceGetName", DeviceGetNameFn.self)
        deviceGetAttribute = try symbol("cuDeviceGetAttribute", DeviceGetAttributeFn.self)
        deviceTotalMem = try symbol("cuDeviceTotalMem_v2", DeviceTotalMemFn.self)
        primaryCtxRetain = try symbol("cuDevicePrimaryCtxRetain", PrimaryCtxRetainFn.self)
        ctxSetCurrent = try symbol("cuCtxSetCurrent", CtxSetCurrentFn.self)
        ctxSynchronize = try symbol("cuCtxSynchronize", CtxSynchronizeFn.self)
        moduleLoadDataEx = try symbol("cuModuleLoadDataEx", ModuleLoadDataExFn.self)
        moduleGetFunction = try symbol("cuModuleGetFunction", ModuleGetFunctionFn.self)
        launchKernel = try symbol("cuLaunchKernel", LaunchKernelFn.self)
        memAlloc = try symbol("cuMemAlloc_v2", MemAllocFn.self)
        memFree = try symbol("cuMemFree_v2", MemFreeFn.self)
        memcpyHtoD = try symbol("cuMemcpyHtoDAsync_v2", MemcpyHtoDFn.self)
        memcpyDtoH = try symbol("cuMemcpyDtoHAsync_v2", MemcpyDtoHFn.self)
        memcpyDtoD = try symbol("cuMemcpyDtoDAsync_v2", MemcpyDtoDFn.self)
        memsetD8 = try symbol("cuMemsetD8Async", MemsetD8Fn.self)
        memGetInfo = try symbol("cuMemGetInfo_v2", MemGetInfoFn.self)
        streamCreate = try symbol("cuStreamCreate", StreamCreateFn.self)
        streamSynchronize = try symbol("cuStreamSynchronize", StreamSynchronizeFn.self)
        eventCreate = try symbol("cuEventCreate", EventCreateFn.self)
        eventRecord = try symbol("cuEventRecord", EventRecordFn.self)
        eventSynchronize = try symbol("cuEventSynchronize", EventSynchronizeFn.self)
        eventElapsedTime = try symbol("cuEventElapsedTime", EventElapsedTimeFn.self)
        eventDestroy = try symbol("cuEventDestroy_v2", EventDestroyFn.self)
        driverGetVersion = try symbol("cuDriverGetVersion", DriverGetVersionFn.self)
        getErrorName = try symbol("cuGetErrorName", ErrorTextFn.self)
        getErrorString = try symbol("cuGetErrorString", ErrorTextFn.self)
    }

    /// Throws unless `result` is CUDA_SUCCESS, naming the call, what it was for and the driver's words.
    func check(_ result: Result, _ call: String, _ context: @autoclosure () -> String) throws(RuntimeError) {
        guard result != 0 else { return }
        throw RuntimeError(.deviceFailed, "\(call) failed while \(context()): \(errorText(result))")
    }

    /// `CUDA_ERROR_NAME (code): description`.
    public func errorText(_ result: Result) -> String {
        var name: UnsafePointer<CChar>?, text: UnsafePointer<CChar>?
        _ = getErrorName(result, &name)
        _ = getErrorString(result, &text)
        return "\(name.map { String(cString: $0) } ?? "CUDA error") (\(result)): \(text.map { String(cString: $0) } ?? "unknown")"
    }
}
