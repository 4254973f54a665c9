// SHA256Tests: the FIPS 180-2 test vectors and incremental hashing.

import XCTest
@testable import GNNRuntime

final class SHA256Tests: XCTestCase {
    func testEmptyString() {
        XCTAssertEqual(SHA256.hexDigest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testABC() {
        XCTAssertEqual(SHA256.hexDigest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func test448BitMessage() {
        XCTAssertEqual(SHA256.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func test896BitMessage() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        XCTAssertEqual(SHA256.hexDigest(message), "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testMillionAs() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(SHA256.hexDigest(bytes), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Feeding the same bytes in odd-sized pieces (crossing block boundaries) must not change the digest.
    func testIncrementalUpdatesMatchOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hasher = SHA256()
        var offset = 0
        for piece in [1, 63, 64, 65, 7, 200, 600] {
            hasher.update(Array(bytes[offset..<offset + piece]))
            offset += piece
        }
        XCTAssertEqual(offset, bytes.count)
        XCTAssertEqual(hasher.hexDigest(), SHA256.hexDigest(bytes))
    }

    /// Boundary lengths around the 55/56/64-byte padding cases agree with Python's hashlib.
    func testPaddingBoundaries() throws {
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
        ]
        for (length, digest) in expected {
            XCTAssertEqual(SHA256.hexDigest(String(repeating: "a", count: length)), digest, "length \(length)")
        }
    }

    /// Length-prefixed fields keep different splits of the same text apart.
    func testFieldsAreUnambiguous() {
        var first = SHA256()
        first.updateField("ab"); first.updateField("c")
        var second = SHA256()
        second.updateField("a"); second.updateField("bc")
        XCTAssertNotEqual(first.hexDigest(), second.hexDigest())
    }
}
