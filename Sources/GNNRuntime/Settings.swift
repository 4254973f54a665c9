// Every environment variable gnnc reads, read once into one value: the driver reads the process
// environment at start-up and passes the value down; nothing else calls getenv.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct Settings: Sendable, Hashable {
    /// Each variable gnnc reads, with what it sets (README and `gnnc --help` list them).
    public static let variables: [(name: String, meaning: String)] = [
        ("GNNC_CACHE_DIR", "the kernel cache (default $XDG_CACHE_HOME/gnnc, else ~/.cache/gnnc)"),
        ("GNNC_CC", "the C compiler for CPU kernels (default cc)"),
        ("GNNC_CFLAGS", "its flags (default -O3 -march=native -fopenmp)"),
        ("GNNC_DATA_DIR", "where Planetoid files (and TU dataset folders) are looked for after --data-dir"),
        ("GNNC_PLANETOID_URL", "where Planetoid files are downloaded from"),
        ("GNNC_TU_URL", "where TU datasets (tu:NAME, NAME.zip) are downloaded from"),
        ("GNNC_NO_DOWNLOAD", "1: never download a dataset"),
        ("GNNC_NVRTC", "the NVRTC library"),
        ("GNNC_NVRTC_PIP_DIRS", "colon-separated folders of pip nvidia-* wheels searched for NVRTC and cuBLAS"),
        ("GNNC_LIBCUDA", "the CUDA driver library"),
        ("GNNC_CUBLAS", "the cuBLAS library"),
        ("GNNC_NO_CUBLAS", "1: generated GEMM kernels instead of cuBLAS"),
        ("GNNC_CUDA_ARCH", "sm_XY or compute_XY (or XY) to compile CUDA kernels for"),
        ("GNNC_EDGE_SPLIT", "always or never: the CUDA edge-split variants (default: by the graph's degrees)"),
        ("GNNC_INJECT_FAULT", "a deliberate miscompilation for the differential tests (tba-any-reducer)"),
        ("OMP_NUM_THREADS", "CPU kernel threads (default: one per core that other processes leave free, sampled at start-up)"),
        ("OMP_WAIT_POLICY", "passive or active (default: passive when other processes were using the CPUs at start-up)"),
        ("XDG_CACHE_HOME", "the user cache folder"),
        ("HOME", "the home folder (its .cache)"),
        ("TMPDIR", "temporary files (default /tmp)"),
    ]

    /// The values found, by name; variables set to the empty string count as unset.
    public let values: [String: String]

    public init(environment: [String: String]) {
        var v: [String: String] = [:]
        for (name, _) in Settings.variables { if let x = environment[name], !x.isEmpty { v[name] = x } }
        values = v
    }

    /// This process's environment, read once.
    public static let process = Settings(environment: processEnvironment())

    static func processEnvironment() -> [String: String] {
        var out: [String: String] = [:]
        for (name, _) in variables {
            if let p = getenv(name) { out[name] = String(cString: p) }
        }
        return out
    }

    public subscript(name: String) -> String? { values[name] }

    /// A copy with some variables changed (nil: unset), for tests and for callers that override one.
    public func with(_ changes: [String: String?]) -> Settings {
        var env = values
        for (k, v) in changes { env[k] = v }
        return Settings(environment: env)
    }

    public var cCompiler: String? { values["GNNC_CC"] }
    public var cFlags: String? { values["GNNC_CFLAGS"] }
    public var libcuda: String? { values["GNNC_LIBCUDA"] }
    public var cublas: String? { values["GNNC_CUBLAS"] }
    public var nvrtc: String? { values["GNNC_NVRTC"] }
    public var pipDirectories: [String] { (values["GNNC_NVRTC_PIP_DIRS"] ?? "").split(separator: ":").map(String.init) }
    public var cublasOff: Bool { values["GNNC_NO_CUBLAS"] == "1" }
    /// `GNNC_CUDA_ARCH` as written (`sm_90`, `compute_80` or `90`).
    public var cudaArchitecture: String? { values["GNNC_CUDA_ARCH"] }
    public var edgeSplit: String? { values["GNNC_EDGE_SPLIT"] }
    public var injectedFaults: Set<String> { Set((values["GNNC_INJECT_FAULT"] ?? "").split(separator: ",").map(String.init)) }
    public var temporaryDirectory: String { values["TMPDIR"] ?? "/tmp" }
}
