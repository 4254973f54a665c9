// StorageSpace: telling a full file system apart from other failures, so the error names the resource and not the tool that tripped on it.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum StorageSpace {
    /// Below this many free bytes a failed write or compile is blamed on the file system: a
    /// kernel library is tens of kilobytes, its compile needs a few times that.
    static let nearlyFull = 1 << 20

    /// Bytes available to this user on the file system holding `path`, or nil.
    public static func available(at path: String) -> Int? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        let (bytes, overflow) = Int(clamping: info.f_bavail).multipliedReportingOverflow(by: Int(clamping: info.f_frsize))
        return overflow ? Int.max : bytes
    }

    /// "no space left on device in DIR (N bytes free)" when the failure `error` at `path` came
    /// from a full file system (ENOSPC in its text, or almost nothing left there), else nil.
    public static func exhausted(at path: String, after error: any Error) -> String? {
        let text = "\(error)" + ((error as? RuntimeError)?.compilerOutput ?? "")
        let free = available(at: path)
        let saysFull = text.contains("No space left on device") || text.contains("Disk quota exceeded")
        guard saysFull || (free.map { $0 < nearlyFull } ?? false) else { return nil }
        return "no space left on device in '\(path)'" + (free.map { " (\($0) bytes free)" } ?? "")
    }
}
