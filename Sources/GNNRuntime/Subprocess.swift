// Subprocess: runs a program with posix_spawnp and captures its output (no Foundation.Process).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of a finished child process.
public struct SubprocessResult: Sendable {
    public var exitStatus: Int32
    /// stdout and stderr interleaved, as a terminal would show them.
    public var output: String
    public var succeeded: Bool { exitStatus == 0 }
}

/// Runs external programs (the C compiler, curl) without Foundation's Process, which would pull
/// all of Foundation into a static gnnc.
///
/// Output goes to a log file that only the child opens (a posix_spawn file action), not to
/// a pipe: the parent then holds no descriptor that a process spawned concurrently by
/// another thread could inherit, and there is no pipe buffer to deadlock on.
public enum Subprocess {
    public enum Failure: Error {
        /// posix_spawnp itself failed: the program is missing or not executable.
        case spawnFailed(errno: Int32)
        /// The log file could not be created.
        case logUnwritable(path: String, errno: Int32)
    }

    /// Runs `arguments[0]` (looked up on PATH) with stdin from /dev/null and stdout+stderr
    /// into `logPath`, waits for it, and returns its exit status and output. The log file
    /// is removed afterwards.
    public static func run(_ arguments: [String], logPath: String) throws -> SubprocessResult {
        try createLog(logPath)
        defer { unlink(logPath) }
        let pid = try spawn(arguments, logPath: logPath)
        let status = wait(for: pid)
        let output = POSIXFiles.readText(logPath) ?? ""
        return SubprocessResult(exitStatus: status, output: output)
    }

    /// A unique log path in the temporary directory, for runs with no better place.
    static func temporaryLogPath() -> String {
        "\(POSIXFiles.temporaryRoot())/gnnc-subprocess-\(POSIXFiles.uniqueSuffix()).log"
    }

    /// Creating the log here first makes an unwritable location an error of its own
    /// instead of a spawn failure that would read as "compiler missing".
    private static func createLog(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure.logUnwritable(path: path, errno: errno) }
        close(fd)
    }

    private static func spawn(_ arguments: [String], logPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for arg in argv { free(arg) } }

        var pid: pid_t = 0
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw Failure.spawnFailed(errno: status) }
        return pid
    }

    /// Waits for `pid`; returns its exit code, or 128 + signal if it was killed.
    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
