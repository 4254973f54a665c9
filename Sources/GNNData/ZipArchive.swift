// Reads the entries of a zip archive (stored or deflated, through the system's zlib), as TU datasets ship.
import CZlib
import GNNRuntime

/// A zip archive held in memory: its central directory, and each entry's bytes on request.
/// Stored and deflated entries are read; zip64, encrypted and other methods are refused by name.
/// Every offset and size is checked against the archive before it is used, and every entry's
/// CRC-32 and size against the directory, so a damaged archive is an error, never a trap.
public struct ZipArchive {
    public struct Entry: Equatable, Sendable {
        public var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        public var size: Int
        var localHeader: Int
    }

    public let display: String
    public let entries: [Entry]
    private let bytes: [UInt8]

    public init(bytes: [UInt8], display: String) throws(DatasetError) {
        self.bytes = bytes
        self.display = display
        entries = try Self.centralDirectory(bytes, display)
    }

    public init(path: String, display: String) throws(DatasetError) {
        try self.init(bytes: try FileBytes.contents(path, display: display), display: display)
    }

    /// The entry's uncompressed bytes, checked against its size and CRC-32.
    public func contents(_ e: Entry) throws(DatasetError) -> [UInt8] {
        func bad(_ why: String) -> DatasetError { .inFile(display, "entry \(e.name): \(why)") }
        if e.flags & 1 != 0 { throw bad("encrypted entries are not supported") }
        guard e.localHeader <= bytes.count - 30, u32(e.localHeader) == 0x0403_4b50 else { throw bad("no local header at offset \(e.localHeader)") }
        let start = e.localHeader + 30 + u16(e.localHeader + 26) + u16(e.localHeader + 28)
        guard e.compressedSize <= bytes.count - start else { throw bad("its data runs past the end of the archive (truncated?)") }
        // Deflate expands at most 1032:1; a larger claim is damage, not data (and no allocation).
        let (bound, overflow) = e.compressedSize.multipliedReportingOverflow(by: 1032)
        if e.method == 8, !overflow, e.size > bound + 64 { throw bad("claims \(e.size) bytes from \(e.compressedSize) compressed, more than deflate can expand") }
        if let available = MemoryBudget.availableBytes(), e.size > available {
            var error = bad("\(e.size) bytes uncompressed, more than the \(available) bytes of memory available")
            error.exhaustsMemory = true
            throw error
        }
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.size else { throw bad("stored with \(e.compressedSize) bytes but \(e.size) uncompressed") }
            out = Array(bytes[start ..< start + e.size])
        case 8: out = try inflateRaw(start, e, bad)
        default: throw bad("compression method \(e.method) is not supported (only stored and deflate)")
        }
        let crc = out.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        guard crc == e.crc else { throw bad("CRC-32 mismatch (the archive is damaged)") }
        return out
    }

    private func inflateRaw(_ start: Int, _ e: Entry, _ bad: (String) -> DatasetError) throws(DatasetError) -> [UInt8] {
        var stream = z_stream()
        // Negative window bits: a raw deflate stream, no zlib or gzip wrapper.
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw bad("zlib could not start decompressing")
        }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: e.size + 1)
        let status: Int32 = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!.advanced(by: start))
                stream.avail_in = uInt(e.compressedSize)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            let why = stream.msg.map { String(cString: $0) } ?? (status == Z_BUF_ERROR ? "more data than its recorded size, or truncated" : "status \(status)")
            throw bad("not valid deflate data: \(why)")
        }
        guard Int(stream.total_out) == e.size else { throw bad("\(stream.total_out) bytes uncompressed, the directory says \(e.size)") }
        out.removeLast()
        return out
    }

    // MARK: the central directory

    private static func centralDirectory(_ b: [UInt8], _ display: String) throws(DatasetError) -> [Entry] {
        func bad(_ why: String) -> DatasetError { .inFile(display, "not a zip archive gnnc can read: \(why)") }
        guard b.count >= 22 else { throw bad("\(b.count) bytes, too short") }
        // The end record is the last 22 bytes before a comment of at most 65535 bytes.
        var end = b.count - 22
        let lowest = max(0, b.count - 22 - 65535)
        while end >= lowest, u32(b, end) != 0x0605_4b50 { end -= 1 }
        guard end >= lowest else { throw bad("no end-of-central-directory record") }
        let count = u16(b, end + 10), size = u32(b, end + 12), offset = u32(b, end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw bad("zip64 archives are not supported") }
        guard offset <= end, size <= end - offset else { throw bad("the central directory lies outside the archive") }
        var entries: [Entry] = [], p = offset
        for i in 0 ..< count {
            guard p <= end - 46, u32(b, p) == 0x0201_4b50 else { throw bad("central directory entry \(i + 1) is damaged") }
            let nameLength = u16(b, p + 28), extra = u16(b, p + 30), comment = u16(b, p + 32)
            guard nameLength <= end - p - 46 else { throw bad("central directory entry \(i + 1) is damaged") }
            let name = String(decoding: b[(p + 46) ..< (p + 46 + nameLength)], as: UTF8.self)
            let compressed = u32(b, p + 20), size = u32(b, p + 24)
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF { throw bad("zip64 entry \(name) is not supported") }
            entries.append(Entry(name: name, method: u16(b, p + 10), flags: u16(b, p + 8), crc: UInt32(u32(b, p + 16)),
                                 compressedSize: compressed, size: size, localHeader: u32(b, p + 42)))
            p += 46 + nameLength + extra + comment
        }
        return entries
    }

    private func u16(_ at: Int) -> Int { Self.u16(bytes, at) }
    private func u32(_ at: Int) -> Int { Self.u32(bytes, at) }
    private static func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }
}
