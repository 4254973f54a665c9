// SafeTensorsTests: the safetensors codec: golden bytes, round trips, hostile input, atomic writes, PyTorch interop.

import Foundation
import XCTest
@testable import GNNRuntime
import GNNTestSupport

final class SafeTensorsTests: RuntimeTestCase {
    // MARK: - Layout

    /// The layout pinned byte by byte; `safetensors.numpy.save` (0.8.0) produces these
    /// exact bytes for the same tensor and metadata.
    func testGoldenTinyFile() throws {
        let header = #"{"__metadata__":{"format":"pt"},"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"# + "   "
        XCTAssertEqual(header.utf8.count, 88)
        let expected: [UInt8] = [88, 0, 0, 0, 0, 0, 0, 0] + Array(header.utf8) + [0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0x40]

        let tensor = SafeTensor(name: "x", shape: [2], floats: [1, 2])
        XCTAssertEqual(try SafeTensors.encode([tensor], metadata: ["format": "pt"]), expected)

        let decoded = try SafeTensors.decode(expected, file: "golden.safetensors")
        XCTAssertEqual(decoded.tensors, [tensor])
        XCTAssertEqual(decoded.metadata, ["format": "pt"])
        XCTAssertEqual(decoded.tensors.first?.floats, [1, 2])
    }

    func testEmptyMetadataIsOmittedAndEmptyFileIsValid() throws {
        let bytes = try SafeTensors.encode([])
        XCTAssertEqual(bytes, [8, 0, 0, 0, 0, 0, 0, 0] + Array("{}      ".utf8))
        let decoded = try SafeTensors.decode(bytes, file: "empty")
        XCTAssertEqual(decoded.tensors, [])
        XCTAssertEqual(decoded.metadata, [:])
    }

    func testRoundTripAllDTypes() throws {
        let tensors = sampleTensors()
        let metadata = ["format": "pt", "note": "quote \" backslash \\ newline \n tab \t bell \u{07} é 𝔊", "": "empty key"]
        let bytes = try SafeTensors.encode(tensors, metadata: metadata)
        let decoded = try SafeTensors.decode(bytes, file: "round.safetensors")
        XCTAssertEqual(decoded.tensors, sortedByName(tensors))
        XCTAssertEqual(decoded.metadata, metadata)

        let byName = Dictionary(uniqueKeysWithValues: decoded.tensors.map { ($0.name, $0) })
        XCTAssertEqual(byName["weight"]?.floats, [0, 0.5, -1, 1e-8, 3.4e38, -0.0])
        XCTAssertEqual(byName["bias"]?.doubles, [1.5, -2.25, 1e300])
        XCTAssertEqual(byName["step"]?.int64s, [Int64.min])
        XCTAssertEqual(byName["index"]?.int32s, [-1, 0, 1, Int32.max])
        XCTAssertNil(byName["bias"]?.floats, "no silent dtype conversion")
    }

    func testEncodingIsDeterministicAndAligned() throws {
        let tensors = sampleTensors()
        let forward = try SafeTensors.encode(tensors, metadata: ["b": "2", "a": "1"])
        let backward = try SafeTensors.encode(tensors.reversed(), metadata: ["a": "1", "b": "2"])
        XCTAssertEqual(forward, backward)
        let headerLength = Int(forward[0]) | Int(forward[1]) << 8
        XCTAssertEqual(headerLength % 8, 0)
        let header = String(decoding: forward[8 ..< 8 + headerLength], as: UTF8.self)
        XCTAssertTrue(header.hasPrefix(#"{"__metadata__":{"a":"1","b":"2"},"bias":"#), header)
    }

    func testWriteThenReadRoundTrips() throws {
        let path = scratch + "/model.safetensors"
        try SafeTensors.write(sampleTensors(), metadata: ["epoch": "3"], to: path)
        let loaded = try SafeTensors.read(path)
        XCTAssertEqual(loaded.tensors, sortedByName(sampleTensors()))
        XCTAssertEqual(loaded.metadata, ["epoch": "3"])
    }

    // MARK: - Hostile input

    func testTruncationAtEveryOffsetThrows() throws {
        let bytes = try SafeTensors.encode(sampleTensors(), metadata: ["format": "pt"])
        for length in 0 ..< bytes.count {
            XCTAssertThrowsError(try SafeTensors.decode(Array(bytes[..<length]), file: "cut.safetensors"), "length \(length)") { error in
                assertNamesFile(error, "cut.safetensors")
            }
        }
    }

    /// Flipping any bit of the length field breaks the file (the data bytes are not
    /// whitespace, so the header can neither grow nor shrink and stay valid).
    func testLengthFieldBitFlipsThrow() throws {
        let bytes = try SafeTensors.encode([SafeTensor(name: "x", shape: [2], floats: [1, 2])], metadata: ["format": "pt"])
        for bit in 0 ..< 64 {
            var damaged = bytes
            damaged[bit / 8] ^= 1 << UInt8(bit % 8)
            XCTAssertThrowsError(try SafeTensors.decode(damaged, file: "flip"), "bit \(bit)") { assertNamesFile($0, "flip") }
        }
    }

    /// Random damage must never crash. A flip inside tensor data or a string can leave a
    /// valid file, so the check is: it throws naming the file, or it decodes consistently.
    func testRandomByteFlipsNeverCrash() throws {
        let bytes = try SafeTensors.encode(sampleTensors(), metadata: ["format": "pt"])
        let headerEnd = 8 + (Int(bytes[0]) | Int(bytes[1]) << 8)
        var rng = SplitMix64(seed: 0x5AFE)
        var headerFailures = 0
        for _ in 0 ..< 3000 {
            var damaged = bytes
            let flips = 1 + Int(rng.next() % 3)
            var touchedHeader = false
            for _ in 0 ..< flips {
                let index = Int(rng.next() % UInt64(bytes.count))
                damaged[index] = UInt8(truncatingIfNeeded: rng.next())
                touchedHeader = touchedHeader || index < headerEnd
            }
            do {
                let decoded = try SafeTensors.decode(damaged, file: "fuzz.safetensors")
                for tensor in decoded.tensors { XCTAssertEqual(tensor.bytes.count, (tensor.elementCount ?? -1) * tensor.dtype.itemSize) }
            } catch {
                assertNamesFile(error, "fuzz.safetensors")
                if touchedHeader { headerFailures += 1 }
            }
        }
        XCTAssertGreaterThan(headerFailures, 1000, "header damage should mostly be detected")
    }

    func testRandomGarbageNeverCrashes() {
        var rng = SplitMix64(seed: 7)
        for _ in 0 ..< 2000 {
            let count = Int(rng.next() % 64)
            var garbage = (0 ..< count).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            if garbage.count >= 8 && rng.next() % 2 == 0 {
                // A plausible length field, so the JSON parser sees the garbage.
                garbage.replaceSubrange(0 ..< 8, with: littleEndian(UInt64(rng.next() % UInt64(count - 7))))
            }
            XCTAssertThrowsError(try SafeTensors.decode(garbage, file: "junk")) { assertNamesFile($0, "junk") }
        }
    }

    func testMalformedHeadersNameTheFileAndTheProblem() {
        let x8 = #""x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}"#
        let cases: [(header: String, data: Int, expect: String)] = [
            (#"{"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, 8, "needs 12 bytes"),
            (#"{"x":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}"#, 8, "shape holds negative number -2"),
            (#"{"x":{"dtype":"F32","shape":[4611686018427387904,4],"data_offsets":[0,8]}}"#, 8, "too large"),
            (#"{"x":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}}"#, 4, "unsupported dtype \"BF16\""),
            (#"{"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}"#, 8, "exceed the 8 bytes of data"),
            (#"{"x":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}"#, 8, "end before they begin"),
            (#"{"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"y":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#, 12, "overlap tensor \"x\""),
            (#"{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"y":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}"#, 12, "gap"),
            ("{\(x8)}", 12, "tensors cover 8 bytes of data, but the file holds 12"),
            ("{\(x8),\(x8)}", 8, "duplicate tensor name \"x\""),
            (#"{"x":{"dtype":"F32","dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#, 8, "duplicate field \"dtype\""),
            (#"{"x":{"dtype":"F32","shape":[2]}}"#, 8, "missing field \"data_offsets\""),
            (#"{"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"extra":1}}"#, 8, "unknown field \"extra\""),
            (#"{"x":{"dtype":"F32","shape":[2],"data_offsets":[0]}}"#, 8, "data_offsets must hold 2 numbers"),
            (#"{"x":{"dtype":"F32","shape":"2","data_offsets":[0,8]}}"#, 8, "shape must be an array, found a string"),
            (#"{"__metadata__":{"k":1},\#(x8)}"#, 8, "metadata value for \"k\" must be a string"),
            (#"{"__metadata__":{"k":"a","k":"b"},\#(x8)}"#, 8, "duplicate metadata key \"k\""),
            (#"{"__metadata__":[],\#(x8)}"#, 8, "__metadata__ must be an object"),
            ("[]", 0, "header must be a JSON object, found an array"),
            (#"{"x":{"dtype":"F32","shape":[2.0],"data_offsets":[0,8]}}"#, 8, "fraction or exponent"),
            (#"{"x":{"dtype":"F32","shape":[02],"data_offsets":[0,8]}}"#, 8, "leading zero"),
            (#"{"x":{"dtype":"F32","shape":[99999999999999999999],"data_offsets":[0,8]}}"#, 8, "integer out of range"),
            (#"{"x":true}"#, 0, "true, false and null"),
            (#"{"x":{}} x"#, 0, "after the JSON value"),
            (#"{"x" {}}"#, 0, "expected ':' after object key"),
            (#"{"x":{},}"#, 0, "expected a string key"),
            (#"{"x":[1 2]}"#, 0, "expected ']' or ',' in array"),
            (#"{"x":"\ud800"}"#, 0, "surrogate"),
            (#"{"x":"\q"}"#, 0, "invalid escape"),
            (#"{"x":"\u12"}"#, 0, "4 hex digits"),
            ("{\"x\":\"tab\there\"}", 0, "control character"),
            (#"{"x":"unterminated"#, 0, "unterminated string"),
            ("{\"x\":" + String(repeating: "[", count: 200), 0, "nesting deeper than 64"),
            ("", 0, "unexpected end of header"),
        ]
        for (header, data, expect) in cases {
            let bytes = fileBytes(header: header, data: data)
            XCTAssertThrowsError(try SafeTensors.decode(bytes, file: "bad.safetensors"), header) { error in
                assertNamesFile(error, "bad.safetensors")
                XCTAssertTrue("\(error)".contains(expect), "\(header): message \"\(error)\" lacks \"\(expect)\"")
            }
        }
    }

    func testInvalidUTF8InHeaderIsRejected() {
        var header = Array(#"{"x":"ab"}"#.utf8)
        header[6] = 0xC3  // a lead byte followed by ASCII: not UTF-8
        var bytes = littleEndian(UInt64(header.count)) + header
        XCTAssertThrowsError(try SafeTensors.decode(bytes, file: "utf8")) { XCTAssertTrue("\($0)".contains("not valid UTF-8"), "\($0)") }
        bytes = littleEndian(UInt64.max) + header
        XCTAssertThrowsError(try SafeTensors.decode(bytes, file: "len")) { XCTAssertTrue("\($0)".hasPrefix("len: header length 18446744073709551615 exceeds"), "\($0)") }
    }

    func testValidHeaderVariantsAreAccepted() throws {
        // Whitespace, escapes and key order that other writers may produce.
        let header = " {\n\t\"y\\u00e9\\ud834\\udd1e\" : { \"shape\" : [ ] , \"data_offsets\" : [ 0 , 8 ] , \"dtype\" : \"I64\" } , \"__metadata__\" : { \"a\\/b\" : \"\" } }\r\n"
        let decoded = try SafeTensors.decode(fileBytes(header: header, data: 8), file: "ok")
        XCTAssertEqual(decoded.tensors.map(\.name), ["yé𝄞"])
        XCTAssertEqual(decoded.tensors.first?.shape, [])
        XCTAssertEqual(decoded.tensors.first?.int64s, [0])
        XCTAssertEqual(decoded.metadata, ["a/b": ""])
    }

    func testEncodeRejectsInconsistentTensors() {
        let cases: [(SafeTensor, SafeTensor?, String)] = [
            (SafeTensor(name: "x", shape: [3], floats: [1, 2]), nil, "needs 12 bytes, but it holds 8"),
            (SafeTensor(name: "x", shape: [-1], floats: []), nil, "invalid shape [-1]"),
            (SafeTensor(name: "__metadata__", shape: [0], floats: []), nil, "reserves it for metadata"),
            (SafeTensor(name: "x", shape: [1], floats: [1]), SafeTensor(name: "x", shape: [0], int32s: []), "duplicate tensor name \"x\""),
        ]
        for (first, second, expect) in cases {
            XCTAssertThrowsError(try SafeTensors.encode([first] + (second.map { [$0] } ?? []), file: "enc")) { error in
                assertNamesFile(error, "enc")
                XCTAssertTrue("\(error)".contains(expect), "\(error)")
            }
        }
    }

    // MARK: - Files

    func testWriteReplacesAndLeavesNoTemporaryFiles() throws {
        let path = scratch + "/ckpt.safetensors"
        try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [1])], metadata: [:], to: path)
        try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [2])], metadata: [:], to: path)
        XCTAssertEqual(listing(scratch), ["ckpt.safetensors"])
        XCTAssertEqual(try SafeTensors.read(path).tensors.first?.floats, [2])
    }

    func testFailedWriteKeepsTheExistingFile() throws {
        let path = scratch + "/ckpt.safetensors"
        try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [1])], metadata: [:], to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let invalid = SafeTensor(name: "x", shape: [2], floats: [1])
        XCTAssertThrowsError(try SafeTensors.write([invalid], metadata: [:], to: path)) { assertNamesFile($0, path) }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)

        guard getuid() != 0 else { return }  // root ignores the read-only directory below
        XCTAssertEqual(chmod(scratch, 0o555), 0)
        defer { _ = chmod(scratch, 0o755) }
        XCTAssertThrowsError(try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [9])], metadata: [:], to: path)) { error in
            assertNamesFile(error, path)
            XCTAssertTrue("\(error)".contains("cannot write"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertEqual(listing(scratch), ["ckpt.safetensors"])
    }

    /// The temporary's name does not grow with the target's, so a name near NAME_MAX works.
    func testWriteToLongFileName() throws {
        let name = String(repeating: "c", count: 240) + ".safetensors"
        let path = scratch + "/" + name
        try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [1])], metadata: [:], to: path)
        try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [9])], metadata: [:], to: path)
        XCTAssertEqual(try SafeTensors.read(path).tensors.first?.floats, [9])
        XCTAssertEqual(listing(scratch), [name])
    }

    /// A failing rename (a directory is in the way) must remove the temporary it wrote.
    func testFailedRenameRemovesTheTemporary() throws {
        let path = scratch + "/taken"
        XCTAssertEqual(mkdir(path, 0o755), 0)
        XCTAssertThrowsError(try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [1])], metadata: [:], to: path)) { error in
            assertNamesFile(error, path)
            XCTAssertTrue("\(error)".contains("rename"), "\(error)")
        }
        XCTAssertEqual(listing(scratch), ["taken"])
        XCTAssertEqual(listing(path), [])
    }

    func testWriteIntoMissingDirectoryCreatesNothing() {
        let path = scratch + "/missing/ckpt.safetensors"
        XCTAssertThrowsError(try SafeTensors.write([SafeTensor(name: "x", shape: [1], floats: [1])], metadata: [:], to: path)) { error in
            assertNamesFile(error, path)
            XCTAssertTrue("\(error)".contains("No such file or directory"), "\(error)")
        }
        XCTAssertEqual(listing(scratch), [])
    }

    func testReadErrorsNameTheFile() {
        let path = scratch + "/absent.safetensors"
        XCTAssertThrowsError(try SafeTensors.read(path)) { error in
            XCTAssertEqual("\(error)", "\(path): cannot read: No such file or directory")
        }
        XCTAssertThrowsError(try SafeTensors.read(scratch)) { assertNamesFile($0, scratch) }
    }

    // MARK: - Interoperability with the Python safetensors package

    /// Fixtures/from_swift.safetensors was written by this encoder and then loaded by Python's
    /// `safetensors.numpy.load_file` (safetensors 0.8.0; values, dtypes, shapes and metadata
    /// checked there): the encoder must keep producing exactly those bytes.
    func testEncoderOutputIsTheFileSafetensorsLoaded() throws {
        let fixture = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/from_swift.safetensors"))
        let bytes = try SafeTensors.encode(interopTensors(), metadata: ["format": "np", "epoch": "7"])
        XCTAssertEqual(bytes, [UInt8](fixture))
    }

    /// Fixtures/from_python.safetensors was written by `safetensors.numpy.save_file` (0.8.0):
    /// a = arange(6, float32).reshape(2,3)/4, b = int64 [-1, 2**40], c = float64 [[0.1]],
    /// d = int32 [[1],[2],[-3]], metadata {"format": "np", "note": "é\"\n"}. Python stores the
    /// data in dtype order, not name order, so this also covers a layout unlike ours.
    func testReadsAFileWrittenByPythonSafetensors() throws {
        let (tensors, metadata) = try SafeTensors.read(Self.fixtures + "/from_python.safetensors")
        XCTAssertEqual(metadata, ["format": "np", "note": "é\"\n"])
        XCTAssertEqual(tensors.map(\.name), ["a", "b", "c", "d"])
        XCTAssertEqual(tensors.map(\.shape), [[2, 3], [2], [1, 1], [3, 1]])
        XCTAssertEqual(tensors[0].floats, [0, 0.25, 0.5, 0.75, 1, 1.25])
        XCTAssertEqual(tensors[1].int64s, [-1, 1 << 40])
        XCTAssertEqual(tensors[2].doubles, [0.1])
        XCTAssertEqual(tensors[3].int32s, [1, 2, -3])
    }

    static var fixtures: String { repoRoot() + "/Tests/GNNRuntimeTests/Fixtures" }

    // MARK: - Helpers

    private func sampleTensors() -> [SafeTensor] {
        [
            SafeTensor(name: "weight", shape: [2, 3], floats: [0, 0.5, -1, 1e-8, 3.4e38, -0.0]),
            SafeTensor(name: "bias", shape: [3], doubles: [1.5, -2.25, 1e300]),
            SafeTensor(name: "step", shape: [], int64s: [Int64.min]),
            SafeTensor(name: "index", shape: [2, 2], int32s: [-1, 0, 1, Int32.max]),
            SafeTensor(name: "empty", shape: [0, 4], floats: []),
            SafeTensor(name: "layer.0/\"odd\"\\name\té", shape: [1], floats: [7]),
        ]
    }

    private func interopTensors() -> [SafeTensor] {
        [
            SafeTensor(name: "weight", shape: [2, 3], floats: [0, 0.5, -1, 1e-8, 3.4e38, -0.0]),
            SafeTensor(name: "bias", shape: [3], doubles: [1.5, -2.25, 1e300]),
            SafeTensor(name: "step", shape: [], int64s: [42]),
            SafeTensor(name: "index", shape: [2, 2], int32s: [-1, 0, 1, Int32.max]),
            SafeTensor(name: "empty", shape: [0, 4], floats: []),
        ]
    }

    private func sortedByName(_ tensors: [SafeTensor]) -> [SafeTensor] {
        tensors.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// A file with `header` as is (no padding) and `data` zero bytes of tensor data.
    private func fileBytes(header: String, data: Int) -> [UInt8] {
        let json = Array(header.utf8)
        return littleEndian(UInt64(json.count)) + json + [UInt8](repeating: 0, count: data)
    }

    private func littleEndian(_ value: UInt64) -> [UInt8] {
        (0 ..< 8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    private func listing(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private func assertNamesFile(_ error: any Error, _ file: String, line: UInt = #line) {
        guard let error = error as? SafeTensorsError else {
            return XCTFail("expected SafeTensorsError, got \(error)", line: line)
        }
        XCTAssertEqual(error.file, file, line: line)
        XCTAssertTrue(error.message.hasPrefix(file + ": "), error.message, line: line)
    }
}

/// A small deterministic generator so fuzz failures reproduce.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
