// Ctrl-C as a request: the first SIGINT (or SIGTERM, or SIGHUP: the terminal closed) sets a flag that long loops check between
// steps, so the run stops with nothing half-written; a second one ends the process at once.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

public enum Interrupt {
    static let requested = Atomic<Bool>(false)

    public static var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP (a closed terminal or ssh session
    /// must not leave half-written output any more than Ctrl-C may). The executable calls this for commands whose
    /// loops check the flag (`run`, `selftest --random`); the library never does.
    public static func install() {
        signal(SIGINT, interruptHandler)
        signal(SIGTERM, interruptHandler)
        signal(SIGHUP, interruptHandler)
    }

    static func request() { requested.store(true, ordering: .relaxed) }
}

/// The flag store is lock-free, so this is safe inside a signal handler; the default action comes
/// back for the next signal.
private func interruptHandler(_ signal: Int32) {
    Interrupt.request()
    _ = Glibc.signal(signal, SIG_DFL)
}

/// Thrown where a loop notices `Interrupt.isRequested`.
public struct Interrupted: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}
