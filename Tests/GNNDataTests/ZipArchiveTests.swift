// Zip archives read entry by entry (stored and deflated), and damaged ones refused by name, never a trap.
import XCTest
import GNNData
import GNNTestSupport

final class ZipArchiveTests: XCTestCase {
    let text = String(repeating: "1, 2\n2, 3\n", count: 200)

    func testStoredAndDeflatedEntriesReadBack() throws {
        let bytes = try ZipFixture.archive([.init("D/D_A.txt", text), .init("D/README.txt", "plain", deflate: false)])
        let zip = try ZipArchive(bytes: bytes, display: "D.zip")
        XCTAssertEqual(zip.entries.map(\.name), ["D/D_A.txt", "D/README.txt"])
        XCTAssertEqual(zip.entries.map(\.size), [text.utf8.count, 5])
        XCTAssertLessThan(bytes.count, text.utf8.count, "the first entry is compressed")
        XCTAssertEqual(try zip.contents(zip.entries[0]), Array(text.utf8))
        XCTAssertEqual(try zip.contents(zip.entries[1]), Array("plain".utf8))
    }

    func message(_ bytes: [UInt8], entry: Int? = nil) -> String {
        do {
            let zip = try ZipArchive(bytes: bytes, display: "D.zip")
            if let i = entry { _ = try zip.contents(zip.entries[i]) }
            XCTFail("read"); return ""
        } catch { return error.message }
    }

    /// Every damage is an error naming the archive (and the entry), never a trap: truncations at
    /// every length, a flipped byte in the data (CRC), a wrong method, an encrypted flag.
    func testDamagedArchivesAreRefused() throws {
        let good = try ZipFixture.archive([.init("D/D_A.txt", text)])
        XCTAssertEqual(message(Array("not a zip".utf8)), "D.zip: not a zip archive gnnc can read: 9 bytes, too short")
        XCTAssertEqual(message(Array(repeating: 0, count: 100)), "D.zip: not a zip archive gnnc can read: no end-of-central-directory record")
        for cut in stride(from: 0, to: good.count, by: 7) {
            do {
                let zip = try ZipArchive(bytes: Array(good[0 ..< cut]), display: "D.zip")
                for e in zip.entries { _ = try zip.contents(e) }
                XCTFail("a zip cut at \(cut) of \(good.count) bytes was read")
            } catch {
                XCTAssertTrue(error.message.hasPrefix("D.zip: "), error.message)
            }
        }
        var flipped = good
        flipped[40] ^= 0x10
        let m = message(flipped, entry: 0)
        XCTAssertTrue(m.hasPrefix("D.zip: entry D/D_A.txt: "), m)
        XCTAssertTrue(m.contains("CRC-32 mismatch") || m.contains("not valid deflate data"), m)
        // The method field of the central directory entry (the local header's is not read).
        let central = try XCTUnwrap(findSignature(good, [0x50, 0x4b, 0x01, 0x02]))
        var method = good
        method[central + 10] = 12
        XCTAssertEqual(message(method, entry: 0), "D.zip: entry D/D_A.txt: compression method 12 is not supported (only stored and deflate)")
        var encrypted = good
        encrypted[central + 8] = 1
        XCTAssertEqual(message(encrypted, entry: 0), "D.zip: entry D/D_A.txt: encrypted entries are not supported")
        var size = good
        size[central + 24] ^= 0x01
        XCTAssertTrue(message(size, entry: 0).hasPrefix("D.zip: entry D/D_A.txt: "), message(size, entry: 0))
        // A size deflate could not reach from the compressed bytes is refused before any allocation.
        var huge = good
        huge[central + 27] = 0x7F
        XCTAssertTrue(message(huge, entry: 0).contains("more than deflate can expand"), message(huge, entry: 0))
    }

    func findSignature(_ b: [UInt8], _ sig: [UInt8]) -> Int? {
        (0 ... b.count - 4).first { Array(b[$0 ..< $0 + 4]) == sig }
    }
}
