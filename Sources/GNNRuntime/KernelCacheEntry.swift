// KernelCacheEntry: the on-disk layout of one cache entry (<key>.so + <key>.meta) and its integrity check.

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

    /// Checks the entry on disk against its meta.
    func verify(key: String) -> State {
        guard POSIXFiles.exists(library) else { return .absent }
        guard let libraryBytes = POSIXFiles.readFile(library) else {
            return .corrupt(reason: "library unreadable")
        }
        guard let metaText = POSIXFiles.readText(meta) else { return .corrupt(reason: "meta missing") }
        guard let parsed = KernelCacheMeta(text: metaText) else { return .corrupt(reason: "meta malformed") }
        if let problem = parsed.problem(expectedKey: key, libraryBytes: libraryBytes) {
            return .corrupt(reason: problem)
        }
        return .intact
    }

    /// Deletes both files (another process may already have done so).
    func remove() {
        POSIXFiles.remove(library)
        POSIXFiles.remove(meta)
    }
}
