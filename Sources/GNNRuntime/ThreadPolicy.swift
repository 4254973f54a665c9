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

    /// Other processes count as present from half a core on (a 100 ms sample at 100 ticks a
    /// second resolves a tenth of a core per CPU, so stray ticks stay below it).
    static let busyThreshold = 0.5

    public static func choose(cores: Int, busyCores: Double, settings: Settings) -> ThreadPolicy {
        let cores = max(1, cores)
        let busy = max(0, busyCores)
        if let text = settings["OMP_NUM_THREADS"] {
            // libgomp's reading: the first number of the list; one it cannot parse leaves its default, a thread per core.
            let n = Int(text.split(separator: ",").first ?? "").flatMap { $0 >= 1 ? $0 : nil } ?? cores
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

    /// The policy of this process: chosen and applied (exported for libgomp) on first use, which
    /// `CPUDevice` makes before any compile runs (children's CPU time would count as others', and
    /// setenv must not race a spawn).
    public static let process: ThreadPolicy = {
        let settings = Settings.process
        let mask = affinityCPUs()
        let needSample = settings["OMP_NUM_THREADS"] == nil
        let policy = choose(cores: mask.count, busyCores: needSample ? sampleBusyCores(cpus: mask) : 0, settings: settings)
        if settings["OMP_NUM_THREADS"] == nil { setenv("OMP_NUM_THREADS", String(policy.threads), 1) }
        if settings["OMP_WAIT_POLICY"] == nil, policy.passiveWait { setenv("OMP_WAIT_POLICY", "PASSIVE", 1) }
        return policy
    }()

    /// The CPUs this process may run on (its affinity mask, as libgomp counts them), from
    /// /proc/self/status's `Cpus_allowed_list` (`0-3,8`); every online CPU where that cannot be read.
    static func affinityCPUs() -> [Int] {
        let online = Array(0 ..< max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        guard let text = POSIXFiles.readText("/proc/self/status"),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return online }
        let cpus = parseCPUList(String(line.dropFirst("Cpus_allowed_list:".count)))
        return cpus.isEmpty ? online : cpus
    }

    /// `0-3,8` → [0, 1, 2, 3, 8]; anything malformed gives [] (the caller then counts every CPU).
    static func parseCPUList(_ text: String) -> [Int] {
        var out: [Int] = []
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-").map { Int($0.filter { $0 != " " && $0 != "\t" }) }
            guard let a = ends.first ?? nil, let b = ends.last ?? nil, ends.count <= 2, a >= 0, a <= b, b < 1 << 16 else { return [] }
            out += Array(a ... b)
        }
        return out
    }

    /// The cores' worth of CPU time that other processes used on `cpus` over `seconds`: the busy
    /// time of those CPUs in /proc/stat less this process's own (getrusage), over the elapsed
    /// wall time. 0 where /proc/stat cannot be read.
    static func sampleBusyCores(cpus: [Int], seconds: Double = 0.1) -> Double {
        guard let a = busySeconds(cpus: cpus) else { return 0 }
        let ownA = ownCPUSeconds(), t0 = MonotonicClock.seconds()
        usleep(useconds_t(seconds * 1e6))
        guard let b = busySeconds(cpus: cpus) else { return 0 }
        let elapsed = MonotonicClock.seconds() - t0
        guard elapsed > 0 else { return 0 }
        return max(0, (b - a - (ownCPUSeconds() - ownA)) / elapsed)
    }

    /// Busy CPU seconds since boot of `cpus`, from /proc/stat's `cpuN` lines (user, nice, system,
    /// irq, softirq, steal; not idle or iowait).
    static func busySeconds(cpus: [Int]) -> Double? {
        guard let text = POSIXFiles.readText("/proc/stat") else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard ticks > 0 else { return nil }
        let wanted = Set(cpus.map { "cpu\($0)" })
        var total = 0.0, found = false
        for line in text.split(separator: "\n") where line.hasPrefix("cpu") {
            let fields = line.split(separator: " ")
            guard let name = fields.first, wanted.contains(String(name)) else { continue }
            let f = fields.dropFirst().compactMap { Double($0) }
            guard f.count >= 8 else { continue }
            total += f[0] + f[1] + f[2] + f[5] + f[6] + f[7]
            found = true
        }
        return found ? total / ticks : nil
    }

    static func ownCPUSeconds() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(u.ru_utime) + s(u.ru_stime)
    }
}
