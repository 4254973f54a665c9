// CPUDevice: the CPU backend's entry point: kernel source in, loaded library out.

/// Compiles C kernel source with the system C compiler and loads it, going through the
/// kernel cache so each distinct source is compiled once per machine.
public final class CPUDevice: Sendable {
    public let cache: KernelCache
    public let compiler: CCompiler

    /// - Parameters:
    ///   - cache: where compiled libraries are kept (in memory and on disk).
    ///   - compiler: the C compiler; by default `$GNNC_CC` / `$GNNC_CFLAGS` or `cc` and
    ///     `CCompiler.defaultOptions`.
    public init(cache: KernelCache, compiler: CCompiler = .fromEnvironment()) {
        self.cache = cache
        self.compiler = compiler
        // The kernels' threads are chosen now, before any compile runs (ThreadPolicy.process).
        _ = ThreadPolicy.process
    }

    /// Returns the library built from `source`. `salt` is folded into the cache key: pass
    /// whatever else determines the binary (the prelude's hash, the target). A cached library
    /// that lacks one of `symbols` is rebuilt.
    public func load(source: String, salt: String, symbols: [String] = []) throws -> CPULibrary {
        try cache.library(source: source, salt: salt, compiler: compiler, symbols: symbols)
    }

    /// Convenience: loads `source` and returns its kernel `name`.
    public func kernel(named name: String, source: String, salt: String) throws -> CPUKernel {
        try load(source: source, salt: salt, symbols: [name]).kernel(named: name)
    }
}
