// SafeTensors: the safetensors checkpoint format (reader, deterministic writer, atomic file IO, header JSON).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Element types this reader and writer support; the raw values are the format's names.
public enum SafeTensorDType: String, Sendable, Equatable, CaseIterable {
    case f32 = "F32"
    case f64 = "F64"
    case i64 = "I64"
    case i32 = "I32"

    public var itemSize: Int {
        switch self {
        case .f32, .i32: 4
        case .f64, .i64: 8
        }
    }
}

/// One named tensor. `bytes` holds the elements little-endian, exactly as stored in the file,
/// so a tensor of any supported dtype round-trips without conversion.
public struct SafeTensor: Sendable, Equatable {
    public var name: String
    public var dtype: SafeTensorDType
    public var shape: [Int]
    public var bytes: [UInt8]

    public init(name: String, dtype: SafeTensorDType, shape: [Int], bytes: [UInt8]) {
        self.name = name; self.dtype = dtype; self.shape = shape; self.bytes = bytes
    }

    public init(name: String, shape: [Int], floats: [Float]) {
        self.init(name: name, dtype: .f32, shape: shape, bytes: LittleEndian.bytes(floats.map(\.bitPattern)))
    }

    public init(name: String, shape: [Int], doubles: [Double]) {
        self.init(name: name, dtype: .f64, shape: shape, bytes: LittleEndian.bytes(doubles.map(\.bitPattern)))
    }

    public init(name: String, shape: [Int], int64s: [Int64]) {
        self.init(name: name, dtype: .i64, shape: shape, bytes: LittleEndian.bytes(int64s))
    }

    public init(name: String, shape: [Int], int32s: [Int32]) {
        self.init(name: name, dtype: .i32, shape: shape, bytes: LittleEndian.bytes(int32s))
    }

    /// The elements, or nil when the dtype is not F32 (no silent conversion).
    public var floats: [Float]? {
        elements(.f32, UInt32.self).map { $0.map(Float.init(bitPattern:)) }
    }

    public var doubles: [Double]? {
        elements(.f64, UInt64.self).map { $0.map(Double.init(bitPattern:)) }
    }

    public var int64s: [Int64]? { elements(.i64, Int64.self) }

    public var int32s: [Int32]? { elements(.i32, Int32.self) }

    /// The product of `shape` (1 for a scalar), or nil when a dimension is negative or the
    /// product overflows.
    public var elementCount: Int? { SafeTensors.product(shape) }

    private func elements<T: FixedWidthInteger>(_ wanted: SafeTensorDType, _ type: T.Type) -> [T]? {
        guard dtype == wanted, bytes.count % MemoryLayout<T>.size == 0 else { return nil }
        return LittleEndian.values(bytes, as: type)
    }
}

/// A file (or buffer) that is not valid safetensors, or that could not be read or written.
/// `message` is complete and printable and starts with the file name.
public struct SafeTensorsError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public var file: String

    public init(file: String, _ what: String) {
        self.file = file
        self.message = "\(file): \(what)"
    }

    public var description: String { message }
}

/// Reading and writing the safetensors format (https://huggingface.co/docs/safetensors):
/// an 8-byte little-endian header length N, N bytes of JSON header, then the tensor data.
public enum SafeTensors {
    /// The header key that holds string metadata instead of a tensor.
    public static let metadataKey = "__metadata__"

    /// The reference implementation's cap; it bounds what a corrupt length can make us parse.
    public static let maxHeaderLength = 100_000_000

    /// Name used in error messages when encoding without a destination file.
    public static let memoryFile = "<memory>"

    /// The bytes of a safetensors file. Deterministic: tensors are stored sorted by the
    /// UTF-8 bytes of their names, metadata keys likewise, and the header is padded with
    /// spaces to a multiple of 8 so the data starts aligned.
    /// Throws when a tensor's byte count disagrees with its shape, a dimension is negative,
    /// or names collide: such a file could not be read back.
    public static func encode(_ tensors: [SafeTensor], metadata: [String: String] = [:],
                              file: String = memoryFile) throws(SafeTensorsError) -> [UInt8] {
        let sorted = try sortedForEncoding(tensors, file: file)
        let header = paddedHeader(sorted, metadata: metadata)
        var out: [UInt8] = []
        out.reserveCapacity(8 + header.count + sorted.reduce(0) { $0 + $1.bytes.count })
        out.append(contentsOf: LittleEndian.bytes([UInt64(header.count)]))
        out.append(contentsOf: header)
        for tensor in sorted { out.append(contentsOf: tensor.bytes) }
        return out
    }

    /// Parses and fully validates a safetensors file held in memory; `file` names it in
    /// errors. Tensors come back sorted by name, as `encode` stores them.
    public static func decode(_ bytes: [UInt8], file: String) throws(SafeTensorsError)
        -> (tensors: [SafeTensor], metadata: [String: String]) {
        let header = try headerRange(bytes, file: file)
        var parser = HeaderJSONParser(bytes: Array(bytes[header]), file: file, fileOffset: header.lowerBound)
        let (entries, metadata) = try interpretHeader(try parser.parseDocument(), file: file)
        let data = bytes[header.upperBound...]
        try checkLayout(entries, dataCount: data.count, file: file)
        let tensors = entries.map { entry in
            SafeTensor(name: entry.name, dtype: entry.dtype, shape: entry.shape,
                       bytes: Array(data[data.startIndex + entry.begin ..< data.startIndex + entry.end]))
        }
        return (tensors.sorted(by: nameOrder), metadata)
    }

    /// Writes atomically: a temporary file in the same directory is written and fsynced,
    /// then renamed over `path`, so `path` holds either its old contents or the complete new
    /// file, never a partial one, and a failed write leaves no temporary behind.
    public static func write(_ tensors: [SafeTensor], metadata: [String: String] = [:],
                             to path: String) throws(SafeTensorsError) {
        let bytes = try encode(tensors, metadata: metadata, file: path)
        let directory = POSIXFiles.parentDirectory(path)
        // Not derived from the file name, so a name near NAME_MAX still gets a legal sibling.
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".safetensors-\(POSIXFiles.uniqueSuffix()).tmp"
        do {
            try POSIXFiles.writeFile(temporary, bytes)
            try POSIXFiles.atomicRename(temporary, path)
        } catch {
            POSIXFiles.remove(temporary)
            throw SafeTensorsError(file: path, "cannot write: \(reason(error))")
        }
        syncDirectory(directory)
    }

    public static func read(_ path: String) throws(SafeTensorsError)
        -> (tensors: [SafeTensor], metadata: [String: String]) {
        guard let bytes = POSIXFiles.readFile(path) else {
            throw SafeTensorsError(file: path, "cannot read: \(POSIXFiles.errnoText())")
        }
        return try decode(bytes, file: path)
    }

    // MARK: - Encoding

    private static func sortedForEncoding(_ tensors: [SafeTensor], file: String) throws(SafeTensorsError) -> [SafeTensor] {
        let sorted = tensors.sorted(by: nameOrder)
        for (index, tensor) in sorted.enumerated() {
            if index > 0 && sorted[index - 1].name.utf8.elementsEqual(tensor.name.utf8) {
                throw SafeTensorsError(file: file, "duplicate tensor name \(quoted(tensor.name))")
            }
            try checkEncodable(tensor, file: file)
        }
        return sorted
    }

    private static func checkEncodable(_ tensor: SafeTensor, file: String) throws(SafeTensorsError) {
        let name = quoted(tensor.name)
        if tensor.name == metadataKey {
            throw SafeTensorsError(file: file, "a tensor cannot be named \(name): the format reserves it for metadata")
        }
        guard let count = tensor.elementCount,
              case let (expected, overflow) = count.multipliedReportingOverflow(by: tensor.dtype.itemSize), !overflow else {
            throw SafeTensorsError(file: file, "tensor \(name): invalid shape \(tensor.shape)")
        }
        guard expected == tensor.bytes.count else {
            throw SafeTensorsError(file: file, "tensor \(name): shape \(tensor.shape) of \(tensor.dtype.rawValue) needs \(expected) bytes, but it holds \(tensor.bytes.count)")
        }
    }

    /// The header JSON: metadata first, then tensors in storage order, as the reference
    /// writer lays it out, so files from both writers look alike.
    private static func paddedHeader(_ sorted: [SafeTensor], metadata: [String: String]) -> [UInt8] {
        var members: [String] = []
        if !metadata.isEmpty { members.append(JSONText.string(metadataKey) + ":" + metadataJSON(metadata)) }
        var offset = 0
        for tensor in sorted {
            members.append(JSONText.string(tensor.name) + ":" + tensorJSON(tensor, begin: offset))
            offset += tensor.bytes.count
        }
        var header = Array(("{" + members.joined(separator: ",") + "}").utf8)
        header.append(contentsOf: repeatElement(UInt8(ascii: " "), count: (8 - header.count % 8) % 8))
        return header
    }

    private static func metadataJSON(_ metadata: [String: String]) -> String {
        let keys = metadata.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let members = keys.map { JSONText.string($0) + ":" + JSONText.string(metadata[$0] ?? "") }
        return "{" + members.joined(separator: ",") + "}"
    }

    private static func tensorJSON(_ tensor: SafeTensor, begin: Int) -> String {
        let shape = tensor.shape.map(String.init).joined(separator: ",")
        return "{\"dtype\":\"\(tensor.dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(begin),\(begin + tensor.bytes.count)]}"
    }

    // MARK: - Decoding

    /// A tensor as the header describes it; offsets are relative to the data region.
    struct HeaderEntry {
        var name: String
        var dtype: SafeTensorDType
        var shape: [Int]
        var begin: Int
        var end: Int
    }

    private static func headerRange(_ bytes: [UInt8], file: String) throws(SafeTensorsError) -> Range<Int> {
        guard bytes.count >= 8 else {
            throw SafeTensorsError(file: file, "file is \(bytes.count) bytes, too short for the 8-byte header length")
        }
        let length = LittleEndian.values(Array(bytes[0..<8]), as: UInt64.self)[0]
        guard length <= UInt64(bytes.count - 8) else {
            throw SafeTensorsError(file: file, "header length \(length) exceeds the \(bytes.count - 8) bytes after the length field (truncated file?)")
        }
        guard length <= UInt64(maxHeaderLength) else {
            throw SafeTensorsError(file: file, "header length \(length) exceeds the limit of \(maxHeaderLength) bytes")
        }
        return 8 ..< 8 + Int(length)
    }

    static func interpretHeader(_ root: HeaderJSON, file: String) throws(SafeTensorsError)
        -> (entries: [HeaderEntry], metadata: [String: String]) {
        guard case .object(let members) = root else {
            throw SafeTensorsError(file: file, "header must be a JSON object, found \(root.kind)")
        }
        try requireUniqueKeys(members, file: file) { "duplicate tensor name \(quoted($0))" }
        var entries: [HeaderEntry] = []
        var metadata: [String: String] = [:]
        for (key, value) in members {
            if key == metadataKey {
                metadata = try interpretMetadata(value, file: file)
            } else {
                entries.append(try interpretEntry(name: key, value, file: file))
            }
        }
        return (entries, metadata)
    }

    private static func interpretMetadata(_ value: HeaderJSON, file: String) throws(SafeTensorsError) -> [String: String] {
        guard case .object(let members) = value else {
            throw SafeTensorsError(file: file, "\(metadataKey) must be an object, found \(value.kind)")
        }
        try requireUniqueKeys(members, file: file) { "duplicate metadata key \(quoted($0))" }
        var metadata: [String: String] = [:]
        for (key, item) in members {
            guard case .string(let text) = item else {
                throw SafeTensorsError(file: file, "metadata value for \(quoted(key)) must be a string, found \(item.kind)")
            }
            // Distinct UTF-8 keys can still be equal Swift Strings (canonical equivalence).
            guard metadata.updateValue(text, forKey: key) == nil else {
                throw SafeTensorsError(file: file, "metadata keys collide with \(quoted(key)) under Unicode canonical equivalence")
            }
        }
        return metadata
    }

    private static func interpretEntry(name: String, _ value: HeaderJSON, file: String) throws(SafeTensorsError) -> HeaderEntry {
        let what = "tensor \(quoted(name))"
        guard case .object(let members) = value else {
            throw SafeTensorsError(file: file, "\(what) must be an object, found \(value.kind)")
        }
        try requireUniqueKeys(members, file: file) { "\(what): duplicate field \(quoted($0))" }
        let fields = ["dtype", "shape", "data_offsets"]
        if let unknown = members.first(where: { !fields.contains($0.key) }) {
            throw SafeTensorsError(file: file, "\(what): unknown field \(quoted(unknown.key))")
        }
        func field(_ key: String) throws(SafeTensorsError) -> HeaderJSON {
            guard let found = members.first(where: { $0.key == key }) else {
                throw SafeTensorsError(file: file, "\(what): missing field \(quoted(key))")
            }
            return found.value
        }
        let dtype = try interpretDType(try field("dtype"), what: what, file: file)
        let shape = try naturals(try field("shape"), field: "shape", what: what, file: file)
        let offsets = try naturals(try field("data_offsets"), field: "data_offsets", what: what, file: file)
        guard offsets.count == 2 else {
            throw SafeTensorsError(file: file, "\(what): data_offsets must hold 2 numbers, found \(offsets.count)")
        }
        return HeaderEntry(name: name, dtype: dtype, shape: shape, begin: offsets[0], end: offsets[1])
    }

    private static func interpretDType(_ value: HeaderJSON, what: String, file: String) throws(SafeTensorsError) -> SafeTensorDType {
        guard case .string(let text) = value else {
            throw SafeTensorsError(file: file, "\(what): dtype must be a string, found \(value.kind)")
        }
        guard let dtype = SafeTensorDType(rawValue: text) else {
            let known = SafeTensorDType.allCases.map(\.rawValue).joined(separator: ", ")
            throw SafeTensorsError(file: file, "\(what): unsupported dtype \(quoted(text)) (supported: \(known))")
        }
        return dtype
    }

    /// An array of non-negative integers (shape, data_offsets).
    private static func naturals(_ value: HeaderJSON, field: String, what: String, file: String) throws(SafeTensorsError) -> [Int] {
        guard case .array(let items) = value else {
            throw SafeTensorsError(file: file, "\(what): \(field) must be an array, found \(value.kind)")
        }
        var numbers: [Int] = []
        for item in items {
            guard case .integer(let number) = item else {
                throw SafeTensorsError(file: file, "\(what): \(field) must hold integers, found \(item.kind)")
            }
            guard number >= 0 else {
                throw SafeTensorsError(file: file, "\(what): \(field) holds negative number \(number)")
            }
            numbers.append(number)
        }
        return numbers
    }

    private static func requireUniqueKeys(_ members: [(key: String, value: HeaderJSON)], file: String,
                                          _ message: (String) -> String) throws(SafeTensorsError) {
        // Compared as UTF-8 bytes: JSON keys are byte strings, and String equality would
        // merge canonically equivalent but distinct names.
        var seen = Set<[UInt8]>()
        for member in members where !seen.insert(Array(member.key.utf8)).inserted {
            throw SafeTensorsError(file: file, message(member.key))
        }
    }

    /// Every tensor's byte range must match its shape and the ranges must tile the data
    /// region exactly: an overlap, gap or trailing byte means the file is corrupt.
    static func checkLayout(_ entries: [HeaderEntry], dataCount: Int, file: String) throws(SafeTensorsError) {
        for entry in entries { try checkSize(entry, dataCount: dataCount, file: file) }
        let ordered = entries.sorted { ($0.begin, $0.end) < ($1.begin, $1.end) }
        var cursor = 0
        var previous: String?
        for entry in ordered {
            if entry.begin < cursor, let previous {
                throw SafeTensorsError(file: file, "tensor \(quoted(entry.name)): data_offsets [\(entry.begin), \(entry.end)] overlap tensor \(quoted(previous))")
            }
            if entry.begin > cursor {
                throw SafeTensorsError(file: file, "tensor \(quoted(entry.name)): data_offsets start at \(entry.begin), leaving a gap after byte \(cursor) of the data")
            }
            cursor = entry.end
            previous = entry.name
        }
        guard cursor == dataCount else {
            throw SafeTensorsError(file: file, "tensors cover \(cursor) bytes of data, but the file holds \(dataCount) bytes after the header")
        }
    }

    private static func checkSize(_ entry: HeaderEntry, dataCount: Int, file: String) throws(SafeTensorsError) {
        let what = "tensor \(quoted(entry.name))"
        guard entry.begin <= entry.end else {
            throw SafeTensorsError(file: file, "\(what): data_offsets [\(entry.begin), \(entry.end)] end before they begin")
        }
        guard entry.end <= dataCount else {
            throw SafeTensorsError(file: file, "\(what): data_offsets [\(entry.begin), \(entry.end)] exceed the \(dataCount) bytes of data (truncated file?)")
        }
        guard let count = product(entry.shape),
              case let (expected, overflow) = count.multipliedReportingOverflow(by: entry.dtype.itemSize), !overflow else {
            throw SafeTensorsError(file: file, "\(what): shape \(entry.shape) is too large")
        }
        guard expected == entry.end - entry.begin else {
            throw SafeTensorsError(file: file, "\(what): shape \(entry.shape) of \(entry.dtype.rawValue) needs \(expected) bytes, but data_offsets [\(entry.begin), \(entry.end)] span \(entry.end - entry.begin)")
        }
    }

    // MARK: - Helpers

    static func product(_ shape: [Int]) -> Int? {
        var result = 1
        for dimension in shape {
            guard dimension >= 0 else { return nil }
            let (next, overflow) = result.multipliedReportingOverflow(by: dimension)
            guard !overflow else { return nil }
            result = next
        }
        return result
    }

    /// Byte order rather than String order: the format and other writers sort bytes, and it
    /// keeps canonically equivalent names distinct.
    private static func nameOrder(_ a: SafeTensor, _ b: SafeTensor) -> Bool {
        a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
    }

    static func quoted(_ text: String) -> String { JSONText.string(text) }

    private static func reason(_ error: any Error) -> String {
        (error as? RuntimeError)?.message ?? "\(error)"
    }

    /// Makes the rename durable. Best effort: the file's data is already synced, and some
    /// file systems refuse fsync on a directory.
    private static func syncDirectory(_ path: String) {
        let fd = open(path.isEmpty ? "." : path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

// MARK: - Little-endian element bytes

enum LittleEndian {
    static func bytes<T: FixedWidthInteger>(_ values: [T]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * MemoryLayout<T>.size)
        for value in values {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }

    /// Callers guarantee `bytes.count` is a multiple of the element size.
    static func values<T: FixedWidthInteger>(_ bytes: [UInt8], as type: T.Type) -> [T] {
        let size = MemoryLayout<T>.size
        return bytes.withUnsafeBytes { raw in
            (0 ..< raw.count / size).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * size, as: T.self)) }
        }
    }
}

// MARK: - Header JSON

/// The JSON subset a safetensors header uses. Floats, booleans and null never occur in a
/// valid header, so the parser rejects them rather than carrying unused cases.
indirect enum HeaderJSON {
    /// Members in file order, duplicates kept, so callers can report them.
    case object([(key: String, value: HeaderJSON)])
    case array([HeaderJSON])
    case string(String)
    case integer(Int)

    var kind: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .integer: "an integer"
        }
    }
}

/// A recursive-descent parser over the header bytes. It never traps on input: every read
/// is bounds-checked and nesting is capped so hostile input cannot exhaust the stack.
struct HeaderJSONParser {
    static let maxDepth = 64

    let bytes: [UInt8]
    let file: String
    /// Where the header starts in the file, so error offsets point into the file.
    let fileOffset: Int
    var pos = 0

    init(bytes: [UInt8], file: String, fileOffset: Int) {
        self.bytes = bytes; self.file = file; self.fileOffset = fileOffset
    }

    mutating func parseDocument() throws(SafeTensorsError) -> HeaderJSON {
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard pos == bytes.count else { throw failure("unexpected \(describe(bytes[pos])) after the JSON value") }
        return value
    }

    private mutating func parseValue(depth: Int) throws(SafeTensorsError) -> HeaderJSON {
        guard depth < Self.maxDepth else { throw failure("nesting deeper than \(Self.maxDepth) levels") }
        guard let byte = peek() else { throw failure("unexpected end of header, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"): return .integer(try parseInteger())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            throw failure("true, false and null do not occur in a safetensors header")
        default: throw failure("unexpected \(describe(byte)), expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(SafeTensorsError) -> HeaderJSON {
        pos += 1
        var members: [(key: String, value: HeaderJSON)] = []
        skipWhitespace()
        if try consumeIf(UInt8(ascii: "}")) { return .object(members) }
        repeat {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string key in object") }
            let key = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "after object key")
            skipWhitespace()
            members.append((key, try parseValue(depth: depth + 1)))
            skipWhitespace()
        } while try consumeIf(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), "or ',' in object")
        return .object(members)
    }

    private mutating func parseArray(depth: Int) throws(SafeTensorsError) -> HeaderJSON {
        pos += 1
        var items: [HeaderJSON] = []
        skipWhitespace()
        if try consumeIf(UInt8(ascii: "]")) { return .array(items) }
        repeat {
            skipWhitespace()
            items.append(try parseValue(depth: depth + 1))
            skipWhitespace()
        } while try consumeIf(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), "or ',' in array")
        return .array(items)
    }

    private mutating func parseString() throws(SafeTensorsError) -> String {
        let start = pos
        pos += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = next() else { throw failure("unterminated string", at: start) }
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw failure("string is not valid UTF-8", at: start)
                }
                return text
            case UInt8(ascii: "\\"):
                try parseEscape(into: &utf8)
            case 0 ..< 0x20:
                throw failure("control character \(describe(byte)) must be escaped in a string", at: pos - 1)
            default:
                utf8.append(byte)
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(SafeTensorsError) {
        guard let byte = next() else { throw failure("unterminated escape sequence") }
        if let replacement = simpleEscape(byte) {
            utf8.append(replacement)
        } else if byte == UInt8(ascii: "u") {
            utf8.append(contentsOf: String(Character(try parseUnicodeEscape())).utf8)
        } else {
            throw failure("invalid escape \\\(describe(byte))", at: pos - 2)
        }
    }

    private func simpleEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The scalar of a \uXXXX escape (already past the 'u'); a surrogate must come as a
    /// high/low pair, since a lone one is not a Unicode scalar.
    private mutating func parseUnicodeEscape() throws(SafeTensorsError) -> Unicode.Scalar {
        let start = pos - 2
        let first = try parseHex4()
        var value = first
        if (0xD800 ... 0xDBFF).contains(first) {
            guard bytes.count - pos >= 2, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
                throw failure("high surrogate not followed by a low surrogate escape", at: start)
            }
            pos += 2
            let second = try parseHex4()
            guard (0xDC00 ... 0xDFFF).contains(second) else {
                throw failure("high surrogate not followed by a low surrogate escape", at: start)
            }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw failure("lone surrogate in \\u escape", at: start)
        }
        return scalar
    }

    private mutating func parseHex4() throws(SafeTensorsError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0 ..< 4 {
            guard let byte = next(), let digit = hexDigit(byte) else {
                throw failure("\\u escape needs 4 hex digits")
            }
            value = value << 4 | digit
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A JSON integer (no leading zeros); negatives are parsed so callers can name them.
    private mutating func parseInteger() throws(SafeTensorsError) -> Int {
        let start = pos
        let negative = try consumeIf(UInt8(ascii: "-"))
        guard let first = peek(), isDigit(first) else { throw failure("expected a digit", at: pos) }
        if first == UInt8(ascii: "0"), let second = peekAt(pos + 1), isDigit(second) {
            throw failure("number has a leading zero", at: start)
        }
        var value = 0
        while let byte = peek(), isDigit(byte) {
            let digit = Int(byte - UInt8(ascii: "0"))
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !o1, !o2 else { throw failure("integer out of range", at: start) }
            value = sum
            pos += 1
        }
        if let byte = peek(), [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte) {
            throw failure("only integers occur in a safetensors header, found a fraction or exponent", at: start)
        }
        return value
    }

    // MARK: Cursor

    private func peek() -> UInt8? { peekAt(pos) }

    private func peekAt(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        pos += 1
        return byte
    }

    private mutating func consumeIf(_ byte: UInt8) throws(SafeTensorsError) -> Bool {
        guard peek() == byte else { return false }
        pos += 1
        return true
    }

    private mutating func expect(_ byte: UInt8, _ context: String) throws(SafeTensorsError) {
        guard try consumeIf(byte) else {
            let found = peek().map(describe) ?? "end of header"
            throw failure("expected '\(Character(Unicode.Scalar(byte)))' \(context), found \(found)")
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { pos += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) }

    private func describe(_ byte: UInt8) -> String {
        (0x21 ..< 0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    private func failure(_ what: String, at offset: Int? = nil) -> SafeTensorsError {
        SafeTensorsError(file: file, "malformed header JSON at file offset \(fileOffset + (offset ?? pos)): \(what)")
    }
}

/// JSON string literals, escaped as serde_json (the reference writer) escapes them, so the
/// same names and metadata give the same header bytes.
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars { out += escaped(scalar) }
        return out + "\""
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        default:
            guard scalar.value < 0x20 else { return String(scalar) }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
