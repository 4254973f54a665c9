// Interprets unpickled values as numpy arrays and scipy CSR matrices, checking every field.

/// The numpy element types the Planetoid files (and their re-saves) use.
public enum NumpyDType: String, Sendable {
    case float32 = "f4", float64 = "f8", int32 = "i4", int64 = "i8", bool = "b1"

    public var size: Int {
        switch self {
        case .float32, .int32: return 4
        case .float64, .int64: return 8
        case .bool: return 1
        }
    }

    public var isInteger: Bool { self == .int32 || self == .int64 || self == .bool }
}

/// A numpy array: dtype, shape and the raw elements, little-endian and in C (row-major) order.
public struct NumpyArray: Sendable {
    public var dtype: NumpyDType
    public var shape: [Int]
    public var raw: [UInt8]
    public var count: Int { raw.count / dtype.size }

    public init(dtype: NumpyDType, shape: [Int], raw: [UInt8]) {
        self.dtype = dtype; self.shape = shape; self.raw = raw
    }

    /// Reads `numpy.core.multiarray._reconstruct(ndarray, (0,), 'b')` with BUILD state
    /// `(version, shape, dtype, is_fortran, raw bytes)`. `field` says where it sits, for errors.
    public init(_ value: PickleValue, file: String, field: String) throws(DatasetError) {
        func fail(_ what: String) -> DatasetError { .inFile(file, "\(field): \(what)") }
        guard case .object(let o) = value, o.name == "_reconstruct", o.module.hasPrefix("numpy") else {
            throw fail("expected a numpy array, found \(value.kind)")
        }
        guard var state = o.state?.tuple, state.count == 5 || state.count == 4 else {
            throw fail("numpy array state is \(o.state?.kind ?? "missing"), expected a 4- or 5-tuple")
        }
        if state.count == 5 { state.removeFirst() }  // the pickle format version
        let shape = try NumpyArray.shape(state[0], fail)
        let (dtype, bigEndian) = try NumpyArray.dtype(state[1], fail)
        guard case .bool(let fortran) = state[2] else { throw fail("the Fortran-order flag is \(state[2].kind)") }
        guard case .bytes(var raw) = state[3] else { throw fail("array data is \(state[3].kind), expected bytes") }
        let count = try NumpyArray.elementCount(shape, fail)
        guard count.multipliedReportingOverflow(by: dtype.size) == (raw.count, false) else {
            throw fail("shape \(shape) of \(dtype.rawValue) needs \(count * dtype.size) bytes, the data has \(raw.count)")
        }
        if bigEndian { NumpyArray.swapBytes(&raw, size: dtype.size) }
        self.init(dtype: dtype, shape: shape, raw: raw)
        if fortran && shape.count > 1 { try transposeToCOrder(fail) }
    }

    /// Element i as Double (exact for every dtype here except int64 beyond 2^53).
    public func double(_ i: Int) -> Double {
        switch dtype {
        case .float32: return Double(Float(bitPattern: load(i, UInt32.self)))
        case .float64: return Double(bitPattern: load(i, UInt64.self))
        case .int32: return Double(Int32(bitPattern: load(i, UInt32.self)))
        case .int64: return Double(Int64(bitPattern: load(i, UInt64.self)))
        case .bool: return raw[i] != 0 ? 1 : 0
        }
    }

    /// Element i of an integer array.
    public func integer(_ i: Int) -> Int {
        switch dtype {
        case .int32: return Int(Int32(bitPattern: load(i, UInt32.self)))
        case .int64: return Int(Int64(bitPattern: load(i, UInt64.self)))
        case .bool: return raw[i] != 0 ? 1 : 0
        case .float32, .float64: return Int(exactly: double(i)) ?? 0
        }
    }

    public func doubles() -> [Double] { (0..<count).map(double) }

    private func load<T: FixedWidthInteger>(_ i: Int, _: T.Type) -> T {
        raw.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.size, as: T.self)) }
    }

    // MARK: - Parsing the state

    static func shape(_ v: PickleValue, _ fail: (String) -> DatasetError) throws(DatasetError) -> [Int] {
        guard let dims = v.tuple else { throw fail("the shape is \(v.kind), expected a tuple") }
        var shape: [Int] = []
        for d in dims {
            guard let n = d.int, n >= 0 else { throw fail("shape entry \(d.int.map(String.init) ?? d.kind) is not a size") }
            shape.append(n)
        }
        return shape
    }

    /// `numpy.dtype('f4', 0, 1)` with state `(3, '<', ...)`: the type code and whether it is big-endian.
    static func dtype(_ v: PickleValue, _ fail: (String) -> DatasetError) throws(DatasetError) -> (NumpyDType, Bool) {
        guard case .object(let o) = v, o.name == "dtype", let code = o.args.first?.text else {
            throw fail("the dtype is \(v.kind), expected numpy.dtype")
        }
        guard let dtype = NumpyDType(rawValue: code) else {
            throw fail("dtype '\(code)' is not supported (float32/float64/int32/int64/bool are)")
        }
        let order = o.state?.tuple.flatMap { $0.count > 1 ? $0[1].text : nil } ?? "|"
        guard ["<", ">", "|", "="].contains(order) else { throw fail("unknown byte order '\(order)'") }
        return (dtype, order == ">" && dtype.size > 1)
    }

    static func elementCount(_ shape: [Int], _ fail: (String) -> DatasetError) throws(DatasetError) -> Int {
        var count = 1
        for d in shape {
            let (p, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow else { throw fail("shape \(shape) is too large") }
            count = p
        }
        return count
    }

    static func swapBytes(_ raw: inout [UInt8], size: Int) {
        for start in stride(from: 0, to: raw.count, by: size) { raw[start..<(start + size)].reverse() }
    }

    /// Fortran (column-major) 2-d data reordered to row-major, so readers see one layout.
    private mutating func transposeToCOrder(_ fail: (String) -> DatasetError) throws(DatasetError) {
        guard shape.count == 2 else { throw fail("Fortran-order arrays of \(shape.count) dimensions are not supported") }
        let (rows, cols, size) = (shape[0], shape[1], dtype.size)
        var out = [UInt8](repeating: 0, count: raw.count)
        for r in 0..<rows {
            for c in 0..<cols {
                let from = (c * rows + r) * size, to = (r * cols + c) * size
                for b in 0..<size { out[to + b] = raw[from + b] }
            }
        }
        raw = out
    }
}

/// A scipy `csr_matrix`: row pointers, column indices and values, validated on load.
public struct CSRMatrix: Sendable {
    public var rows: Int
    public var columns: Int
    public var indptr: [Int]
    public var indices: [Int]
    public var data: [Float]

    public init(rows: Int, columns: Int, indptr: [Int], indices: [Int], data: [Float]) {
        self.rows = rows; self.columns = columns; self.indptr = indptr; self.indices = indices; self.data = data
    }

    /// Reads a `scipy.sparse.csr.csr_matrix` object (NEWOBJ + BUILD with a `__dict__` holding
    /// `_shape`, `indptr`, `indices`, `data`). Any other class is refused by name.
    public init(_ value: PickleValue, file: String) throws(DatasetError) {
        guard case .object(let o) = value, o.name == "csr_matrix", o.module.hasPrefix("scipy.sparse") else {
            throw .inFile(file, "expected a csr_matrix, found \(value.kind)")
        }
        guard case .dict(let state)? = o.state else {
            throw .inFile(file, "csr_matrix state is \(o.state?.kind ?? "missing"), expected a dict")
        }
        func field(_ name: String) throws(DatasetError) -> PickleValue {
            guard let v = state[name] else { throw .inFile(file, "csr_matrix has no '\(name)' field") }
            return v
        }
        let shapeValue = state["_shape"] ?? state["shape"] ?? .none
        let shape = try NumpyArray.shape(shapeValue) { .inFile(file, "csr_matrix field '_shape': \($0)") }
        guard shape.count == 2 else { throw .inFile(file, "csr_matrix field '_shape': expected 2 dimensions, found \(shape)") }
        let indptr = try NumpyArray(try field("indptr"), file: file, field: "csr_matrix field 'indptr'")
        let indices = try NumpyArray(try field("indices"), file: file, field: "csr_matrix field 'indices'")
        let data = try NumpyArray(try field("data"), file: file, field: "csr_matrix field 'data'")
        for (name, a) in [("indptr", indptr), ("indices", indices)] where !a.dtype.isInteger || a.shape.count != 1 {
            throw .inFile(file, "csr_matrix field '\(name)': expected a 1-d integer array, found \(a.dtype.rawValue) \(a.shape)")
        }
        self.init(rows: shape[0], columns: shape[1], indptr: (0..<indptr.count).map(indptr.integer),
                  indices: (0..<indices.count).map(indices.integer), data: (0..<data.count).map { Float(data.double($0)) })
        try validate(file)
    }

    /// The CSR invariants, so later loops can index without checks: indptr runs 0...nnz without
    /// decreasing, and every column index is inside the matrix.
    func validate(_ file: String) throws(DatasetError) {
        func fail(_ what: String) -> DatasetError { .inFile(file, "csr_matrix: \(what)") }
        guard indptr.count == rows + 1 else { throw fail("indptr has \(indptr.count) entries for \(rows) rows") }
        guard indices.count == data.count else { throw fail("\(indices.count) indices but \(data.count) values") }
        guard indptr.first == 0, indptr.last == data.count else {
            throw fail("indptr must run from 0 to \(data.count), runs from \(indptr.first ?? -1) to \(indptr.last ?? -1)")
        }
        for r in 0..<rows where indptr[r] > indptr[r + 1] { throw fail("indptr decreases at row \(r)") }
        for (k, c) in indices.enumerated() where c < 0 || c >= columns {
            throw fail("column index \(c) (entry \(k)) is outside 0..<\(columns)")
        }
    }

    /// Writes row `r` into row `to` of `out`, a row-major matrix with `columns` columns.
    public func scatterRow(_ r: Int, into out: inout [Float], at to: Int) {
        for k in indptr[r]..<indptr[r + 1] { out[to * columns + indices[k]] = data[k] }
    }

    /// Row-major dense copy.
    public func dense() -> [Float] {
        var out = [Float](repeating: 0, count: rows * columns)
        for r in 0..<rows { scatterRow(r, into: &out, at: r) }
        return out
    }
}
