// A source text with its name and a line table, so offsets become line:column.
public struct SourceFile: Sendable {
    public let name: String
    public let text: String
    /// UTF-8 bytes of `text`; offsets everywhere are byte offsets into this array.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts (line 1 is index 0).
    public let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.bytes = Array(text.utf8)
        var starts = [0]
        bytes.withUnsafeBufferPointer { b in
            for i in b.indices where b[i] == UInt8(ascii: "\n") { starts.append(i + 1) }
        }
        self.lineStarts = starts
    }

    /// 1-based line and column (columns count bytes, which is what a caret needs for ASCII sources).
    public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, clamped - lineStarts[lo] + 1)
    }

    /// The text of a 1-based line without its newline.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineBounds(line)], as: UTF8.self)
    }

    /// The byte offsets of a 1-based line without its newline (or a `\r` before it); empty for a
    /// line the file does not have. The renderer takes a window of a long line from these bytes
    /// instead of decoding all of it for every diagnostic.
    public func lineBounds(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    public func location(_ offset: Int) -> SourceLocation {
        let (l, c) = lineColumn(of: offset)
        return SourceLocation(file: name, line: l, column: c, offset: offset)
    }

    public func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(max(start, end)))
    }
}

public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var offset: Int
    public init(file: String, line: Int, column: Int, offset: Int) {
        self.file = file; self.line = line; self.column = column; self.offset = offset
    }
    public var description: String { "\(file):\(line):\(column)" }
}

/// A half-open range of source text; `end` is one past the last character.
public struct SourceRange: Hashable, Sendable {
    public var start: SourceLocation
    public var end: SourceLocation
    public init(start: SourceLocation, end: SourceLocation) { self.start = start; self.end = end }
    public init(_ at: SourceLocation) { self.start = at; self.end = at }
}
