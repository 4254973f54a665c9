// One array of a dataset directory (.npy, .csv or .csv.gz) as rows x columns, with where each element came from.

/// Where a table's elements are in their file, so a bad value is named by file and position.
enum TablePlace: Equatable {
    /// A .npy array; `transposed`: the file holds the table's transpose (edges as [2, E]).
    case npy(dimensions: Int, transposed: Bool)
    /// A CSV file whose first data row is on `firstLine`, with the header's names if it has one.
    case csv(firstLine: Int, header: [String]?)
}

/// Values in row-major order.
struct DataTable<T> {
    var values: [T]
    var rows: Int
    var columns: Int
    var display: String
    var place: TablePlace

    /// `line 12, column 2 ('dst')` or `element [3, 7]`.
    func location(_ row: Int, _ column: Int) -> String {
        switch place {
        case .npy(let dims, let transposed):
            if dims == 1 { return "element \(row)" }
            return transposed ? "element [\(column), \(row)]" : "element [\(row), \(column)]"
        case .csv(let first, let header):
            let name = header.flatMap { column < $0.count ? " ('\($0[column])')" : nil } ?? ""
            return "line \(first + row), column \(column + 1)\(name)"
        }
    }

    func error(_ row: Int, _ column: Int, _ what: String) -> DatasetError {
        .inFile(display, "\(location(row, column)): \(what)")
    }

    subscript(row: Int, column: Int) -> T { values[row * columns + column] }
}

enum TableReader {
    /// Numbers as Float; a 1-D array is one column. NaN and infinity are refused with their position.
    static func floats(_ path: String, display: String, what: String) throws(DatasetError) -> DataTable<Float> {
        let table: DataTable<Float>
        if isNPY(path) {
            var r = try NPYReader(path, display: display)
            let (rows, cols) = try matrixShape(r.header, display: display, what: what)
            table = DataTable(values: try r.readFloats(), rows: rows, columns: cols, display: display,
                              place: .npy(dimensions: r.header.shape.count, transposed: false))
        } else {
            table = try csv(path, display: display, what: what) { reader, c throws(DatasetError) in Float(try reader.number(c)) }
        }
        if let bad = table.values.firstIndex(where: { !$0.isFinite }) {
            throw table.error(bad / max(table.columns, 1), bad % max(table.columns, 1), "\(table.values[bad]) is not a finite number (\(what) must be)")
        }
        return table
    }

    /// Integers; float data is refused.
    static func integers(_ path: String, display: String, what: String) throws(DatasetError) -> DataTable<Int> {
        if isNPY(path) {
            var r = try NPYReader(path, display: display)
            let (rows, cols) = try matrixShape(r.header, display: display, what: what)
            return DataTable(values: try r.readIntegers(what), rows: rows, columns: cols, display: display,
                             place: .npy(dimensions: r.header.shape.count, transposed: false))
        }
        return try csv(path, display: display, what: what) { reader, c throws(DatasetError) in try reader.integer(c) }
    }

    /// Labels: integers, or floats whose values are integers; NaN (in a float file) reads as -1, unlabelled.
    static func labels(_ path: String, display: String) throws(DatasetError) -> DataTable<Int> {
        if isNPY(path) {
            var r = try NPYReader(path, display: display)
            let (rows, cols) = try matrixShape(r.header, display: display, what: "labels")
            let place = TablePlace.npy(dimensions: r.header.shape.count, transposed: false)
            guard r.header.type.isFloat else {
                return DataTable(values: try r.readIntegers("labels"), rows: rows, columns: cols, display: display, place: place)
            }
            let f = try r.readFloats()
            var out = [Int](repeating: -1, count: f.count)
            for (i, v) in f.enumerated() where !v.isNaN {
                guard v == v.rounded(), abs(v) < 1e9 else {
                    throw DataTable<Int>(values: [], rows: rows, columns: cols, display: display, place: place)
                        .error(i / max(cols, 1), i % max(cols, 1), "label \(v) is not an integer")
                }
                out[i] = Int(v)
            }
            return DataTable(values: out, rows: rows, columns: cols, display: display, place: place)
        }
        return try csv(path, display: display, what: "labels") { reader, c throws(DatasetError) -> Int in
            let v = try reader.number(c)
            if v.isNaN { return -1 }
            guard v == v.rounded(), abs(v) < 1e9 else { throw .inFile(display, "\(reader.location(c)): label \(reader.text(c)) is not an integer") }
            return Int(v)
        }
    }

    static func isNPY(_ path: String) -> Bool { path.hasSuffix(".npy") }

    /// Rows and columns of a 1-D (one column) or 2-D array.
    static func matrixShape(_ h: NPYHeader, display: String, what: String) throws(DatasetError) -> (Int, Int) {
        switch h.shape.count {
        case 1: return (h.shape[0], 1)
        case 2: return (h.shape[0], h.shape[1])
        default: throw .inFile(display, "shape \(h.shapeText): \(what) must be a 1-D or 2-D array")
        }
    }

    /// Every row of a CSV file through `field`; all rows must have the first row's column count.
    static func csv<T>(_ path: String, display: String, what: String,
                       _ field: (CSVReader, Int) throws(DatasetError) -> T) throws(DatasetError) -> DataTable<T> {
        var reader = CSVReader(try openStream(path, display: display))
        var values: [T] = []
        var rows = 0, columns = 0, firstLine = 0
        while try reader.next() {
            if rows == 0 { columns = reader.fields.count; firstLine = reader.line }
            try reader.expectFields(columns, what)
            for c in 0..<columns { values.append(try field(reader, c)) }
            rows += 1
        }
        guard rows > 0 else { throw .inFile(display, "no rows: \(what) are missing") }
        return DataTable(values: values, rows: rows, columns: columns, display: display, place: .csv(firstLine: firstLine, header: reader.header))
    }
}
