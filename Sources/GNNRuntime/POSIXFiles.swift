// POSIXFiles: the few file-system operations the kernel cache needs, on raw POSIX calls.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// File helpers built on open/read/write/fsync/rename so the cache controls durability and
/// atomicity exactly, and so errors carry the failing call, the path and `strerror`.
public enum POSIXFiles {
    /// The text of `errno` for messages.
    public static func errnoText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Size in bytes of a regular file, or nil if it cannot be stat'ed.
    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Reads a whole file; nil when it does not exist or cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return readAll(fd)
    }

    /// Reads from `fd` to its end; nil on a read error.
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }

    /// Whether `path` itself is a symbolic link (dangling or not).
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    static func readText(_ path: String) -> String? {
        readFile(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Creates (or truncates) `path`, writes `bytes` and fsyncs, so a later rename publishes
    /// complete contents even across a crash.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ioError("create", path) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { try writeAll(fd, $0, path) }
        guard fsync(fd) == 0 else { throw ioError("fsync", path) }
    }

    static func writeText(_ path: String, _ text: String) throws {
        try writeFile(path, Array(text.utf8))
    }

    /// Flushes a file someone else wrote (the compiler's output) to stable storage.
    static func sync(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError("open", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ioError("fsync", path) }
    }

    /// Atomically replaces `to` with `from` (same file system).
    static func atomicRename(_ from: String, _ to: String) throws {
        guard rename(from, to) == 0 else {
            throw RuntimeError(.cacheIO, "rename '\(from)' -> '\(to)' failed: \(errnoText())", path: to)
        }
    }

    /// Removes a file; a missing file is not an error (another process may have won).
    @discardableResult
    static func remove(_ path: String) -> Bool {
        unlink(path) == 0 || errno == ENOENT
    }

    /// Creates `path` and its missing parents (mode 0755; the caches make theirs 0700).
    public static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws {
        if isDirectory(path) { return }
        let parent = parentDirectory(path)
        if !parent.isEmpty && parent != path { try makeDirectories(parent, mode: mode) }
        if mkdir(path, mode) != 0 && errno != EEXIST {
            throw ioError("mkdir", path)
        }
        guard isDirectory(path) else {
            throw RuntimeError(.cacheIO, "mkdir '\(path)' failed: a non-directory is in the way", path: path)
        }
    }

    /// Creates a fresh private directory from a `mkdtemp` template ending in XXXXXX.
    public static func makeTemporaryDirectory(template: String) throws -> String {
        var bytes = Array(template.utf8CString)
        guard let result = bytes.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw ioError("mkdtemp", template)
        }
        return String(cString: result)
    }

    /// Names in a directory, without "." and "..".
    public static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Removes a directory tree (private temporary directories, the caches' clear()): `path` and,
    /// for a directory, everything under it; a symbolic link is removed itself, never followed.
    public static func removeTree(_ path: String) {
        if !isLink(path) && isDirectory(path) {
            for name in listDirectory(path) { removeTree(path + "/" + name) }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    public static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func temporaryRoot() -> String {
        Settings.process.temporaryDirectory
    }

    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, _ path: String) throws {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw ioError("write", path) }
            offset += n
        }
    }

    static func ioError(_ op: String, _ path: String) -> RuntimeError {
        RuntimeError(.cacheIO, "\(op) '\(path)' failed: \(errnoText())", path: path)
    }
}

extension POSIXFiles {
    /// Writes `bytes` to a uniquely named sibling, then renames it over `path`, so readers
    /// see either the old file or the complete new one.
    public static func writeAtomically(_ path: String, _ bytes: [UInt8]) throws {
        let temporary = "\(path).tmp-\(uniqueSuffix())"
        do {
            try writeFile(temporary, bytes)
            try atomicRename(temporary, path)
        } catch {
            remove(temporary)
            throw error
        }
    }

    /// "<pid>-<n>": unique among all processes and threads alive at the same time, so
    /// concurrent writers never share a temporary file.
    public static func uniqueSuffix() -> String {
        "\(getpid())-\(temporaryCounter.wrappingAdd(1, ordering: .relaxed).newValue)"
    }

    /// Whether the process that created a "<pid>-<n>" temporary is gone (so its leftovers
    /// may be removed).
    static func isDeadProcess(_ pid: Int32) -> Bool {
        pid > 0 && kill(pid, 0) != 0 && errno == ESRCH
    }

    private static let temporaryCounter = Atomic<Int>(0)
}

extension POSIXFiles {
    /// Bytes of the regular files under `path` (for counting leftovers; links are not followed).
    static func treeSize(_ path: String) -> Int {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0 }
        return listDirectory(path).reduce(0) { $0 + treeSize(path + "/" + $1) }
    }
}
