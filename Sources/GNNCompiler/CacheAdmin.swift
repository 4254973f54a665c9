// `gnnc cache info|clear`: what the on-disk kernel cache holds, and emptying it.
import GNNRuntime

public enum CacheAdmin {
    /// The cache directory (`$GNNC_CACHE_DIR`, else `$XDG_CACHE_HOME/gnnc`, else `~/.cache/gnnc`),
    /// its compiled libraries and their bytes.
    public static func info() -> String {
        let i = KernelCache().info()
        return "kernel cache: \(i.directory)\nentries: \(i.entryCount) compiled kernel libraries\nbytes: \(i.byteCount)\n"
    }

    /// Removes every entry (and leftovers of dead processes); returns what was there.
    public static func clear() throws -> String {
        let cache = KernelCache()
        let before = cache.info()
        try cache.clear()
        return "kernel cache: \(before.directory)\nremoved \(before.entryCount) entries (\(before.byteCount) bytes)\n"
    }
}
