// How the lexers name a run of characters that no token starts with, briefly and printably.

/// How lexers name a run of characters that no token starts with: quoted when printable, as code
/// points otherwise (a NUL or an escape byte in a message would reach the terminal raw), and a few
/// dozen characters at most however long the run is, so a megabyte of junk is one short message.
public enum UnexpectedCharacters {
    static let maxQuoted = 16
    static let maxCodePoints = 8

    /// `unexpected character '$'`, `unexpected characters '#$'`, `unexpected character U+0 (1000000 in a row)`.
    public static func message(_ run: Substring) -> String {
        let scalars = run.unicodeScalars
        let n = scalars.count
        let printable = scalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7f }
        func show(_ s: Unicode.Scalar) -> String { printable ? String(s) : "U+" + String(s.value, radix: 16, uppercase: true) }
        guard let first = scalars.first else { return "unexpected character" }
        if n > 3, scalars.allSatisfy({ $0 == first }) {
            let one = printable ? "'\(show(first))'" : show(first)
            return "unexpected character \(one) (\(n) in a row)"
        }
        let word = n == 1 ? "character" : "characters"
        if printable {
            let shown = String(String.UnicodeScalarView(scalars.prefix(maxQuoted)))
            return n <= maxQuoted ? "unexpected \(word) '\(shown)'" : "unexpected \(word) '\(shown)...' (\(n) in all)"
        }
        let shown = scalars.prefix(maxCodePoints).map(show).joined(separator: " ")
        return n <= maxCodePoints ? "unexpected \(word) \(shown)" : "unexpected \(word) \(shown) ... (\(n) in all)"
    }
}
