// CCompiler: drives the system C compiler (cc / $GNNC_CC) to turn kernel source into a shared library.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A C compiler invocation: which executable, with which flags.
///
/// The flags and the compiler's version string are part of every kernel cache key, so two
/// builds with different compilers or flags never share a library.
public struct CCompiler: Sendable, Equatable {
    /// The flags used unless `GNNC_CFLAGS` overrides them. `-ffp-contract=off` keeps
    /// a*b+c unfused so CPU results match the reference interpreter's rounding.
    public static let defaultOptions: [String] = [
        "-O3", "-march=native", "-fopenmp", "-shared", "-fPIC", "-std=c11", "-ffp-contract=off",
    ]

    /// Flags kept even when `GNNC_CFLAGS` replaces the rest: without them the output is not
    /// a loadable shared library.
    public static let requiredOptions: [String] = ["-shared", "-fPIC"]

    public static let defaultExecutable = "cc"

    /// The program to run: a name looked up on PATH, or a path.
    public let executable: String
    /// Every flag passed before `-o out.so in.c`.
    public let options: [String]

    /// - Parameters:
    ///   - executable: the compiler (what `GNNC_CC` names); `cc` by default.
    ///   - flags: a `GNNC_CFLAGS`-style string that, when non-nil and non-blank, replaces
    ///     `defaultOptions` except `-shared -fPIC`.
    public init(executable: String = CCompiler.defaultExecutable, flags: String? = nil) {
        self.executable = executable
        self.options = CCompiler.options(flags: flags)
    }

    /// The compiler the settings ask for: `$GNNC_CC` (else `cc`) with `$GNNC_CFLAGS` (else the defaults).
    public static func fromEnvironment(_ settings: Settings = .process) -> CCompiler {
        fromEnvironment(settings.values)
    }

    /// The same choice made from an explicit environment (empty values count as unset).
    public static func fromEnvironment(_ environment: [String: String]) -> CCompiler {
        let executable = environment["GNNC_CC"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultExecutable
        return CCompiler(executable: executable, flags: environment["GNNC_CFLAGS"])
    }

    /// The option list for an optional `GNNC_CFLAGS` override (split on whitespace).
    public static func options(flags: String?) -> [String] {
        guard let flags, !flags.allSatisfy(\.isWhitespace) else { return defaultOptions }
        let custom = flags.split(whereSeparator: \.isWhitespace).map(String.init)
        return custom + requiredOptions.filter { !custom.contains($0) }
    }

    /// The full argument vector that compiles `source` into `output`.
    public func commandLine(source: String, output: String) -> [String] {
        [executable] + options + ["-o", output, source]
    }

    /// The first line of `<compiler> --version`, cached per executable for the process.
    public func version() throws -> String {
        if let cached = CCompiler.versionCache.withLock({ $0[executable] }) { return cached }
        let result = try run([executable, "--version"], logPath: Subprocess.temporaryLogPath(),
                             op: "query the version of")
        let firstLine = result.output.split(separator: "\n", omittingEmptySubsequences: true).first
        guard result.succeeded, let firstLine else {
            throw RuntimeError(.compilerMissing,
                               "'\(executable) --version' failed (exit \(result.exitStatus)); is it a C compiler? \(result.output)",
                               compilerOutput: result.output)
        }
        let version = String(firstLine)
        CCompiler.versionCache.withLock { $0[executable] = version }
        return version
    }

    /// Compiles the C file at `sourcePath` into the shared library `outputPath`.
    /// A rejected source throws `.compileFailed` with the compiler's diagnostics and
    /// `path` set to `sourcePath`.
    public func compile(sourcePath: String, outputPath: String) throws {
        let arguments = commandLine(source: sourcePath, output: outputPath)
        let result = try run(arguments, logPath: outputPath + ".log", op: "compile '\(sourcePath)' with")
        guard result.succeeded else {
            throw RuntimeError(.compileFailed,
                               "compiling '\(sourcePath)' failed (exit \(result.exitStatus)): \(arguments.joined(separator: " "))\n\(result.output)",
                               path: sourcePath, compilerOutput: result.output)
        }
    }

    private func run(_ arguments: [String], logPath: String, op: String) throws(RuntimeError) -> SubprocessResult {
        do {
            return try Subprocess.run(arguments, logPath: logPath)
        } catch Subprocess.Failure.spawnFailed(let code) {
            throw RuntimeError(.compilerMissing,
                               "cannot \(op) the C compiler '\(executable)': \(POSIXFiles.errnoText(code)) (set GNNC_CC to a working C compiler)",
                               path: executable)
        } catch Subprocess.Failure.logUnwritable(let path, let code) {
            throw RuntimeError(.cacheIO, "cannot create compiler log '\(path)' to \(op) '\(executable)': \(POSIXFiles.errnoText(code))",
                               path: path)
        } catch {
            throw RuntimeError(.cacheIO, "cannot \(op) '\(executable)': \(error)")
        }
    }

    private static let versionCache = Mutex<[String: String]>([:])

}
