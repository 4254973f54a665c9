// How many OpenMP threads the CPU kernels use and how idle ones wait: chosen once, before the first kernel library loads, from the cores other processes leave free.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libgomp reads `OMP_NUM_THREADS` and `OMP_WAIT_POLICY` when the first kernel library loads it.
/// Left unset, it starts a thread per core and lets idle threads spin between parallel regions:
/// with another process on one of the cores, every barrier then waits for a descheduled thread
/// while its partner spins, and a step takes several times as long. So, unless the user set them,
/// gnnc samples how busy the cores are at start-up and sets both: one thread per free core, and
/// passive waiting (threads sleep at once) when other processes were using the CPUs.
public struct ThreadPolicy: Sendable, Equatable {
    public var threads: Int
    public var passiveWait: Bool
    /// Cores this process may use, and the cores' worth of CPU other processes used in the sample.
    public var cores: Int
    public var busyCores: Double
    /// What decided it: "chosen", or the variable the user set.
    public var source: String

    /// Other processes count as present from a quarter of a core on.
    static let busyThreshold = 0.25

    public static func choose(cores: Int, busyCores: Double, settings: Settings) -> ThreadPolicy {
        let cores = max(1, cores)
        let busy = max(0, busyCores)
        if let text = settings["OMP_NUM_THREADS"], let n = Int(text.split(separator: ",").first ?? ""), n >= 1 {
            return ThreadPolicy(threads: n, passiveWait: settings["OMP_WAIT_POLICY"]?.lowercased() == "passive",
                                cores: cores, busyCores: busy, source: "OMP_NUM_THREADS")
        }
        let free = Double(cores) - busy
        let threads = min(cores, max(1, Int(free.rounded())))
        let passive = settings["OMP_WAIT_POLICY"].map { $0.lowercased() == "passive" } ?? (busy >= busyThreshold)
        return ThreadPolicy(threads: threads, passiveWait: passive, cores: cores, busyCores: busy,
                            source: settings["OMP_WAIT_POLICY"] == nil ? "chosen" : "OMP_WAIT_POLICY")
    }

    /// One line for the run's summary.
    public var summary: String {
        let tenths = (busyCores * 10).rounded()
        let busy = busyCores >= ThreadPolicy.busyThreshold ? "\(Int(tenths) / 10).\(Int(tenths) % 10) busy with other processes" : "idle"
        let how = source == "OMP_NUM_THREADS" ? "OMP_NUM_THREADS" : "\(cores) cores, \(busy)"
        return "\(threads) thread\(threads == 1 ? "" : "s") (\(how)), \(passiveWait ? "passive" : "spinning") wait"
    }

    /// The policy of this process: chosen and applied (exported for libgomp) on first use.
    public static let process: ThreadPolicy = {
        let settings = Settings.process
        let needSample = settings["OMP_NUM_THREADS"] == nil
        let policy = choose(cores: onlineCores(), busyCores: needSample ? sampleBusyCores() : 0, settings: settings)
        if settings["OMP_NUM_THREADS"] == nil { setenv("OMP_NUM_THREADS", String(policy.threads), 1) }
        if settings["OMP_WAIT_POLICY"] == nil, policy.passiveWait { setenv("OMP_WAIT_POLICY", "PASSIVE", 1) }
        return policy
    }()

    static func onlineCores() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// The cores' worth of CPU time that other processes used over `seconds`: /proc/stat's busy
    /// time of all CPUs less this process's own (getrusage), over the elapsed wall time. 0 where
    /// /proc/stat cannot be read.
    static func sampleBusyCores(seconds: Double = 0.05) -> Double {
        guard let a = systemBusySeconds() else { return 0 }
        let ownA = ownCPUSeconds(), t0 = MonotonicClock.seconds()
        usleep(useconds_t(seconds * 1e6))
        guard let b = systemBusySeconds() else { return 0 }
        let elapsed = MonotonicClock.seconds() - t0
        guard elapsed > 0 else { return 0 }
        return max(0, (b - a - (ownCPUSeconds() - ownA)) / elapsed)
    }

    /// Busy CPU seconds of all CPUs since boot, from /proc/stat's first line (user, nice, system,
    /// irq, softirq, steal; not idle or iowait).
    static func systemBusySeconds() -> Double? {
        guard let text = POSIXFiles.readText("/proc/stat"), let line = text.split(separator: "\n").first,
              line.hasPrefix("cpu ") else { return nil }
        let f = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard f.count >= 8 else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard ticks > 0 else { return nil }
        return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / ticks
    }

    static func ownCPUSeconds() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(u.ru_utime) + s(u.ru_stime)
    }
}
