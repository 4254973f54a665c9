// Whole-file reads and existence checks on POSIX calls (no Foundation needed on Linux).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FileBytes {
    /// The bytes of `path`; the error names `display` (the base name used in messages) and errno's text.
    static func contents(_ path: String, display: String) throws(DatasetError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .inFile(display, "cannot open \(path): \(errnoText())") }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw .inFile(display, "cannot read \(path): \(errnoText())") }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
