// CPULibrary: a dlopen'ed kernel library and typed access to the kernels it exports.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C ABI of every generated CPU kernel:
/// `void name(void* const* buffers, const int64_t* sizes)`.
public typealias CPUKernel = @convention(c) (UnsafePointer<UnsafeMutableRawPointer?>?, UnsafePointer<Int64>?) -> Void

/// A shared library opened with `RTLD_NOW | RTLD_LOCAL`.
///
/// The handle is never closed: kernel function pointers handed out may be stored anywhere
/// (executors, autograd tapes), and unloading code still referenced would crash. Kernel
/// libraries are small and few, so keeping them for the process is the safe choice.
public final class CPULibrary: @unchecked Sendable {
    /// Where the library lives (for a freshly compiled kernel: its cache entry).
    public let path: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the library at `path`; `.loadFailed` carries `dlerror()`.
    public convenience init(path: String) throws(RuntimeError) {
        try self.init(path: path, reportedPath: path)
    }

    /// Opens `path` but reports `reportedPath`: the cache loads a fresh library from its
    /// staging directory and then renames it to its entry path.
    init(path: String, reportedPath: String) throws(RuntimeError) {
        // libgomp reads its settings when the first kernel library loads it.
        _ = ThreadPolicy.process
        // RTLD_NOW: unresolved symbols fail here, not in the middle of a training step.
        // RTLD_LOCAL: kernels of different libraries may share names without clashing.
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw RuntimeError(.loadFailed, "dlopen '\(path)' failed: \(CPULibrary.lastError())", path: path)
        }
        self.path = reportedPath
        self.handle = handle
    }

    /// The address of the exported symbol `name`.
    public func function(named name: String) throws -> UnsafeRawPointer {
        _ = dlerror()  // clear any stale error so the check below is about this lookup
        guard let symbol = dlsym(handle, name) else {
            throw RuntimeError(.symbolMissing,
                               "dlsym: no symbol '\(name)' in '\(path)': \(CPULibrary.lastError())",
                               path: path)
        }
        return UnsafeRawPointer(symbol)
    }

    /// Whether the library exports `name` (the cache checks an entry's kernels before handing it out).
    func exports(_ name: String) -> Bool {
        _ = dlerror()
        return dlsym(handle, name) != nil
    }

    /// Closes a library nobody has taken a symbol from: the cache's entry that lacked a kernel,
    /// so its rebuilt replacement is not mistaken for it.
    func unload() {
        dlclose(handle)
    }

    /// The exported kernel `name`, callable with the kernel ABI.
    public func kernel(named name: String) throws -> CPUKernel {
        unsafeBitCast(try function(named: name), to: CPUKernel.self)
    }

    private static func lastError() -> String {
        guard let message = dlerror() else { return "unknown error" }
        return String(cString: message)
    }
}
