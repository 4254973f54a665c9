// Renders diagnostics like a compiler: header line, source excerpt with a caret underline, notes.
public struct DiagnosticRenderer: Sendable {
    public var sources: [String: SourceFile]
    /// Written before a diagnostic that has no location (`gnnc: error[E701]: ...`), as tools do.
    public var program: String?
    /// Columns of a source line an excerpt shows at most: a longer line (a minified or hostile file
    /// can hold megabytes on one line) shows a window around the caret, with `...` where it goes on.
    public static let maxExcerptColumns = 120
    /// Bytes of one message line shown at most: a message that quotes a huge name stays readable.
    public static let maxMessageLineBytes = 1000

    public init(sources: [SourceFile], program: String? = nil) {
        var map: [String: SourceFile] = [:]
        for s in sources { map[s.name] = s }
        self.sources = map
        self.program = program
    }

    public func render(_ d: Diagnostic) -> String {
        var out = (d.range == nil ? program.map { "\($0): " } ?? "" : "") + Self.displayable(d.description) + "\n"
        if let r = d.range { out += excerpt(r) }
        for n in d.notes {
            let loc = n.range.map { "\($0.start): " } ?? ""
            out += Self.displayable("\(loc)note: \(n.message)") + "\n"
            if let r = n.range { out += excerpt(r) }
        }
        return out
    }

    public func render(_ ds: [Diagnostic]) -> String { ds.map(render).joined() }

    /// The line of the range's start, and a caret with `~` under the rest of the range on that line.
    /// Columns count characters (a tab is kept, so it lines up as the source does); a line longer
    /// than `maxExcerptColumns` is cut to a window around the caret, and the range is clipped to it.
    func excerpt(_ r: SourceRange) -> String {
        guard let file = sources[r.start.file] else { return "" }
        let line = file.lineBounds(r.start.line)
        let bytes = file.bytes
        let length = line.count
        // Byte indices within the line: the caret, and the end of the marked range.
        let caret = min(max(0, r.start.column - 1), length)
        let marked = min(r.end.line == r.start.line ? max(caret + 1, r.end.column - 1) : length, length)
        var lo = 0, hi = length
        if length > Self.maxExcerptColumns {
            lo = max(0, min(caret - Self.maxExcerptColumns / 3, length - Self.maxExcerptColumns))
            hi = min(length, lo + Self.maxExcerptColumns)
            // Cut between characters, never inside one's UTF-8 bytes.
            while lo > 0, Self.isContinuation(bytes[line.lowerBound + lo]) { lo -= 1 }
            while hi < length, Self.isContinuation(bytes[line.lowerBound + hi]) { hi += 1 }
        }
        let cutBefore = lo > 0, cutAfter = hi < length
        let shown = String(decoding: bytes[(line.lowerBound + lo)..<(line.lowerBound + hi)], as: UTF8.self)
        var lead = cutBefore ? "   " : ""
        for b in bytes[(line.lowerBound + lo)..<(line.lowerBound + caret)] where !Self.isContinuation(b) {
            lead += b == UInt8(ascii: "\t") ? "\t" : " "
        }
        var tildes = 0
        if caret + 1 < min(marked, hi) {
            for b in bytes[(line.lowerBound + caret + 1)..<(line.lowerBound + min(marked, hi))] where !Self.isContinuation(b) { tildes += 1 }
        }
        let gutter = String(r.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let text = (cutBefore ? "..." : "") + Self.displayable(shown, keepNewlines: false) + (cutAfter ? "..." : "")
        return " \(gutter) | \(text)\n \(pad) | \(lead)^\(String(repeating: "~", count: tildes))\n"
    }

    static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// `text` safe to write to a terminal: control characters other than tab (and newline, where
    /// kept) become U+FFFD, one column each so carets still line up (a hostile file's escape
    /// sequences must not reach the terminal, and a NUL is invisible); every line longer than
    /// `maxMessageLineBytes` is cut, saying how much was left out.
    static func displayable(_ text: String, keepNewlines: Bool = true) -> String {
        let needsWork = text.unicodeScalars.contains { isControl($0) && !($0 == "\t" || keepNewlines && $0 == "\n") }
            || text.utf8.count > maxMessageLineBytes
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        var lineBytes = 0, dropped = 0
        func endLine() {
            if dropped > 0 { out.append(contentsOf: "... (\(dropped) more bytes)".unicodeScalars) }
            lineBytes = 0; dropped = 0
        }
        for s in text.unicodeScalars {
            if s == "\n" && keepNewlines {
                endLine()
                out.append(s)
                continue
            }
            let size = String(s).utf8.count
            if dropped > 0 || lineBytes + size > maxMessageLineBytes { dropped += size; continue }
            lineBytes += size
            out.append(isControl(s) && s != "\t" ? "\u{FFFD}" : s)
        }
        endLine()
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7f && s.value < 0xa0)
    }
}
