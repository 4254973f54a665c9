// CacheTrust: whether a cache directory and the files in it can only have been written by this user (ssh's rule for ~/.ssh).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernel caches hold code that gnnc maps into its own process (CPU libraries) or hands to
/// the GPU (PTX, CUBIN). A digest stored beside an entry proves nothing against whoever can write
/// both, so an entry is used only when nobody but the current user could have written it:
///
/// - the cache directory is owned by the effective user and not writable by group or others;
/// - every directory above it is owned by that user or root and is either not writable by group
///   or others or sticky (like `/tmp`, where others may create names but not rename or delete ours);
/// - an entry is a regular file (not a link) owned by the user and not writable by group or others.
///
/// An untrusted directory is not read and not written: kernels compile into a private temporary
/// directory and a warning says why.
public enum CacheTrust {
    /// Why `directory` cannot be trusted, or nil when it can (or does not exist yet: the levels
    /// gnnc creates are made mode 0700).
    public static func problem(directory: String) -> String? {
        var info = stat()
        guard lstat(directory, &info) == 0 else { return nil }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            // A link is followed, but the directory it names is checked by its real path.
            guard let resolved = realPath(directory) else { return "'\(directory)' is a link that cannot be resolved" }
            return problem(directory: resolved)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return "'\(directory)' is not a directory" }
        if let owner = ownerProblem(info, path: directory, rootAllowed: false) { return owner }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 {
            return "'\(directory)' is writable by \(writers(info.st_mode)) (mode \(octal(info.st_mode))); make it private with chmod 700"
        }
        return ancestorProblem(of: realPath(directory) ?? directory)
    }

    /// Why the open file `fd` (found at `path`) cannot be trusted as a cache entry, or nil.
    static func problem(entry fd: Int32, path: String) -> String? {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return "cannot stat '\(path)': \(POSIXFiles.errnoText())" }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return "'\(path)' is not a regular file" }
        if let owner = ownerProblem(info, path: path, rootAllowed: false) { return owner }
        if info.st_mode & (S_IWGRP | S_IWOTH) != 0 {
            return "'\(path)' is writable by \(writers(info.st_mode)) (mode \(octal(info.st_mode)))"
        }
        return nil
    }

    /// Opens a cache entry without following a link (a link planted in place of an entry is
    /// refused by `open` itself); -1 when it is absent or cannot be opened.
    static func openEntry(_ path: String) -> Int32 {
        open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    }

    /// Each directory above `path`, up to `/`.
    private static func ancestorProblem(of path: String) -> String? {
        var current = POSIXFiles.parentDirectory(path)
        while !current.isEmpty {
            var info = stat()
            guard stat(current, &info) == 0 else { return "cannot stat '\(current)': \(POSIXFiles.errnoText())" }
            if let owner = ownerProblem(info, path: current, rootAllowed: true) { return owner }
            let sticky = info.st_mode & S_ISVTX != 0
            if info.st_mode & (S_IWGRP | S_IWOTH) != 0 && !sticky {
                return "'\(current)', above the cache, is writable by \(writers(info.st_mode)) (mode \(octal(info.st_mode))) and not sticky, so others could replace the cache"
            }
            if current == "/" { break }
            current = POSIXFiles.parentDirectory(current)
        }
        return nil
    }

    private static func ownerProblem(_ info: stat, path: String, rootAllowed: Bool) -> String? {
        let me = geteuid()
        if info.st_uid == me || (rootAllowed && info.st_uid == 0) { return nil }
        return "'\(path)' is owned by uid \(info.st_uid), not by the current user (uid \(me))"
    }

    private static func writers(_ mode: mode_t) -> String {
        switch (mode & S_IWGRP != 0, mode & S_IWOTH != 0) {
        case (true, true): return "group and others"
        case (true, false): return "its group"
        default: return "others"
        }
    }

    private static func octal(_ mode: mode_t) -> String {
        String(UInt32(mode) & 0o7777, radix: 8)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
