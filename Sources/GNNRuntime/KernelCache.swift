// KernelCache: compiled kernel libraries, kept in process and on disk, keyed by a SHA-256 of all that shapes the binary.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Counters of how each `library(...)` request was served, plus warnings about a cache
/// directory that could not be used.
public struct KernelCacheStats: Sendable, Equatable {
    public var compiled = 0
    public var loadedFromDisk = 0
    public var loadedFromMemory = 0
    /// Disk entries found corrupt (meta missing, length or hash mismatch, not owned by the
    /// user or writable by others, ELF headers past the end, refused by dlopen, a kernel
    /// missing), deleted and rebuilt; each rebuild also counts in `compiled`.
    public var corruptEntriesRebuilt = 0
    public var warnings: [String] = []

    public init() {}
}

/// What the on-disk cache holds.
public struct KernelCacheInfo: Sendable, Equatable {
    public var directory: String
    /// Number of cached libraries (`<key>.so` files).
    public var entryCount: Int
    /// Bytes of all `.so` and `.meta` files.
    public var byteCount: Int
    /// Staging directories left by processes that died while compiling (`clear` removes them),
    /// and their bytes.
    public var staleStagingCount = 0
    public var staleStagingBytes = 0
    /// Why the directory is not trusted (CacheTrust), or nil.
    public var untrusted: String?
}

/// Compiled kernel libraries: an in-process dictionary in front of an on-disk directory.
///
/// On disk an entry is `<key>.so` plus `<key>.meta` (key, byte length, SHA-256 of the
/// library). Both are produced in a private staging directory and renamed into place, so a
/// reader never sees a half-written entry; processes racing on one key each rename a
/// byte-identical result. A library whose meta is missing or disagrees with it, whose ELF
/// headers reach past its end, that dlopen refuses or that lacks a kernel asked for is deleted
/// and rebuilt. The directory is used only if CacheTrust accepts it (owned by the user, writable
/// by no one else); an untrusted or unwritable directory is neither read nor written: kernels
/// are compiled in a private temporary directory and a warning is recorded in `stats`.
public final class KernelCache: Sendable {
    public let directory: String

    private let state = Mutex<State>(State())

    private struct State {
        var slots: [String: Slot] = [:]
        var stats = KernelCacheStats()
        var warnedCategories: Set<String> = []
    }

    /// One key's loaded library. Its lock serialises requests for the same key (so threads
    /// racing on a kernel compile it once) while different keys compile in parallel.
    private final class Slot: Sendable {
        let library = Mutex<CPULibrary?>(nil)
    }

    public init(directory: String) {
        var trimmed = directory
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.directory = trimmed
    }

    /// A cache in `KernelCache.defaultDirectory(settings)`.
    public convenience init(settings: Settings = .process) {
        self.init(directory: KernelCache.defaultDirectory(settings))
    }

    /// `$GNNC_CACHE_DIR`, else `$XDG_CACHE_HOME/gnnc`, else `~/.cache/gnnc`.
    public static func defaultDirectory(_ settings: Settings = .process) -> String {
        defaultDirectory(environment: settings.values)
    }

    /// The same choice made from an explicit environment (empty values count as unset).
    public static func defaultDirectory(environment: [String: String]) -> String {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let explicit = value("GNNC_CACHE_DIR") { return explicit }
        if let xdg = value("XDG_CACHE_HOME") { return xdg + "/gnnc" }
        return (value("HOME") ?? passwordHomeDirectory()) + "/.cache/gnnc"
    }

    /// The cache key: SHA-256 over the source, the compiler options, the compiler's version
    /// and the caller's salt (prelude hash, target), each length-prefixed.
    public static func key(source: String, salt: String, options: [String], compilerVersion: String) -> String {
        var hasher = SHA256()
        hasher.updateField("gnnc-cpu-kernel-v1")
        hasher.updateField(source)
        hasher.updateField(options.joined(separator: "\u{1f}"))
        hasher.updateField(compilerVersion)
        hasher.updateField(salt)
        return hasher.hexDigest()
    }

    /// The key `library(source:salt:compiler:)` would use (runs `--version` once).
    public func key(source: String, salt: String, compiler: CCompiler) throws -> String {
        KernelCache.key(source: source, salt: salt, options: compiler.options,
                        compilerVersion: try compiler.version())
    }

    /// Paths of the entry files for `key` (for tools and tests).
    public func entryPaths(forKey key: String) -> (library: String, meta: String) {
        let paths = KernelCacheEntryPaths(directory: directory, key: key)
        return (paths.library, paths.meta)
    }

    public var stats: KernelCacheStats {
        state.withLock { $0.stats }
    }

    /// The library built from `source`: from memory, else from disk, else compiled. A disk
    /// entry lacking one of `symbols` is evicted and rebuilt.
    public func library(source: String, salt: String, compiler: CCompiler, symbols: [String] = []) throws -> CPULibrary {
        let key = try self.key(source: source, salt: salt, compiler: compiler)
        let slot = self.slot(for: key)
        return try slot.library.withLock { cached throws(RuntimeError) -> CPULibrary in
            if let cached {
                count { $0.loadedFromMemory += 1 }
                return cached
            }
            let loaded = try loadOrBuild(key: key, source: source, compiler: compiler, symbols: symbols)
            cached = loaded
            return loaded
        }
    }

    /// Entry count, bytes and directory of the on-disk cache.
    public func info() -> KernelCacheInfo {
        var info = KernelCacheInfo(directory: directory, entryCount: 0, byteCount: 0)
        for name in POSIXFiles.listDirectory(directory) {
            if name.hasSuffix(".so") || name.hasSuffix(".meta") {
                if name.hasSuffix(".so") { info.entryCount += 1 }
                info.byteCount += POSIXFiles.fileSize("\(directory)/\(name)") ?? 0
            } else if let pid = stagingOwner(name), POSIXFiles.isDeadProcess(pid) {
                info.staleStagingCount += 1
                info.staleStagingBytes += POSIXFiles.treeSize("\(directory)/\(name)")
            }
        }
        info.untrusted = CacheTrust.problem(directory: directory)
        return info
    }

    /// Deletes every entry, saved reproducer and leftover of a dead process from the
    /// directory, and forgets the in-process libraries (they stay mapped: see CPULibrary).
    public func clear() throws {
        state.withLock { $0.slots.removeAll() }
        for name in POSIXFiles.listDirectory(directory) where isRemovableOnClear(name) {
            let path = "\(directory)/\(name)"
            POSIXFiles.removeTree(path)
            if POSIXFiles.exists(path) {
                throw RuntimeError(.cacheIO, "clear: cannot remove '\(path)': \(POSIXFiles.errnoText())", path: path)
            }
        }
    }

    // MARK: - Loading

    private func slot(for key: String) -> Slot {
        state.withLock { state in
            if let slot = state.slots[key] { return slot }
            let slot = Slot()
            state.slots[key] = slot
            return slot
        }
    }

    private func loadOrBuild(key: String, source: String, compiler: CCompiler, symbols: [String]) throws(RuntimeError) -> CPULibrary {
        if let library = loadFromDisk(key: key, symbols: symbols) {
            count { $0.loadedFromDisk += 1 }
            return library
        }
        let library = try build(key: key, source: source, compiler: compiler)
        count { $0.compiled += 1 }
        return library
    }

    /// The verified disk entry, or nil. Nothing is read from an untrusted directory; a
    /// corrupt entry is deleted (and counted) so the caller rebuilds it.
    private func loadFromDisk(key: String, symbols: [String]) -> CPULibrary? {
        let paths = KernelCacheEntryPaths(directory: directory, key: key)
        guard trusted() else { return nil }
        switch paths.verify(key: key) {
        case .absent:
            return nil
        case .corrupt:
            discard(paths)
            return nil
        case .intact:
            guard let library = try? CPULibrary(path: paths.library) else {
                discard(paths)
                return nil
            }
            if symbols.contains(where: { !library.exports($0) }) {
                library.unload()
                discard(paths)
                return nil
            }
            return library
        }
    }

    /// Whether CacheTrust accepts the directory now; the first refusal is recorded as a warning.
    private func trusted() -> Bool {
        guard let problem = CacheTrust.problem(directory: directory) else { return true }
        warnOnce("directory", "kernel cache directory '\(directory)' is not used: \(problem); compiling in private temporary directories without caching")
        return false
    }

    private func discard(_ paths: KernelCacheEntryPaths) {
        paths.remove()
        count { $0.corruptEntriesRebuilt += 1 }
    }

    // MARK: - Building

    /// Where one compile happens: a fresh directory inside the cache (published by rename
    /// afterwards) or, when the cache is unwritable, a private temporary one.
    private struct Staging {
        let path: String
        let shared: Bool
    }

    private func build(key: String, source: String, compiler: CCompiler) throws(RuntimeError) -> CPULibrary {
        try build(key: key, source: source, compiler: compiler, in: try stage(key: key, source: source))
    }

    private func build(key: String, source: String, compiler: CCompiler, in staging: Staging) throws(RuntimeError) -> CPULibrary {
        var keepStaging = false
        defer { if !keepStaging { POSIXFiles.removeTree(staging.path) } }
        // The source keeps the name <key>.c in every staging directory: the compiler embeds
        // the file's base name, so racing processes produce byte-identical libraries.
        let sourcePath = "\(staging.path)/\(key).c"
        let stagedLibrary = "\(staging.path)/\(key).so"
        do {
            try compiler.compile(sourcePath: sourcePath, outputPath: stagedLibrary)
            // The compiler creates its output with the process's umask; a group-writable
            // library (umask 002) would fail CacheTrust's check on every later load.
            chmod(stagedLibrary, 0o644)
        } catch {
            if let full = StorageSpace.exhausted(at: staging.shared ? directory : staging.path, after: error) {
                if staging.shared {
                    warnOnce("full", "kernel cache directory '\(directory)': \(full); compiling in private temporary directories without caching")
                    POSIXFiles.removeTree(staging.path)
                    keepStaging = true
                    return try build(key: key, source: source, compiler: compiler, in: try stagePrivately(key: key, source: source))
                }
                throw RuntimeError(.noSpace, "cannot compile a kernel: \(full)", path: staging.path)
            }
            let error = failure(error, key: key, source: source, sourcePath: sourcePath, staging: staging, compiler: compiler)
            keepStaging = error.path == sourcePath
            throw error
        }
        return try loadAndPublish(key: key, staging: staging, compiler: compiler)
    }

    /// Loads the freshly compiled library from the staging directory, then publishes it.
    /// Loading first means a broken library is never published, and that a concurrent
    /// process deleting the published entry cannot pull the file out from under us.
    private func loadAndPublish(key: String, staging: Staging, compiler: CCompiler) throws(RuntimeError) -> CPULibrary {
        let stagedLibrary = "\(staging.path)/\(key).so"
        guard let bytes = POSIXFiles.readFile(stagedLibrary) else {
            throw POSIXFiles.ioError("read compiled library", stagedLibrary)
        }
        let paths = KernelCacheEntryPaths(directory: directory, key: key)
        let library = try CPULibrary(path: stagedLibrary, reportedPath: staging.shared ? paths.library : stagedLibrary)
        guard staging.shared else { return library }
        let meta = KernelCacheMeta(key: key, libraryBytes: bytes, compiler: (try? compiler.version()) ?? "",
                                   options: compiler.options.joined(separator: " "))
        do {
            try publish(staging: staging, key: key, meta: meta, to: paths)
        } catch {
            warnOnce("publish", "kernel cache: could not publish \(paths.library): \(error.message); the kernel works but was not cached")
        }
        return library
    }

    /// Renames meta, then library, into place. The meta goes first so that a reader that
    /// sees the library also finds its meta.
    private func publish(staging: Staging, key: String, meta: KernelCacheMeta, to paths: KernelCacheEntryPaths) throws(RuntimeError) {
        let stagedMeta = "\(staging.path)/\(key).meta"
        let stagedLibrary = "\(staging.path)/\(key).so"
        do {
            try POSIXFiles.writeText(stagedMeta, meta.text)
            try POSIXFiles.sync(stagedLibrary)
            try POSIXFiles.atomicRename(stagedMeta, paths.meta)
            try POSIXFiles.atomicRename(stagedLibrary, paths.library)
        } catch let error as RuntimeError {
            throw error
        } catch {
            throw RuntimeError(.cacheIO, "\(error)")
        }
    }

    /// Creates a staging directory holding `<key>.c`: in the cache directory if it can be
    /// created there and is trusted, otherwise privately (with a warning), so an unwritable or
    /// untrusted cache never fails a compile.
    private func stage(key: String, source: String) throws(RuntimeError) -> Staging {
        do {
            try POSIXFiles.makeDirectories(directory, mode: 0o700)
            if trusted() { return try stage(key: key, source: source, in: directory, shared: true) }
        } catch let error as RuntimeError {
            warnOnce("directory", "kernel cache directory '\(directory)' is not writable (\(error.message)); compiling in private temporary directories without caching")
        } catch {
            warnOnce("directory", "kernel cache directory '\(directory)' is not writable (\(error)); compiling in private temporary directories without caching")
        }
        return try stagePrivately(key: key, source: source)
    }

    private func stagePrivately(key: String, source: String) throws(RuntimeError) -> Staging {
        do {
            return try stage(key: key, source: source, in: POSIXFiles.temporaryRoot(), shared: false)
        } catch {
            if let full = StorageSpace.exhausted(at: POSIXFiles.temporaryRoot(), after: error) {
                throw RuntimeError(.noSpace, "cannot compile a kernel: \(full)", path: POSIXFiles.temporaryRoot())
            }
            throw error
        }
    }

    private func stage(key: String, source: String, in parent: String, shared: Bool) throws(RuntimeError) -> Staging {
        do {
            let path = shared ? "\(parent)/.tmp-\(POSIXFiles.uniqueSuffix())"
                              : try POSIXFiles.makeTemporaryDirectory(template: "\(parent)/gnnc-kernel-XXXXXX")
            if shared && mkdir(path, 0o700) != 0 { throw POSIXFiles.ioError("mkdir", path) }
            try POSIXFiles.writeText("\(path)/\(key).c", source)
            return Staging(path: path, shared: shared)
        } catch let error as RuntimeError {
            throw error
        } catch {
            throw RuntimeError(.cacheIO, "\(error)")
        }
    }

    /// Turns a compile error into one that names a reproducer that outlives the staging
    /// directory: `<dir>/failed/<key>.c` in a trusted cache, else the staged file itself in
    /// its private directory (which is then kept). Never a predictable name in a shared
    /// temporary directory, where another user could have planted a link.
    private func failure(_ error: any Error, key: String, source: String, sourcePath: String, staging: Staging, compiler: CCompiler) -> RuntimeError {
        guard let error = error as? RuntimeError else { return RuntimeError(.compileFailed, "\(error)") }
        guard error.kind == .compileFailed else { return error }
        let reproducer = (staging.shared ? saveReproducer(key: key, source: source) : nil) ?? sourcePath
        let command = compiler.commandLine(source: reproducer, output: "/tmp/\(key).so").joined(separator: " ")
        return RuntimeError(.compileFailed,
                            "C compiler '\(compiler.executable)' rejected kernel source (key \(key)); source saved to \(reproducer); reproduce with: \(command)\n\(error.compilerOutput ?? "")",
                            path: reproducer, compilerOutput: error.compilerOutput)
    }

    private func saveReproducer(key: String, source: String) -> String? {
        let folder = "\(directory)/failed", path = "\(directory)/failed/\(key).c"
        guard (try? POSIXFiles.makeDirectories(folder, mode: 0o700)) != nil,
              (try? POSIXFiles.writeAtomically(path, Array(source.utf8))) != nil else { return nil }
        return path
    }

    // MARK: - Bookkeeping

    private func count(_ update: (inout KernelCacheStats) -> Void) {
        state.withLock { update(&$0.stats) }
    }

    /// Records a warning once per category, so a long run against an unwritable directory
    /// does not grow the list without bound.
    private func warnOnce(_ category: String, _ message: String) {
        state.withLock { state in
            guard state.warnedCategories.insert(category).inserted else { return }
            state.stats.warnings.append(message)
        }
    }

    /// Entries, reproducers and staging leftovers of dead processes; never a live
    /// process's staging directory or unrelated files.
    private func isRemovableOnClear(_ name: String) -> Bool {
        if name.hasSuffix(".so") || name.hasSuffix(".meta") || name == "failed" { return true }
        return stagingOwner(name).map(POSIXFiles.isDeadProcess) ?? false
    }

    /// The pid in a staging directory name ".tmp-<pid>-<n>", or nil for other names.
    private func stagingOwner(_ name: String) -> Int32? {
        guard name.hasPrefix(".tmp-") else { return nil }
        return name.dropFirst(5).split(separator: "-").first.flatMap { Int32($0) }
    }

    private static func passwordHomeDirectory() -> String {
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return POSIXFiles.temporaryRoot()
    }
}
