// `gnnc cache info|clear`: what the on-disk kernel caches (CPU libraries, PTX) hold, and emptying them.

public enum CacheAdmin {
    /// The cache directory (`$GNNC_CACHE_DIR`, else `$XDG_CACHE_HOME/gnnc`, else `~/.cache/gnnc`),
    /// its compiled libraries and their bytes.
    public static func info(_ settings: Settings = .process) -> String {
        let i = KernelCache(settings: settings).info()
        let ptx = PTXCache(settings: settings)
        let p = ptx.info()
        var text = "kernel cache: \(i.directory)\nentries: \(i.entryCount) compiled kernel libraries\nbytes: \(i.byteCount)\n"
        if i.staleStagingCount > 0 {
            text += "left by killed processes: \(i.staleStagingCount) staging directories (\(i.staleStagingBytes) bytes); 'gnnc cache clear' removes them\n"
        }
        if let problem = i.untrusted { text += "not used: \(problem)\n" }
        return text + "PTX cache: \(ptx.directory)\nentries: \(p.entries) PTX modules\nbytes: \(p.bytes)\n"
    }

    /// Removes every entry (and leftovers of dead processes); returns what was there.
    public static func clear(_ settings: Settings = .process) throws -> String {
        let cache = KernelCache(settings: settings), ptx = PTXCache(settings: settings)
        let before = cache.info(), ptxBefore = ptx.info()
        try cache.clear()
        try ptx.clear()
        return "kernel cache: \(before.directory)\nremoved \(before.entryCount) entries (\(before.byteCount) bytes)"
            + (before.staleStagingCount > 0 ? " and \(before.staleStagingCount) staging directories of killed processes (\(before.staleStagingBytes) bytes)" : "") + "\n"
            + "PTX cache: \(ptx.directory)\nremoved \(ptxBefore.entries) entries (\(ptxBefore.bytes) bytes)\n"
    }
}
