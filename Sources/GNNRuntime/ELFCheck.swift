// ELFCheck: a shared library's headers checked against its length before dlopen maps it (a truncated file raises SIGBUS inside the loader).

/// `dlopen` maps each loadable segment at the file offsets its program headers name; pages past
/// the end of a truncated file fault with SIGBUS when the loader touches them. These checks need
/// only the bytes the cache already read to verify the entry's digest.
enum ELFCheck {
    /// Why `bytes` is not a whole 64-bit little-endian ELF shared object, or nil.
    static func problem(_ bytes: [UInt8]) -> String? {
        let headerSize = 64
        guard bytes.count >= headerSize else { return "\(bytes.count) bytes is shorter than an ELF header" }
        guard bytes[0] == 0x7f, bytes[1] == UInt8(ascii: "E"), bytes[2] == UInt8(ascii: "L"), bytes[3] == UInt8(ascii: "F") else {
            return "not an ELF file"
        }
        guard bytes[4] == 2, bytes[5] == 1 else { return "not a 64-bit little-endian ELF file" }
        guard read16(bytes, 16) == 3 else { return "not an ELF shared object (e_type \(read16(bytes, 16)))" }
        let phoff = read64(bytes, 32), shoff = read64(bytes, 40)
        let phentsize = UInt64(read16(bytes, 54)), phnum = UInt64(read16(bytes, 56))
        let shentsize = UInt64(read16(bytes, 58)), shnum = UInt64(read16(bytes, 60))
        let size = UInt64(bytes.count)
        guard phnum > 0, phentsize >= 56 else { return "no program headers" }
        guard let phEnd = end(phoff, phnum, phentsize), phEnd <= size else {
            return "program headers end past the file's \(size) bytes (truncated?)"
        }
        if shoff != 0 {
            guard let shEnd = end(shoff, shnum, shentsize), shEnd <= size else {
                return "section headers end past the file's \(size) bytes (truncated?)"
            }
        }
        for i in 0..<phnum {
            let at = Int(phoff + i * phentsize)
            let offset = read64(bytes, at + 8), fileSize = read64(bytes, at + 32), memorySize = read64(bytes, at + 40)
            let (segmentEnd, overflow) = offset.addingReportingOverflow(fileSize)
            guard !overflow, segmentEnd <= size else {
                return "segment \(i) ends at byte \(overflow ? "past 2^64" : String(segmentEnd)) of a \(size)-byte file (truncated?)"
            }
            if read32(bytes, at) == 1 && fileSize > memorySize { return "loadable segment \(i) is larger on disk than in memory" }
        }
        return nil
    }

    private static func end(_ offset: UInt64, _ count: UInt64, _ size: UInt64) -> UInt64? {
        let (bytes, o1) = count.multipliedReportingOverflow(by: size)
        let (total, o2) = offset.addingReportingOverflow(bytes)
        return o1 || o2 ? nil : total
    }

    private static func read16(_ b: [UInt8], _ at: Int) -> UInt16 {
        UInt16(b[at]) | UInt16(b[at + 1]) << 8
    }

    private static func read32(_ b: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(b[at + $1]) << (8 * UInt32($1)) }
    }

    private static func read64(_ b: [UInt8], _ at: Int) -> UInt64 {
        (0..<8).reduce(0) { $0 | UInt64(b[at + $1]) << (8 * UInt64($1)) }
    }
}
