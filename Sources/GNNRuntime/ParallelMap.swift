// Independent jobs on a few threads, results in job order: NVRTC compiles of many programs.
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Dispatch
import Synchronization

public enum ParallelMap {
    /// `body(i)` for every i in 0..<count, on up to `workers` threads (at least one), each taking
    /// the next unclaimed index; the results come back in index order, so what the caller prints
    /// does not depend on the scheduling.
    public static func run<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let next = Atomic<Int>(0)
        let results = Mutex<[Int: T]>([:])
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                let r = body(i)
                results.withLock { $0[i] = r }
            }
        }
        let done = results.withLock { $0 }
        return (0..<count).compactMap { done[$0] }
    }

    /// Threads for jobs that each hold a compiler instance (NVRTC: a few hundred MB while it
    /// runs): the machine's cores, at most eight.
    public static var compilerWorkers: Int { min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) }
}
