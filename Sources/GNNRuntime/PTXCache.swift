// Compiled PTX on disk, keyed by everything that determines it: source (prelude included),
// NVRTC options (the target architecture among them) and NVRTC's version; checked on load.
import Synchronization

public struct PTXCacheStats: Sendable, Equatable {
    public var compiled = 0
    public var loaded = 0
    public var corruptEntriesRebuilt = 0
    /// Why the directory was not used (untrusted, unwritable, full), once per reason.
    public var warnings: [String] = []
    public init(compiled: Int = 0, loaded: Int = 0, corruptEntriesRebuilt: Int = 0) {
        self.compiled = compiled; self.loaded = loaded; self.corruptEntriesRebuilt = corruptEntriesRebuilt
    }
}

/// `<directory>/<key>.ptx` holds a first line `// gnnc-ptx sha256=<digest of the rest>` and then
/// the PTX. Entries are written to a unique temporary name and renamed, so readers see whole
/// files; processes racing on one key rename identical content. An entry whose digest does not
/// match, that is not the user's own (CacheTrust), or that the driver refused (`evict`) is deleted
/// and compiled again. An untrusted directory is neither read nor written.
public final class PTXCache: Sendable {
    public let directory: String
    private let counters = Mutex(PTXCacheStats())

    public init(directory: String) { self.directory = directory }

    /// Beside the CPU libraries: `<kernel cache>/ptx`.
    public convenience init(settings: Settings = .process) { self.init(directory: KernelCache.defaultDirectory(settings) + "/ptx") }

    public var stats: PTXCacheStats { counters.withLock { $0 } }

    public static func key(source: String, options: [String], nvrtcVersion: (major: Int, minor: Int)) -> String {
        let fields = ["gnnc-ptx/1", "nvrtc \(nvrtcVersion.major).\(nvrtcVersion.minor)"] + options + [source]
        return SHA256.hexDigest(fields.joined(separator: "\u{0}"))
    }

    public func path(forKey key: String, suffix: String = "ptx") -> String { "\(directory)/\(key).\(suffix)" }

    /// The CUBIN (machine code for the `sm_XY` in `options`) for `source`, cached like PTX in
    /// `<key>.cubin` with the same digest line.
    public func cubin(source: String, name: String, options: [String], nvrtc: NVRTC, fresh: Bool = false) throws(RuntimeError) -> [UInt8] {
        let key = PTXCache.key(source: source, options: ["cubin"] + options, nvrtcVersion: nvrtc.version)
        return try cached(key: key, suffix: "cubin", source: source, name: name, options: options, fresh: fresh) { () throws(RuntimeError) in
            try nvrtc.compileCUBIN(source: source, name: name, options: options)
        }
    }

    /// The PTX for `source`, from disk when a valid entry exists, else compiled and stored. An
    /// unwritable directory only costs the caching: the compiled PTX is still returned.
    public func ptx(source: String, name: String, options: [String], nvrtc: NVRTC, fresh: Bool = false) throws(RuntimeError) -> String {
        let key = PTXCache.key(source: source, options: options, nvrtcVersion: nvrtc.version)
        let body = try cached(key: key, suffix: "ptx", source: source, name: name, options: options, fresh: fresh) { () throws(RuntimeError) in
            Array(try nvrtc.compile(source: source, name: name, options: options).utf8)
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The entry `<key>.<suffix>` when its digest matches and CacheTrust accepts it (a damaged
    /// one is deleted and counted), else `compile()`'s output, stored; a failed compile leaves a
    /// reproducer. `fresh` skips the lookup (the driver refused the cached image).
    func cached(key: String, suffix: String, source: String, name: String, options: [String], fresh: Bool = false,
                compile: () throws(RuntimeError) -> [UInt8]) throws(RuntimeError) -> [UInt8] {
        let file = path(forKey: key, suffix: suffix)
        let usable = trusted()
        if usable && !fresh, let body = lookUp(file) { return body }
        let body: [UInt8]
        do { body = try compile() } catch { throw reproducer(for: error, key: key, source: source, name: name, options: options, shared: usable) }
        counters.withLock { $0.compiled += 1 }
        guard usable else { return body }
        do {
            try POSIXFiles.makeDirectories(directory, mode: 0o700)
            try POSIXFiles.writeAtomically(file, PTXCache.entry(body))
        } catch {
            let reason = StorageSpace.exhausted(at: directory, after: error) ?? "\(error)"
            warnOnce("kernel cache '\(directory)': could not store \(name): \(reason); it was compiled but not cached")
        }
        return body
    }

    /// A verified entry's body; a damaged or untrusted entry is deleted and counted.
    private func lookUp(_ file: String) -> [UInt8]? {
        guard POSIXFiles.exists(file) || POSIXFiles.isLink(file) else { return nil }
        if case .success(let bytes) = KernelCacheEntryPaths.trustedBytes(file), let body = PTXCache.verifiedBytes(bytes) {
            counters.withLock { $0.loaded += 1 }
            return body
        }
        POSIXFiles.remove(file)
        counters.withLock { $0.corruptEntriesRebuilt += 1 }
        return nil
    }

    /// Counts an entry the driver refused; the `fresh` compile that follows replaces it on disk.
    func countEviction() {
        counters.withLock { $0.corruptEntriesRebuilt += 1 }
    }

    /// Whether CacheTrust accepts the directory (absent counts as trusted: gnnc creates it 0700).
    private func trusted() -> Bool {
        guard let problem = CacheTrust.problem(directory: directory) else { return true }
        warnOnce("PTX cache directory '\(directory)' is not used: \(problem); kernels are compiled without caching")
        return false
    }

    private func warnOnce(_ message: String) {
        counters.withLock { if !$0.warnings.contains(message) && $0.warnings.count < 8 { $0.warnings.append(message) } }
    }

    /// A compile error that points at a saved copy of the source and its options
    /// (`<directory>/failed/<key>.cu` and `.options`, or a private temporary directory when the
    /// cache is not trusted), so the failure can be replayed.
    func reproducer(for error: RuntimeError, key: String, source: String, name: String, options: [String], shared: Bool = true) -> RuntimeError {
        let sourcePath: String, optionsPath: String
        do {
            let folder = shared ? directory + "/failed"
                                : try POSIXFiles.makeTemporaryDirectory(template: POSIXFiles.temporaryRoot() + "/gnnc-failed-XXXXXX")
            (sourcePath, optionsPath) = ("\(folder)/\(key).cu", "\(folder)/\(key).options")
            try POSIXFiles.makeDirectories(folder, mode: 0o700)
            try POSIXFiles.writeAtomically(sourcePath, Array(source.utf8))
            try POSIXFiles.writeAtomically(optionsPath, Array((options.joined(separator: "\n") + "\n").utf8))
        } catch let saving {
            return RuntimeError(.compileFailed, "\(error.message)\n(the source could not be saved as a reproducer: \(saving))",
                                compilerOutput: error.compilerOutput)
        }
        return RuntimeError(.compileFailed,
                            "\(error.message)\nsource of \(name) saved to \(sourcePath), NVRTC options in \(optionsPath) (\(options.joined(separator: " ")))",
                            path: sourcePath, compilerOutput: error.compilerOutput)
    }

    static let header = "// gnnc-ptx sha256="

    static func entry(_ ptx: String) -> String { header + SHA256.hexDigest(ptx) + "\n" + ptx }

    /// An entry's bytes: the digest line, then the body (PTX text or a CUBIN).
    static func entry(_ body: [UInt8]) -> [UInt8] { Array((header + SHA256.hexDigest(body) + "\n").utf8) + body }

    /// The PTX of an entry whose digest matches, else nil.
    static func verified(_ bytes: [UInt8]) -> String? {
        verifiedBytes(bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The body of an entry (PTX text or a CUBIN) whose digest matches, else nil.
    static func verifiedBytes(_ bytes: [UInt8]) -> [UInt8]? {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let first = String(decoding: bytes[..<newline], as: UTF8.self)
        let body = Array(bytes[(newline + 1)...])
        guard first.hasPrefix(header), String(first.dropFirst(header.count)) == SHA256.hexDigest(body) else { return nil }
        return body
    }

    /// Entries and bytes on disk.
    public func info() -> (entries: Int, bytes: Int) {
        let names = POSIXFiles.listDirectory(directory).filter { $0.hasSuffix(".ptx") || $0.hasSuffix(".cubin") }
        return (names.count, names.reduce(0) { $0 + (POSIXFiles.fileSize("\(directory)/\($1)") ?? 0) })
    }

    /// Deletes every entry and temporary (the directory itself stays).
    public func clear() throws(RuntimeError) {
        for name in POSIXFiles.listDirectory(directory)
        where name.hasSuffix(".ptx") || name.hasSuffix(".cubin") || name.contains(".ptx.tmp-") || name.contains(".cubin.tmp-") {
            let path = "\(directory)/\(name)"
            if !POSIXFiles.remove(path) && POSIXFiles.exists(path) {
                throw RuntimeError(.cacheIO, "clear: cannot remove '\(path)': \(POSIXFiles.errnoText())", path: path)
            }
        }
    }
}

