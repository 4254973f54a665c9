// NVRTC: NVIDIA's runtime CUDA C compiler, opened with dlopen, turning kernel source into PTX.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CUDA C to PTX through `libnvrtc`, which needs no GPU and no driver.
///
/// The library is opened at run time rather than linked so that gnnc builds, and its CPU
/// backend runs, on machines without the CUDA toolkit; only the CUDA path needs NVRTC.
///
/// `load()` takes the first candidate that `dlopen` accepts, in this order:
/// 1. `$GNNC_NVRTC`, a path to the library. When it is set, nothing else is tried: a
///    wrong explicit path should be reported, not silently replaced by another NVRTC.
/// 2. The bare names `libnvrtc.so`, `libnvrtc.so.12`, `libnvrtc.so.11.2`, `libnvrtc.so.11`,
///    resolved by the dynamic loader (`LD_LIBRARY_PATH`, `ld.so.cache`). Debian's
///    `libnvrtc11.2` package (non-free) ships `libnvrtc.so.11.2` only, without the dev link.
/// 3. The folders `/usr/local/cuda/lib64`, `/usr/lib/x86_64-linux-gnu`,
///    `/usr/lib/aarch64-linux-gnu`, then each entry of `$GNNC_NVRTC_PIP_DIRS`
///    (colon-separated; an entry may be a pip `site-packages` folder, in which case its
///    `nvidia/cuda_nvrtc/lib` is searched, or that `lib` folder itself). In each folder the
///    names of step 2 come first, then any other `libnvrtc.so.*`, newest-looking name first,
///    so toolkit versions this list does not know yet are still found.
///
/// The handle is never closed, for the same reason as `CPULibrary`: it is small, opened once,
/// and unloading it under a caller that kept a function pointer would crash.
/// Sendable: its state is the library's path, version and entry points, set once at load; NVRTC
/// compiles distinct programs from several threads at once (NVRTCSelfTest does).
public final class NVRTC: @unchecked Sendable {
    // nvrtcResult is a C enum (int); nvrtcProgram is an opaque pointer.
    private typealias Program = OpaquePointer
    private typealias VersionFn = @convention(c) (UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32
    private typealias CreateProgramFn = @convention(c) (
        UnsafeMutablePointer<Program?>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32,
        UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?) -> Int32
    private typealias CompileProgramFn = @convention(c) (Program?, Int32, UnsafePointer<UnsafePointer<CChar>?>?) -> Int32
    private typealias SizeFn = @convention(c) (Program?, UnsafeMutablePointer<Int>?) -> Int32
    private typealias TextFn = @convention(c) (Program?, UnsafeMutablePointer<CChar>?) -> Int32
    private typealias DestroyProgramFn = @convention(c) (UnsafeMutablePointer<Program?>?) -> Int32
    private typealias ErrorStringFn = @convention(c) (Int32) -> UnsafePointer<CChar>?
    private typealias NumArchsFn = @convention(c) (UnsafeMutablePointer<Int32>?) -> Int32
    private typealias ArchsFn = @convention(c) (UnsafeMutablePointer<Int32>?) -> Int32

    /// The bare names of search step 2, newest first.
    public static let libraryNames = ["libnvrtc.so", "libnvrtc.so.12", "libnvrtc.so.11.2", "libnvrtc.so.11"]
    /// The fixed folders of search step 3; `$GNNC_NVRTC_PIP_DIRS` entries follow them.
    public static let libraryFolders = ["/usr/local/cuda/lib64", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu"]

    /// The file `dlopen` accepted (a bare name when the dynamic loader resolved it).
    public let path: String
    public let version: (major: Int, minor: Int)
    /// The `sm_XY` numbers (e.g. 80) this NVRTC compiles for, or nil when it predates
    /// `nvrtcGetSupportedArchs` (11.2): asking is more reliable than a table keyed on version.
    public let supportedArchitectures: [Int]?

    private let handle: UnsafeMutableRawPointer
    private let createProgram: CreateProgramFn
    private let compileProgram: CompileProgramFn
    private let getProgramLogSize: SizeFn
    private let getProgramLog: TextFn
    private let getPTXSize: SizeFn
    private let getPTX: TextFn
    private let destroyProgram: DestroyProgramFn
    private let getErrorString: ErrorStringFn
    private let getCUBINSize: SizeFn?
    private let getCUBIN: TextFn?

    /// Whether this NVRTC can hand out machine code (`sm_XY` targets, NVRTC 11.1 and later).
    public var compilesCUBIN: Bool { getCUBINSize != nil && getCUBIN != nil }

    /// Every path or name `load()` would try, in order, under the current environment.
    public static func searchList(_ settings: Settings = .process) -> [String] {
        if let explicit = settings.nvrtc { return [explicit] }
        var list = libraryNames
        var folders = libraryFolders
        for folder in settings.pipDirectories {
            let nested = folder + "/nvidia/cuda_nvrtc/lib"
            folders.append(isDirectory(nested) ? nested : folder)
        }
        for folder in folders {
            list += libraryNames.map { folder + "/" + $0 }
            list += versionedLibraries(in: folder).filter { !list.contains($0) }
        }
        return list
    }

    /// Opens the first NVRTC of `searchList()`; `.loadFailed` lists every candidate and why
    /// the last one failed, `.symbolMissing` names an entry point the library lacks.
    public static func load(_ settings: Settings = .process) throws(RuntimeError) -> NVRTC {
        let candidates = searchList(settings)
        var lastError = "no candidates"
        for candidate in candidates {
            // RTLD_LOCAL: NVRTC's bundled LLVM must not interpose on symbols of anything else.
            if let handle = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) {
                return try NVRTC(handle: handle, path: candidate)
            }
            lastError = dlerrorText()
        }
        throw RuntimeError(.loadFailed,
                           "cannot load NVRTC; tried \(candidates.joined(separator: ", ")); last dlopen error: \(lastError)")
    }

    private init(handle: UnsafeMutableRawPointer, path: String) throws(RuntimeError) {
        self.handle = handle
        self.path = path
        func symbol<T>(_ name: String, as type: T.Type) throws(RuntimeError) -> T {
            guard let pointer = NVRTC.optionalSymbol(handle, name, as: type) else {
                throw RuntimeError(.symbolMissing, "dlsym: no symbol '\(name)' in NVRTC '\(path)': \(NVRTC.dlerrorText())",
                                   path: path)
            }
            return pointer
        }
        let getVersion = try symbol("nvrtcVersion", as: VersionFn.self)
        createProgram = try symbol("nvrtcCreateProgram", as: CreateProgramFn.self)
        compileProgram = try symbol("nvrtcCompileProgram", as: CompileProgramFn.self)
        getProgramLogSize = try symbol("nvrtcGetProgramLogSize", as: SizeFn.self)
        getProgramLog = try symbol("nvrtcGetProgramLog", as: TextFn.self)
        getPTXSize = try symbol("nvrtcGetPTXSize", as: SizeFn.self)
        getPTX = try symbol("nvrtcGetPTX", as: TextFn.self)
        destroyProgram = try symbol("nvrtcDestroyProgram", as: DestroyProgramFn.self)
        getErrorString = try symbol("nvrtcGetErrorString", as: ErrorStringFn.self)
        getCUBINSize = NVRTC.optionalSymbol(handle, "nvrtcGetCUBINSize", as: SizeFn.self)
        getCUBIN = NVRTC.optionalSymbol(handle, "nvrtcGetCUBIN", as: TextFn.self)

        var major: Int32 = 0, minor: Int32 = 0
        let status = getVersion(&major, &minor)
        guard status == 0 else {
            throw RuntimeError(.loadFailed, "nvrtcVersion failed in '\(path)': \(NVRTC.errorText(getErrorString, status))",
                               path: path)
        }
        version = (Int(major), Int(minor))

        if let count = NVRTC.optionalSymbol(handle, "nvrtcGetNumSupportedArchs", as: NumArchsFn.self),
           let list = NVRTC.optionalSymbol(handle, "nvrtcGetSupportedArchs", as: ArchsFn.self) {
            var n: Int32 = 0
            var archs: [Int32] = []
            if count(&n) == 0, n > 0 {
                archs = [Int32](repeating: 0, count: Int(n))
                if list(&archs) != 0 { archs = [] }
            }
            supportedArchitectures = archs.isEmpty ? nil : archs.map(Int.init)
        } else {
            supportedArchitectures = nil
        }
    }

    /// Compiles `source` to PTX. `name` is the program's file name in NVRTC's diagnostics and
    /// in the error, so a failure points at the caller's kernel. `options` are NVRTC's
    /// (`--gpu-architecture=compute_80`, `-default-device`, ...).
    ///
    /// A rejected source throws `.compileFailed` whose message and `compilerOutput` hold the
    /// program log; any other failing NVRTC call throws `.compileFailed` naming that call.
    public func compile(source: String, name: String, options: [String]) throws(RuntimeError) -> String {
        try compiled(source: source, name: name, options: options) { program throws(RuntimeError) in
            try text(program, getPTXSize, getPTX, "nvrtcGetPTX", name)
        }
    }

    /// Compiles `source` to machine code (a CUBIN) for the `--gpu-architecture=sm_XY` in `options`.
    public func compileCUBIN(source: String, name: String, options: [String]) throws(RuntimeError) -> [UInt8] {
        guard let sizeOf = getCUBINSize, let read = getCUBIN else {
            throw RuntimeError(.compileFailed, "NVRTC \(version.major).\(version.minor) cannot produce CUBINs (no nvrtcGetCUBIN)")
        }
        return try compiled(source: source, name: name, options: options) { program throws(RuntimeError) in
            var size = 0
            try check(sizeOf(program, &size), "nvrtcGetCUBINSize", name)
            var bytes = [CChar](repeating: 0, count: size)
            try check(read(program, &bytes), "nvrtcGetCUBIN", name)
            return bytes.map { UInt8(bitPattern: $0) }
        }
    }

    private func compiled<T>(source: String, name: String, options: [String],
                             _ output: (Program?) throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        var program: Program?
        var status = withCStrings([source, name]) { texts in
            createProgram(&program, texts[0], texts[1], 0, nil, nil)
        }
        try check(status, "nvrtcCreateProgram", name)
        defer { _ = destroyProgram(&program) }

        status = withCStrings(options) { opts in
            opts.withUnsafeBufferPointer { compileProgram(program, Int32(options.count), $0.baseAddress) }
        }
        if status != 0 {
            // The log is fetched for every failure: a bad option is explained there too.
            let log = (try? text(program, getProgramLogSize, getProgramLog, "nvrtcGetProgramLog", name)) ?? ""
            let trimmed = log.trimmingTrailingWhitespace
            throw RuntimeError(.compileFailed,
                               "NVRTC could not compile '\(name)': nvrtcCompileProgram returned \(errorText(status))"
                                   + (trimmed.isEmpty ? "" : ":\n" + trimmed),
                               compilerOutput: log)
        }
        return try output(program)
    }

    /// Reads a NUL-terminated NVRTC output (log or PTX) whose size NVRTC reports first.
    private func text(_ program: Program?, _ sizeOf: SizeFn, _ read: TextFn, _ call: String, _ name: String) throws(RuntimeError) -> String {
        var size = 0
        try check(sizeOf(program, &size), call + "Size", name)
        guard size > 0 else { return "" }
        var buffer = [CChar](repeating: 0, count: size + 1)
        try check(read(program, &buffer), call, name)
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    private func check(_ status: Int32, _ call: String, _ name: String) throws(RuntimeError) {
        guard status != 0 else { return }
        throw RuntimeError(.compileFailed, "NVRTC: \(call) failed for '\(name)': \(errorText(status))")
    }

    private func errorText(_ status: Int32) -> String { NVRTC.errorText(getErrorString, status) }

    private static func errorText(_ getErrorString: ErrorStringFn, _ status: Int32) -> String {
        guard let text = getErrorString(status) else { return "nvrtcResult \(status)" }
        return "\(String(cString: text)) (\(status))"
    }

    private static func optionalSymbol<T>(_ handle: UnsafeMutableRawPointer, _ name: String, as type: T.Type) -> T? {
        _ = dlerror()  // clear a stale error so a failure message is about this lookup
        guard let pointer = dlsym(handle, name) else { return nil }
        return unsafeBitCast(pointer, to: type)
    }

    private static func dlerrorText() -> String {
        guard let message = dlerror() else { return "unknown error" }
        return String(cString: message)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// `libnvrtc.so.*` files in `folder` (never `libnvrtc-builtins`), highest version first.
    private static func versionedLibraries(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix("libnvrtc.so.") { found.append(name) }
        }
        let versionKey: (String) -> [Int] = { $0.dropFirst("libnvrtc.so.".count).split(separator: ".").map { Int($0) ?? 0 } }
        return found.sorted { versionKey($0).lexicographicallyPrecedes(versionKey($1)) }.reversed().map { folder + "/" + $0 }
    }
}

/// Runs `body` with C copies of `strings` that live exactly as long as the call.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return body(copies.map { UnsafePointer($0) })
}

private extension String {
    var trimmingTrailingWhitespace: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
