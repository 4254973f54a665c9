// The .npy preamble: magic, version, header length, and the Python dict literal naming dtype, order and shape.

extension NPYReader {
    static let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]  // \x93NUMPY

    static func readHeader(_ stream: inout FileStream) throws(DatasetError) -> NPYHeader {
        var pre = [UInt8](repeating: 0, count: 10)
        let got = try stream.read(into: &pre, count: 6)
        guard got == 6, Array(pre[0..<6]) == magic else { throw .inFile(stream.display, "not a .npy file (no \\x93NUMPY magic at the start)") }
        var rest = [UInt8](repeating: 0, count: 4)
        try stream.readExactly(into: &rest, "the .npy preamble")
        pre.replaceSubrange(6..<10, with: rest)
        let major = pre[6]
        var length: Int
        switch major {
        case 1: length = Int(pre[8]) | Int(pre[9]) << 8
        case 2, 3:
            var more = [UInt8](repeating: 0, count: 2)
            try stream.readExactly(into: &more, "the .npy preamble")
            length = Int(pre[8]) | Int(pre[9]) << 8 | Int(more[0]) << 16 | Int(more[1]) << 24
        default: throw .inFile(stream.display, ".npy format version \(major) is not supported (1, 2 and 3 are)")
        }
        guard length <= 1 << 20 else { throw .inFile(stream.display, "a .npy header of \(length) bytes is not plausible") }
        var text = [UInt8](repeating: 0, count: length)
        try stream.readExactly(into: &text, "the .npy header")
        return try parseDict(String(decoding: text, as: UTF8.self), display: stream.display)
    }

    /// `{'descr': '<f4', 'fortran_order': False, 'shape': (2708, 1433), }`
    static func parseDict(_ text: String, display: String) throws(DatasetError) -> NPYHeader {
        func fail(_ why: String) -> DatasetError { .inFile(display, "malformed .npy header (\(why)): \(text.trimmingSpaces)") }
        guard let descr = value(of: "descr", in: text), let orderText = value(of: "fortran_order", in: text),
              let shapeText = value(of: "shape", in: text) else { throw fail("it needs descr, fortran_order and shape") }
        guard descr.hasPrefix("'") || descr.hasPrefix("\""), descr.count >= 4 else {
            throw .inFile(display, "dtype \(descr) is a structured or unknown type; dataset arrays are plain numbers")
        }
        let code = Array(descr.dropFirst().dropLast())
        let (type, bigEndian) = try elementType(code.map(String.init).joined(), display: display)
        guard orderText == "False" || orderText == "True" else { throw fail("fortran_order is \(orderText)") }
        let shape = try parseShape(shapeText, fail: fail)
        var count = 1
        for d in shape {
            let (p, o) = count.multipliedReportingOverflow(by: d)
            guard !o else { throw .inFile(display, "shape \(shapeText) has too many elements") }
            count = p
        }
        return NPYHeader(type: type, bigEndian: bigEndian, shape: shape, fortranOrder: orderText == "True", count: count)
    }

    static func elementType(_ code: String, display: String) throws(DatasetError) -> (NPYType, Bool) {
        let chars = Array(code)
        guard chars.count >= 3, "<>|=".contains(chars[0]), let bytes = Int(String(chars[2...])) else {
            throw .inFile(display, "dtype '\(code)' is not a plain number type")
        }
        let big = chars[0] == ">"
        let type: NPYType
        switch (chars[1], bytes) {
        case ("b", 1): type = .bool
        case ("i", 1), ("i", 2), ("i", 4), ("i", 8): type = .int(bytes: bytes, signed: true)
        case ("u", 1), ("u", 2), ("u", 4), ("u", 8): type = .int(bytes: bytes, signed: false)
        case ("f", 2), ("f", 4), ("f", 8): type = .float(bytes: bytes)
        default: throw .inFile(display, "dtype '\(code)' is not supported (bool, int8 to int64, uint8 to uint64, float16, float32, float64 are)")
        }
        return (type, big)
    }

    /// The text after `'key':` up to the next top-level comma or the closing brace.
    static func value(of key: String, in text: String) -> String? {
        let chars = Array(text)
        for quote in ["'", "\""] {
            let pattern = Array(quote + key + quote)
            guard let start = find(pattern, in: chars) else { continue }
            var i = start + pattern.count
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count, chars[i] == ":" else { return nil }
            i += 1
            var depth = 0, out: [Character] = []
            while i < chars.count {
                let c = chars[i]
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
                if depth == 0 && (c == "," || c == "}") { break }
                out.append(c); i += 1
            }
            return String(out).trimmingSpaces
        }
        return nil
    }

    static func find(_ pattern: [Character], in chars: [Character]) -> Int? {
        guard chars.count >= pattern.count else { return nil }
        for i in 0...(chars.count - pattern.count) where Array(chars[i..<(i + pattern.count)]) == pattern { return i }
        return nil
    }

    static func parseShape(_ text: String, fail: (String) -> DatasetError) throws(DatasetError) -> [Int] {
        guard text.hasPrefix("("), text.hasSuffix(")") else { throw fail("shape is \(text)") }
        let inner = text.dropFirst().dropLast()
        var dims: [Int] = []
        for part in inner.split(separator: ",", omittingEmptySubsequences: true) {
            let t = String(part).trimmingSpaces.replacingSuffix("L")
            if t.isEmpty { continue }
            guard let d = Int(t), d >= 0 else { throw fail("shape is \(text)") }
            dims.append(d)
        }
        return dims
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\n" || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\n" || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
    /// Python 2 wrote long integers as `10L`.
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
