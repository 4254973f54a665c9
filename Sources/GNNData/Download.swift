// Fetching dataset files with curl into a private staging directory beside the cache (Planetoid and TU downloads).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNRuntime

enum Download {
    /// Fetches `url` to `path` with `curl`; its messages go to a log in the staging directory
    /// (`Subprocess`: no pipe to deadlock on). Errors name `file`.
    static func fetch(_ url: String, to path: String, file: String, staging: String, curl: String) throws(DatasetError) {
        let result: SubprocessResult
        do {
            result = try Subprocess.run([curl, "-fsSL", "--retry", "2", "-o", path, url], logPath: staging + "/curl.log")
        } catch Subprocess.Failure.spawnFailed(let code) {
            let why = code == ENOENT ? "'\(curl)' is not installed (or not on PATH)" : "cannot run '\(curl)': \(POSIXFiles.errnoText(code))"
            throw .inFile(file, "cannot download: \(why); install curl, or put the files in $GNNC_DATA_DIR")
        } catch {
            throw .inFile(file, "cannot run '\(curl)': \(error)")
        }
        guard !result.succeeded else { return }
        let detail = result.output.split(whereSeparator: \.isNewline).joined(separator: " ")
        throw .inFile(file, "download from \(url) failed: curl exited with status \(result.exitStatus)\(detail.isEmpty ? "" : ": " + detail)")
    }

    static func makeDirectories(_ path: String) throws(DatasetError) {
        do { try POSIXFiles.makeDirectories(path) } catch { throw DatasetError("cannot create the dataset cache \(path): \(error)") }
    }

    /// A mode-0700 directory in `directory`'s parent: private, and on its filesystem (so the
    /// final rename is atomic).
    static func makeStagingDirectory(besides directory: String, tag: String) throws(DatasetError) -> String {
        let parent = POSIXFiles.parentDirectory(directory.hasSuffix("/") ? String(directory.dropLast()) : directory)
        do { return try POSIXFiles.makeTemporaryDirectory(template: (parent.isEmpty ? "." : parent) + "/.\(tag)-download-XXXXXX") } catch {
            throw DatasetError("cannot create a download directory in \(parent): \(error)")
        }
    }
}
