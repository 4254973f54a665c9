// `gnnc cache info|clear`: what the on-disk kernel caches (CPU libraries, PTX) hold, and emptying them.
import GNNRuntime

public enum CacheAdmin {
    /// The cache directory (`$GNNC_CACHE_DIR`, else `$XDG_CACHE_HOME/gnnc`, else `~/.cache/gnnc`),
    /// its compiled libraries and their bytes.
    public static func info() -> String {
        let i = KernelCache().info()
        let ptx = PTXCache()
        let p = ptx.info()
        return "kernel cache: \(i.directory)\nentries: \(i.entryCount) compiled kernel libraries\nbytes: \(i.byteCount)\n"
            + "PTX cache: \(ptx.directory)\nentries: \(p.entries) PTX modules\nbytes: \(p.bytes)\n"
    }

    /// Removes every entry (and leftovers of dead processes); returns what was there.
    public static func clear() throws -> String {
        let cache = KernelCache(), ptx = PTXCache()
        let before = cache.info(), ptxBefore = ptx.info()
        try cache.clear()
        try ptx.clear()
        return "kernel cache: \(before.directory)\nremoved \(before.entryCount) entries (\(before.byteCount) bytes)\n"
            + "PTX cache: \(ptx.directory)\nremoved \(ptxBefore.entries) entries (\(ptxBefore.bytes) bytes)\n"
    }
}
