// Rows of numbers from a CSV file (plain or .gz), streamed line by line, with each field's line and column for errors.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Comma-separated numbers, one row per line; an optional header line (its first field is not a
/// number); `\r\n` line ends accepted; blank lines only at the end. Fields are read in place from
/// a buffer that holds a few lines, never the file.
struct CSVReader {
    private var stream: any ByteStream
    private var buffer = [UInt8](repeating: 0, count: 1 << 20)
    private var start = 0, end = 0, atEOF = false
    /// The current row's fields, as byte ranges of `buffer`.
    private(set) var fields: [Range<Int>] = []
    /// The 1-based line number of the current row.
    private(set) var line = 0
    /// The header's names, when the file has one.
    private(set) var header: [String]?
    private var blankLine: Int?
    private var first = true
    var display: String { stream.display }

    init(_ stream: any ByteStream) { self.stream = stream }

    /// Moves to the next row; false at the end of the file.
    mutating func next() throws(DatasetError) -> Bool {
        while true {
            guard var range = try nextLine() else { return false }
            line += 1
            // Spreadsheet programs start UTF-8 files with a byte-order mark.
            if line == 1, range.count >= 3, Array(buffer[range.lowerBound..<(range.lowerBound + 3)]) == [0xEF, 0xBB, 0xBF] {
                range = (range.lowerBound + 3)..<range.upperBound
            }
            splitFields(range)
            if fields.count == 1 && fields[0].isEmpty {
                if blankLine == nil { blankLine = line }
                continue
            }
            if let blank = blankLine { throw .inFile(display, "line \(blank) is empty (blank lines may only end the file)") }
            if first {
                first = false
                // A header has no numeric field (so "src,dst" is one and ",5" is a bad data row).
                if !(0..<fields.count).contains(where: isNumber) { header = (0..<fields.count).map { text($0) }; continue }
            }
            return true
        }
    }

    /// Where field `column` (0-based) of the current row is, for messages: `line 12, column 2 ('dst')`.
    func location(_ column: Int) -> String {
        let name = header.flatMap { column < $0.count ? " ('\($0[column])')" : nil } ?? ""
        return "line \(line), column \(column + 1)\(name)"
    }

    /// Throws unless the row has exactly `count` fields (or at least `count` when `orMore`).
    func expectFields(_ count: Int, orMore: Bool = false, _ what: String) throws(DatasetError) {
        guard fields.count == count || (orMore && fields.count > count) else {
            throw .inFile(display, "line \(line): \(fields.count) column\(fields.count == 1 ? "" : "s"), expected \(orMore ? "at least " : "")\(count) (\(what))")
        }
    }

    func text(_ column: Int) -> String { String(decoding: buffer[fields[column]], as: UTF8.self).trimmingSpaces }

    /// Field `column` as an integer (`-1`, `42`; no fraction or exponent).
    func integer(_ column: Int) throws(DatasetError) -> Int {
        var i = fields[column].lowerBound, endIndex = fields[column].upperBound
        while i < endIndex, buffer[i] == 0x20 { i += 1 }
        while endIndex > i, buffer[endIndex - 1] == 0x20 { endIndex -= 1 }
        var negative = false
        if i < endIndex, buffer[i] == 0x2D || buffer[i] == 0x2B { negative = buffer[i] == 0x2D; i += 1 }
        guard i < endIndex else { throw notA("an integer", column) }
        var v = 0
        while i < endIndex {
            let d = Int(buffer[i]) - 0x30
            guard (0...9).contains(d) else { throw notA("an integer", column) }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(d)
            guard !o1, !o2 else { throw .inFile(display, "\(location(column)): '\(text(column))' does not fit a 64-bit integer") }
            v = s; i += 1
        }
        return negative ? -v : v
    }

    /// Field `column` as a number (`nan` and `inf` are numbers here; callers decide).
    func number(_ column: Int) throws(DatasetError) -> Double {
        var lo = fields[column].lowerBound, hi = fields[column].upperBound
        while lo < hi, buffer[lo] == 0x20 { lo += 1 }
        while hi > lo, buffer[hi - 1] == 0x20 { hi -= 1 }
        guard hi - lo <= 255 else { throw .inFile(display, "\(location(column)): a field of \(hi - lo) characters is too long for a number") }
        var scratch = [CChar](repeating: 0, count: 257)
        var len = 0
        for b in buffer[lo..<hi] {
            guard b != 0x20 else { throw notA("a number", column) }
            scratch[len] = CChar(bitPattern: b); len += 1
        }
        guard len > 0 else { throw notA("a number", column) }
        return try scratch.withUnsafeBufferPointer { (p) throws(DatasetError) -> Double in
            var endPointer: UnsafeMutablePointer<CChar>?
            let v = strtod(p.baseAddress!, &endPointer)
            guard let endPointer, endPointer - UnsafeMutablePointer(mutating: p.baseAddress!) == len else { throw notA("a number", column) }
            return v
        }
    }

    private func notA(_ kind: String, _ column: Int) -> DatasetError {
        .inFile(display, "\(location(column)): '\(text(column))' is not \(kind)")
    }

    private func isNumber(_ column: Int) -> Bool { (try? number(column)) != nil }

    private mutating func splitFields(_ range: Range<Int>) {
        fields.removeAll(keepingCapacity: true)
        var s = range.lowerBound
        var e = range.upperBound
        if e > s, buffer[e - 1] == 0x0D { e -= 1 }
        for i in s..<e where buffer[i] == 0x2C { fields.append(s..<i); s = i + 1 }
        fields.append(s..<e)
    }

    /// The next line's bytes (without its `\n`), refilling the buffer as needed; nil at the end.
    private mutating func nextLine() throws(DatasetError) -> Range<Int>? {
        var scanFrom = start
        while true {
            if let nl = buffer[scanFrom..<end].firstIndex(of: 0x0A) {
                defer { start = nl + 1 }
                return start..<nl
            }
            if atEOF {
                guard start < end else { return nil }
                defer { start = end }
                return start..<end
            }
            scanFrom = end - start
            try refill()
        }
    }

    /// Moves the unread bytes to the front and reads more, doubling the buffer for a long line.
    private mutating func refill() throws(DatasetError) {
        let unread = end - start
        if start > 0 { buffer.withUnsafeMutableBytes { b in _ = memmove(b.baseAddress!, b.baseAddress! + start, unread) } }
        start = 0; end = unread
        if end == buffer.count {
            guard buffer.count < 1 << 30 else { throw .inFile(display, "line \(line + 1) is longer than 1 GiB") }
            buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
        }
        let n = try stream.read(into: &buffer, from: end)
        if n == 0 { atEOF = true } else { end += n }
    }
}
