// Runs the built gnnc executable as a subprocess (stdout, stderr, exit status, 60 s timeout unless told) and gives each test a fresh temporary directory.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GNNTestSupport
import XCTest

/// What one run of `gnnc` produced.
struct GnncResult: CustomStringConvertible {
    var arguments: [String]
    /// The exit status; for a run killed by a signal, the signal number (and `signaled` is set).
    var status: Int32
    var signaled: Bool
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    var description: String {
        """
        \((["gnnc"] + arguments).joined(separator: " "))
        \(signaled ? "killed by signal" : "exit status") \(status)
        --- stdout ---
        \(stdout)
        --- stderr ---
        \(stderr)
        --------------
        """
    }
}

enum GnncRunnerError: Error, CustomStringConvertible, Sendable {
    case binaryNotFound(searched: [String])
    case timedOut(arguments: [String], seconds: Double)

    var description: String {
        switch self {
        case .binaryNotFound(let searched):
            return "the gnnc executable was not found next to the test bundle; looked in: "
                + searched.joined(separator: ", ")
                + " (build it with `swift build`, or set GNNC_BINARY to its path)"
        case .timedOut(let arguments, let seconds):
            return "\((["gnnc"] + arguments).joined(separator: " ")) did not finish within \(Int(seconds)) s and was killed"
        }
    }
}

enum Gnnc {
    static let timeoutSeconds: Double = 60

    /// The executable under test, found once per test process.
    static let binary: Result<URL, GnncRunnerError> = locate()

    /// `swift test` puts the test bundle (`<name>PackageTests.xctest`) in the products directory,
    /// beside the `gnnc` it built. `GNNC_BINARY` overrides the search.
    static func locate() -> Result<URL, GnncRunnerError> {
        let fm = FileManager.default
        func isExecutable(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && fm.isExecutableFile(atPath: path)
        }
        if let override = ProcessInfo.processInfo.environment["GNNC_BINARY"], !override.isEmpty {
            return isExecutable(override)
                ? .success(URL(fileURLWithPath: override))
                : .failure(.binaryNotFound(searched: ["GNNC_BINARY=\(override)"]))
        }
        var starts: [String] = [Bundle.main.bundleURL.path]
        if let e = Bundle.main.executableURL { starts.append(e.path) }
        if let a = ProcessInfo.processInfo.arguments.first { starts.append(URL(fileURLWithPath: a).standardizedFileURL.path) }
        starts += Bundle.allBundles.map(\.bundleURL.path).filter { $0.hasSuffix(".xctest") }

        var searched: [String] = []
        for start in starts {
            // The directory holding the `.xctest` bundle (a directory on macOS, an executable on
            // Linux); failing that, the directory of the running executable itself.
            var components = URL(fileURLWithPath: start).pathComponents
            if let i = components.lastIndex(where: { $0.hasSuffix(".xctest") }) {
                components = Array(components[..<i])
            } else {
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: start, isDirectory: &isDirectory), !isDirectory.boolValue { components.removeLast() }
            }
            guard !components.isEmpty else { continue }
            let directory = NSString.path(withComponents: components)
            guard !searched.contains(directory) else { continue }
            searched.append(directory)
            let candidate = (directory as NSString).appendingPathComponent("gnnc")
            if isExecutable(candidate) { return .success(URL(fileURLWithPath: candidate)) }
        }
        return .failure(.binaryNotFound(searched: searched))
    }

    /// Runs `gnnc arguments...` in `directory` with stdin from /dev/null. Output is captured in
    /// files (outside `directory`), so a chatty run cannot block on a full pipe. A run that takes
    /// longer than the timeout is killed with SIGKILL and reported as an error.
    /// `environment` entries are added to (or replace) the test process's own environment.
    /// `interruptAfter`: send `interruptSignal` (SIGINT) that many seconds after the start. `shell`:
    /// bash commands run before `exec gnnc ...` (limits, ignored signals), for the fault tests.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    timeout: Double = timeoutSeconds, interruptAfter: Double? = nil, interruptSignal: Int32 = SIGINT,
                    shell: String? = nil) throws -> GnncResult {
        let executable = try binary.get()
        let fm = FileManager.default
        let capture = fm.temporaryDirectory.appendingPathComponent("gnnc-capture-\(UUID().uuidString)")
        try fm.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout")
        let errURL = capture.appendingPathComponent("stderr")
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? outHandle.close(); try? errHandle.close() }

        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", shell + "; exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if let delay = interruptAfter, finished.wait(timeout: .now() + delay) == .timedOut {
            kill(process.processIdentifier, interruptSignal)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            _ = finished.wait(timeout: .now() + 10)
            throw GnncRunnerError.timedOut(arguments: arguments, seconds: timeout)
        }
        process.waitUntilExit()

        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        return GnncResult(arguments: arguments, status: process.terminationStatus,
                          signaled: process.terminationReason == .uncaughtSignal, stdout: stdout, stderr: stderr)
    }
}

/// Absolute paths of the package's own inputs.
enum Inputs {
    static var root: String { repoRoot() }
    static let modelSpecs = ["appnp", "cheb", "gat", "gatv2", "gcn", "gcn_ew", "gcnii", "gin", "gin_eps", "gin_graph", "gine", "pna", "resgated", "sage", "sage_max", "sgc", "transformer"]
    static func spec(_ name: String) -> String { root + "/ModelSpecs/\(name).gnn" }
    static func diagnostics(_ file: String) -> String { root + "/Tests/GNNSpecTests/Diagnostics/\(file)" }
    static func passInput(_ file: String) -> String { root + "/Tests/GNNPassesTests/Inputs/\(file)" }
}

extension XCTestCase {
    /// A fresh, empty directory for this test, removed when the test ends.
    func makeTempDirectory() throws -> URL {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("gnncTests-\(UUID().uuidString)", isDirectory: true)
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    /// Runs gnnc in a fresh temporary directory (or `directory`).
    func gnnc(_ arguments: String..., in directory: URL? = nil) throws -> GnncResult {
        try Gnnc.run(arguments, in: directory ?? makeTempDirectory())
    }

    func gnnc(arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
              timeout: Double = Gnnc.timeoutSeconds) throws -> GnncResult {
        try Gnnc.run(arguments, in: directory ?? makeTempDirectory(), environment: environment, timeout: timeout)
    }

    /// Asserts the exit status (and that the process exited rather than crashed); on failure the
    /// message carries the whole run.
    func assertExit(_ result: GnncResult, _ expected: Int32, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(result.signaled, "gnnc crashed:\n\(result)", file: file, line: line)
        XCTAssertEqual(result.status, expected, "unexpected exit status:\n\(result)", file: file, line: line)
    }

    func assertContains(_ haystack: String, _ needle: String, _ what: String = "output",
                        file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(haystack.contains(needle), "\(what) lacks \(String(reflecting: needle)):\n\(haystack)", file: file, line: line)
    }

    /// Asserts that the diagnostics quote the source line containing `sourceFragment` and put a
    /// caret on the next line, right under the first character of `token` in that excerpt.
    func assertCaret(in stderr: String, excerptContaining sourceFragment: String, under token: String,
                     file: StaticString = #filePath, line: UInt = #line) {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let i = lines.firstIndex(where: { String($0).contains(sourceFragment) && $0.contains("|") }) else {
            return XCTFail("no excerpt line with \(String(reflecting: sourceFragment)):\n\(stderr)", file: file, line: line)
        }
        guard i + 1 < lines.count, let caret = lines[i + 1].firstIndex(of: "^") else {
            return XCTFail("no caret line under the excerpt \(String(reflecting: String(lines[i]))):\n\(stderr)", file: file, line: line)
        }
        let excerpt = String(lines[i])
        guard let range = excerpt.range(of: token) else {
            return XCTFail("excerpt lacks \(String(reflecting: token))", file: file, line: line)
        }
        XCTAssertEqual(caret, excerpt.distance(from: excerpt.startIndex, to: range.lowerBound),
                       "caret not under \(String(reflecting: token)):\n\(excerpt)\n\(String(lines[i + 1]))", file: file, line: line)
    }

    func contentsOfDirectory(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    func read(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }
}
