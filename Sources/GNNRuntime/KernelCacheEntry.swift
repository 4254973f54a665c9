// KernelCacheEntry: the on-disk layout of one cache entry (<key>.so + <key>.meta) and its integrity check.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The metadata written next to each cached library. The library is trusted only if this
/// file exists, names the same key, and its byte length and SHA-256 match the library.
struct KernelCacheMeta: Equatable {
    static let header = "gnnc-kernel-cache-entry 1"

    var key: String
    var byteCount: Int
    var sha256: String
    /// Informational only (not checked): what produced the library, for someone reading the cache.
    var compiler: String = ""
    var options: String = ""

    init(key: String, libraryBytes: [UInt8], compiler: String = "", options: String = "") {
        self.key = key
        self.byteCount = libraryBytes.count
        self.sha256 = SHA256.hexDigest(libraryBytes)
        self.compiler = compiler
        self.options = options
    }

    var text: String {
        """
        \(KernelCacheMeta.header)
        key \(key)
        bytes \(byteCount)
        sha256 \(sha256)
        compiler \(oneLine(compiler))
        options \(oneLine(options))

        """
    }

    /// Parses `text`; nil when the header or a checked field is missing or malformed.
    init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard lines.first == KernelCacheMeta.header else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let space = line.firstIndex(of: " ") else { continue }
            fields[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        guard let key = fields["key"], let bytes = fields["bytes"].flatMap({ Int($0) }),
              let sha = fields["sha256"], sha.utf8.count == 64 else { return nil }
        self.key = key
        self.byteCount = bytes
        self.sha256 = sha
        self.compiler = fields["compiler"] ?? ""
        self.options = fields["options"] ?? ""
    }

    /// Why `libraryBytes` may not be used for `expectedKey`, or nil if it is intact.
    func problem(expectedKey: String, libraryBytes: [UInt8]) -> String? {
        if key != expectedKey { return "meta names key \(key)" }
        if byteCount != libraryBytes.count {
            return "length \(libraryBytes.count) but meta records \(byteCount)"
        }
        if SHA256.hexDigest(libraryBytes) != sha256 { return "SHA-256 does not match meta" }
        return nil
    }

    private func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 })
    }
}

/// Paths of one entry inside a cache directory.
struct KernelCacheEntryPaths {
    let library: String
    let meta: String

    init(directory: String, key: String) {
        library = "\(directory)/\(key).so"
        meta = "\(directory)/\(key).meta"
    }

    enum State: Equatable {
        case absent
        case intact
        case corrupt(reason: String)
    }

    /// Checks the entry on disk before anything maps it: both files regular, owned by this
    /// user and writable by no one else (CacheTrust), the meta naming this key and the
    /// library's length and SHA-256, and the library's ELF headers inside its length.
    func verify(key: String) -> State {
        guard POSIXFiles.exists(library) || POSIXFiles.isLink(library) else { return .absent }
        let libraryBytes: [UInt8]
        switch Self.trustedBytes(library) {
        case .failure(let refusal): return .corrupt(reason: refusal.reason)
        case .success(let bytes): libraryBytes = bytes
        }
        let metaBytes: [UInt8]
        switch Self.trustedBytes(meta) {
        case .failure(let refusal): return .corrupt(reason: POSIXFiles.exists(meta) ? refusal.reason : "meta missing")
        case .success(let bytes): metaBytes = bytes
        }
        guard let parsed = KernelCacheMeta(text: String(decoding: metaBytes, as: UTF8.self)) else { return .corrupt(reason: "meta malformed") }
        if let problem = parsed.problem(expectedKey: key, libraryBytes: libraryBytes) {
            return .corrupt(reason: problem)
        }
        if let problem = ELFCheck.problem(libraryBytes) { return .corrupt(reason: "\(library): \(problem)") }
        return .intact
    }

    struct Refusal: Error { let reason: String }

    /// The file's bytes, read through a descriptor opened without following links and checked
    /// with CacheTrust, so what is checked is the file that was read.
    static func trustedBytes(_ path: String) -> Result<[UInt8], Refusal> {
        let fd = CacheTrust.openEntry(path)
        guard fd >= 0 else { return .failure(Refusal(reason: "cannot open '\(path)' (a link, or unreadable): \(POSIXFiles.errnoText())")) }
        defer { close(fd) }
        if let problem = CacheTrust.problem(entry: fd, path: path) { return .failure(Refusal(reason: problem)) }
        guard let bytes = POSIXFiles.readAll(fd) else { return .failure(Refusal(reason: "cannot read '\(path)': \(POSIXFiles.errnoText())")) }
        return .success(bytes)
    }

    /// Deletes both files (another process may already have done so).
    func remove() {
        POSIXFiles.remove(library)
        POSIXFiles.remove(meta)
    }
}
