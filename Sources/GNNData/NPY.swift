// NumPy's .npy format (versions 1 to 3): the header parsed, the data converted in chunks straight into Float or Int arrays.
import GNNRuntime

/// The element types a dataset array may have.
enum NPYType: Equatable {
    case bool, int(bytes: Int, signed: Bool), float(bytes: Int)

    var size: Int {
        switch self {
        case .bool: return 1
        case .int(let b, _), .float(let b): return b
        }
    }
    var isFloat: Bool { if case .float = self { return true }; return false }

    /// NumPy's name for it (`float32`, `int64`, `bool`), for messages.
    var name: String {
        switch self {
        case .bool: return "bool"
        case .int(let b, let s): return (s ? "int" : "uint") + String(b * 8)
        case .float(let b): return "float" + String(b * 8)
        }
    }
}

/// A parsed .npy header: what the data bytes after it hold.
struct NPYHeader: Equatable {
    var type: NPYType
    var bigEndian: Bool
    var shape: [Int]
    var fortranOrder: Bool
    /// Elements: the product of `shape` (1 for a 0-d array).
    var count: Int

    /// `shape` as NumPy prints it: `(2708, 1433)`, `(5,)`.
    var shapeText: String { shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")" }
}

/// Reads one .npy file front to back. Only the header and a fixed-size chunk are held beside
/// the array being built.
struct NPYReader {
    var stream: FileStream
    let header: NPYHeader
    var display: String { stream.display }
    static let chunkBytes = 1 << 20

    init(_ path: String, display: String) throws(DatasetError) {
        stream = try FileStream(path, display: display)
        header = try NPYReader.readHeader(&stream)
        // Before anything is allocated: a header may claim any shape, the file holds what it holds.
        let (need, overflow) = header.count.multipliedReportingOverflow(by: header.type.size)
        let have = stream.size - stream.consumed
        guard !overflow, need == have else {
            throw .inFile(display, "shape \(header.shapeText) of \(header.type.name) needs \(overflow ? "more than 2^63" : String(need)) bytes of data, "
                          + "the file holds \(have): the header does not match the data")
        }
    }

    /// Every element as Float (integers and bools converted), in C order whatever the file's order.
    mutating func readFloats() throws(DatasetError) -> [Float] {
        try checkMemory(MemoryLayout<Float>.size)
        var out = [Float](repeating: 0, count: header.count)
        let type = header.type, swap = header.bigEndian
        try readElements { raw, first, n in
            for i in 0..<n { out[first + i] = Float(NPYReader.value(raw, i, type, swap)) }
        }
        return header.fortranOrder ? NPYReader.toCOrder(out, header.shape) : out
    }

    /// Every element as Int; float files are refused (ids, labels and indices must be integers).
    mutating func readIntegers(_ what: String) throws(DatasetError) -> [Int] {
        if header.type.isFloat {
            throw .inFile(display, "dtype \(header.type.name): \(what) must be integers (int32 or int64)")
        }
        try checkMemory(MemoryLayout<Int>.size)
        var out = [Int](repeating: 0, count: header.count)
        let type = header.type, swap = header.bigEndian
        var failure: DatasetError?
        let name = display
        try readElements { raw, first, n in
            for i in 0..<n {
                let v = NPYReader.integer(raw, i, type, swap)
                guard let v else { if failure == nil { failure = .inFile(name, "element \(first + i): does not fit a 64-bit integer") }; return }
                out[first + i] = v
            }
        }
        if let failure { throw failure }
        return header.fortranOrder ? NPYReader.toCOrder(out, header.shape) : out
    }

    private func checkMemory(_ elementBytes: Int) throws(DatasetError) {
        let (bytes, overflow) = header.count.multipliedReportingOverflow(by: elementBytes)
        do { try MemoryBudget.check(overflow ? Int.max : bytes, for: "\(display)'s \(header.count) elements") } catch {
            var e = DatasetError.inFile(display, error.message); e.exhaustsMemory = true; throw e
        }
    }

    /// Calls `body(chunk, index of its first element, elements in it)` over the data in order.
    private mutating func readElements(_ body: (UnsafeRawBufferPointer, Int, Int) -> Void) throws(DatasetError) {
        let size = header.type.size
        let perChunk = max(1, NPYReader.chunkBytes / size)
        var chunk = [UInt8](repeating: 0, count: perChunk * size)
        var done = 0
        while done < header.count {
            let n = min(perChunk, header.count - done)
            try stream.readExactly(into: &chunk, count: n * size, "the data of \(header.shapeText) \(header.type.name) elements")
            chunk.withUnsafeBytes { body($0, done, n) }
            done += n
        }
    }

    static func loadUnaligned<T: FixedWidthInteger>(_ raw: UnsafeRawBufferPointer, _ i: Int, _: T.Type, _ swap: Bool) -> T {
        let v = raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.size, as: T.self)
        return swap ? v.byteSwapped : v
    }

    static func value(_ raw: UnsafeRawBufferPointer, _ i: Int, _ type: NPYType, _ swap: Bool) -> Double {
        switch type {
        case .float(4): return Double(Float(bitPattern: loadUnaligned(raw, i, UInt32.self, swap)))
        case .float(8): return Double(bitPattern: loadUnaligned(raw, i, UInt64.self, swap))
        case .float: return Double(HalfPrecision.fromF16(loadUnaligned(raw, i, UInt16.self, swap)))
        default: return Double(integer(raw, i, type, swap) ?? Int.max)
        }
    }

    static func integer(_ raw: UnsafeRawBufferPointer, _ i: Int, _ type: NPYType, _ swap: Bool) -> Int? {
        switch type {
        case .bool: return raw[i] == 0 ? 0 : 1
        case .int(1, true): return Int(Int8(bitPattern: raw[i]))
        case .int(1, false): return Int(raw[i])
        case .int(2, true): return Int(loadUnaligned(raw, i, Int16.self, swap))
        case .int(2, false): return Int(loadUnaligned(raw, i, UInt16.self, swap))
        case .int(4, true): return Int(loadUnaligned(raw, i, Int32.self, swap))
        case .int(4, false): return Int(loadUnaligned(raw, i, UInt32.self, swap))
        case .int(8, true): return Int(loadUnaligned(raw, i, Int64.self, swap))
        case .int(_, false): return Int(exactly: loadUnaligned(raw, i, UInt64.self, swap))
        default: return nil
        }
    }

    /// A Fortran-order (column-major) array rearranged to C order: `out[r][c] = in[c * rows + r]`.
    static func toCOrder<T>(_ a: [T], _ shape: [Int]) -> [T] {
        guard shape.count == 2, shape[0] > 1, shape[1] > 1 else { return a }
        let rows = shape[0], cols = shape[1]
        var out = a
        for r in 0..<rows { for c in 0..<cols { out[r * cols + c] = a[c * rows + r] } }
        return out
    }
}
