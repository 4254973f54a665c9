// MemoryBudget: how many bytes this process can still allocate (RAM and swap left, the cgroup's limit, ulimit -v), so an oversized program is refused with numbers instead of crashing in malloc.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum MemoryBudget {
    /// The smallest of: `MemAvailable + SwapFree` (/proc/meminfo), the cgroup v2 limit left
    /// (`memory.max - memory.current`), and the address-space limit left (`RLIMIT_AS` minus the
    /// process's `VmSize`). nil when none is known (then nothing is refused in advance).
    public static func availableBytes() -> Int? {
        [systemAvailable(), cgroupAvailable(), addressSpaceAvailable()].compactMap { $0 }.min()
    }

    /// Refuses `bytes` for `what` when more than `available` (by default this process's budget;
    /// nil: unknown, nothing refused): the error gives both in GiB, names the largest parts
    /// (`parts`: name and bytes) and `place` (memory, or a GPU's memory). `what` is plural for
    /// "the GCN program's 20 buffers need ...".
    public static func check(_ bytes: Int, for what: String, plural: Bool = false, parts: [(String, Int)] = [],
                             available: Int? = availableBytes(), place: String = "memory") throws(RuntimeError) {
        guard let available, bytes > available else { return }
        throw RuntimeError(.outOfMemory, "\(what) \(plural ? "need" : "needs") \(gib(bytes)) of \(place), but \(gib(available)) is available"
                           + largest(parts) + "; use smaller dimensions or a smaller graph")
    }

    /// "12.3 GiB" (or MiB below one GiB).
    public static func gib(_ bytes: Int) -> String {
        let g = Double(bytes) / Double(1 << 30)
        if g >= 1 { return "\((g * 10).rounded() / 10) GiB" }
        return "\((Double(bytes) / Double(1 << 20) * 10).rounded() / 10) MiB"
    }

    static func largest(_ parts: [(String, Int)]) -> String {
        let top = parts.sorted { $0.1 > $1.1 }.prefix(3)
        guard !top.isEmpty else { return "" }
        return " (largest: " + top.map { "\($0.0) \(gib($0.1))" }.joined(separator: ", ") + ")"
    }

    static func systemAvailable() -> Int? {
        guard let text = POSIXFiles.readText("/proc/meminfo") else { return nil }
        var fields: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let kib = Int(parts[1]) else { continue }
            fields[String(parts[0].dropLast())] = kib.multipliedReportingOverflow(by: 1024).partialValue
        }
        guard let available = fields["MemAvailable"] else { return nil }
        return available.addingReportingOverflow(fields["SwapFree"] ?? 0).partialValue
    }

    static func cgroupAvailable() -> Int? {
        guard let limit = POSIXFiles.readText("/sys/fs/cgroup/memory.max").flatMap({ Int($0.trimmingWhitespace) }),
              let current = POSIXFiles.readText("/sys/fs/cgroup/memory.current").flatMap({ Int($0.trimmingWhitespace) }) else { return nil }
        return max(limit - current, 0)
    }

    static func addressSpaceAvailable() -> Int? {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }  // RLIM_INFINITY
        let cap = Int(clamping: limit.rlim_cur)
        guard let status = POSIXFiles.readText("/proc/self/status"),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmSize:") }),
              let kib = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap({ Int($0) }) else { return cap }
        return max(cap - kib * 1024, 0)
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
