// Renders diagnostics like a compiler: header line, source excerpt with a caret underline, notes.
public struct DiagnosticRenderer: Sendable {
    public var sources: [String: SourceFile]
    /// Written before a diagnostic that has no location (`gnnc: error[E701]: ...`), as tools do.
    public var program: String?
    public init(sources: [SourceFile], program: String? = nil) {
        var map: [String: SourceFile] = [:]
        for s in sources { map[s.name] = s }
        self.sources = map
        self.program = program
    }

    public func render(_ d: Diagnostic) -> String {
        var out = (d.range == nil ? program.map { "\($0): " } ?? "" : "") + d.description + "\n"
        if let r = d.range { out += excerpt(r) }
        for n in d.notes {
            let loc = n.range.map { "\($0.start): " } ?? ""
            out += "\(loc)note: \(n.message)\n"
            if let r = n.range { out += excerpt(r) }
        }
        return out
    }

    public func render(_ ds: [Diagnostic]) -> String { ds.map(render).joined() }

    /// The line of the range's start, and a caret with `~` under the rest of the range on that line.
    func excerpt(_ r: SourceRange) -> String {
        guard let file = sources[r.start.file] else { return "" }
        let text = file.lineText(r.start.line)
        let gutter = String(r.start.line)
        let pad = String(repeating: " ", count: gutter.count)
        let lineWidth = text.utf8.count
        let startCol = max(1, r.start.column)
        let endCol = r.end.line == r.start.line ? max(startCol + 1, r.end.column) : lineWidth + 1
        let tildes = max(0, min(endCol, lineWidth + 1) - startCol - 1)
        // Keep tabs in the marker line so the caret lines up under tab-indented source.
        let prefixBytes = Array(text.utf8.prefix(startCol - 1))
        let lead = String(prefixBytes.map { $0 == UInt8(ascii: "\t") ? "\t" : " " }.joined())
        return " \(gutter) | \(text)\n \(pad) | \(lead)^\(String(repeating: "~", count: tildes))\n"
    }
}
