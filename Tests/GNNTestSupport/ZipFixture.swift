// Writes zip archives for tests: entries stored or deflated, the deflate stream and CRC-32 taken from the system's gzip.
import Foundation
import XCTest

public enum ZipFixture {
    public struct Entry {
        public var name: String
        public var bytes: [UInt8]
        public var deflate: Bool
        public init(_ name: String, _ text: String, deflate: Bool = true) {
            self.name = name; bytes = Array(text.utf8); self.deflate = deflate
        }
    }

    /// gzip's output for `bytes`: a 10-byte header (no name, `-n`), the raw deflate stream, then
    /// CRC-32 and size; a zip entry holds the middle and records the CRC.
    static func gzip(_ bytes: [UInt8]) throws -> (deflated: [UInt8], crc: UInt32) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("entry")
        try Data(bytes).write(to: plain)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -nf '\(plain.path)'"]
        try p.run(); p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "gzip")
        let gz = [UInt8](try Data(contentsOf: dir.appendingPathComponent("entry.gz")))
        let crc = gz[gz.count - 8 ..< gz.count - 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return (Array(gz[10 ..< gz.count - 8]), crc)
    }

    /// The bytes of a zip archive holding `entries`, in order.
    public static func archive(_ entries: [Entry]) throws -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
        for e in entries {
            let (deflated, crc) = try gzip(e.bytes)
            let data = e.deflate ? deflated : e.bytes
            let name = Array(e.name.utf8)
            let common = le16(20) + le16(0) + le16(e.deflate ? 8 : 0) + le16(0) + le16(0x21)
                + le32(Int(crc)) + le32(data.count) + le32(e.bytes.count) + le16(name.count) + le16(0)
            central += le32(0x0201_4b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(out.count) + name
            out += le32(0x0403_4b50) + common + name + data
        }
        let offset = out.count
        out += central
        out += le32(0x0605_4b50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count) + le32(central.count) + le32(offset) + le16(0)
        return out
    }
}
