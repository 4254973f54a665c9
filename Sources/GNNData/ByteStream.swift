// Sequential reads of a data file, plain or gzip-compressed, in chunks: loaders never hold a whole file.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CZlib

/// A source of bytes read front to back. `display` is the name errors use (the path as the user
/// wrote it, relative to the dataset directory).
protocol ByteStream {
    var display: String { get }
    /// Fills up to `buffer.count` bytes; 0 only at the end of the data.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(DatasetError) -> Int
}

extension ByteStream {
    /// Reads into `bytes[start...]` (up to `count` bytes); 0 only at the end. (withUnsafeMutableBytes
    /// rethrows untyped errors, so the typed one travels in a Result.)
    mutating func read(into bytes: inout [UInt8], from start: Int = 0, count: Int? = nil) throws(DatasetError) -> Int {
        let end = count.map { start + $0 } ?? bytes.count
        let r: Result<Int, DatasetError> = bytes.withUnsafeMutableBytes { b in
            Result { () throws(DatasetError) -> Int in try read(into: UnsafeMutableRawBufferPointer(rebasing: b[start..<end])) }
        }
        return try r.get()
    }

    /// Fills `bytes[0..<count]` (all of it by default) or throws naming `what` was cut short.
    mutating func readExactly(into bytes: inout [UInt8], count: Int? = nil, _ what: String) throws(DatasetError) {
        let r: Result<Void, DatasetError> = bytes.withUnsafeMutableBytes { b in
            Result { () throws(DatasetError) in try readExactly(into: UnsafeMutableRawBufferPointer(rebasing: b[0..<(count ?? b.count)]), what) }
        }
        try r.get()
    }

    /// Reads exactly `buffer.count` bytes, or throws naming `what` was cut short.
    mutating func readExactly(into buffer: UnsafeMutableRawBufferPointer, _ what: String) throws(DatasetError) {
        var done = 0
        while done < buffer.count {
            let n = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
            guard n > 0 else { throw .inFile(display, "the file ends inside \(what) (\(done) of \(buffer.count) bytes)") }
            done += n
        }
    }
}

/// `read(2)`, named apart from ByteStream.read.
private func posixRead(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int { read(fd, p, n) }

/// Opens `path` as a stream, decompressing when it ends in `.gz`.
func openStream(_ path: String, display: String) throws(DatasetError) -> any ByteStream {
    let file = try FileStream(path, display: display)
    return path.hasSuffix(".gz") ? try GzipStream(file) : file
}

/// A file read through its descriptor; closed when the last copy goes away.
struct FileStream: ByteStream {
    final class Descriptor {
        let fd: Int32
        init(_ fd: Int32) { self.fd = fd }
        deinit { close(fd) }
    }
    let display: String
    let path: String
    /// The file's size when opened, and how many bytes reads have returned so far.
    let size: Int
    private(set) var consumed = 0
    private let descriptor: Descriptor

    init(_ path: String, display: String) throws(DatasetError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .inFile(display, "cannot open \(path): \(String(cString: strerror(errno)))") }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .inFile(display, "\(path) is not a regular file")
        }
        self.path = path; self.display = display; size = Int(info.st_size); descriptor = Descriptor(fd)
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(DatasetError) -> Int {
        while true {
            let n = posixRead(descriptor.fd, buffer.baseAddress, buffer.count)
            if n >= 0 { consumed += n; return n }
            if errno == EINTR { continue }
            throw .inFile(display, "cannot read \(path): \(String(cString: strerror(errno)))")
        }
    }
}

/// gzip (RFC 1952) decompressed with the system's zlib; concatenated members are read as one
/// stream, as `gzip -dc` does.
struct GzipStream: ByteStream {
    final class Inflater {
        var stream = z_stream()
        var input = [UInt8](repeating: 0, count: 1 << 18)
        var inputStart = 0, inputEnd = 0
        var finished = false, sawInput = false
        deinit { inflateEnd(&stream) }
    }
    var source: FileStream
    private let state = Inflater()
    var display: String { source.display }

    init(_ source: FileStream) throws(DatasetError) {
        self.source = source
        // 16 + MAX_WBITS: a gzip header and trailer, not a raw zlib stream.
        let status = inflateInit2_(&state.stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw .inFile(source.display, "zlib could not start decompressing (status \(status))") }
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(DatasetError) -> Int {
        guard buffer.count > 0 else { return 0 }
        while !state.finished {
            if state.inputStart == state.inputEnd {
                let n = try source.read(into: &state.input)
                if n == 0 {
                    if !state.sawInput { throw .inFile(display, "the file is empty, not gzip data") }
                    throw .inFile(display, "the gzip data ends early (the file is truncated)")
                }
                state.inputStart = 0; state.inputEnd = n; state.sawInput = true
            }
            let (produced, status) = inflateSome(into: buffer)
            switch status {
            case Z_STREAM_END:
                // Another member may follow; only the end of the file ends the stream.
                if try !moreMembersFollow() { state.finished = true }
            case Z_OK, Z_BUF_ERROR: break
            default:
                let why = state.stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw .inFile(display, "not valid gzip data: \(why)")
            }
            if produced > 0 { return produced }
        }
        return 0
    }

    private func inflateSome(into buffer: UnsafeMutableRawBufferPointer) -> (Int, Int32) {
        let avail = state.inputEnd - state.inputStart
        return state.input.withUnsafeMutableBytes { input in
            state.stream.next_in = input.baseAddress!.advanced(by: state.inputStart).assumingMemoryBound(to: Bytef.self)
            state.stream.avail_in = uInt(avail)
            state.stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            state.stream.avail_out = uInt(min(buffer.count, Int(UInt32.max)))
            let status = inflate(&state.stream, Z_NO_FLUSH)
            state.inputStart = state.inputEnd - Int(state.stream.avail_in)
            let produced = min(buffer.count, Int(UInt32.max)) - Int(state.stream.avail_out)
            state.stream.next_in = nil; state.stream.next_out = nil
            return (produced, status)
        }
    }

    /// At a member's end: true (and zlib reset) when more bytes follow in the file.
    private mutating func moreMembersFollow() throws(DatasetError) -> Bool {
        if state.inputStart == state.inputEnd {
            let n = try source.read(into: &state.input)
            if n == 0 { return false }
            state.inputStart = 0; state.inputEnd = n
        }
        inflateReset(&state.stream)
        return true
    }
}
