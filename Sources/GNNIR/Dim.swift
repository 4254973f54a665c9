// Symbolic dimensions: canonical integer polynomials over named dimension symbols (F, C, FO, ...).
/// A dimension is a sum of terms `coeff * s1 * s2 * ...`, kept canonical (symbols sorted, like terms
/// merged, zero terms dropped, terms sorted) so that `==` is polynomial equality: `H*FO == FO*H`.
/// Arithmetic is checked: operations return nil on overflow instead of trapping on hostile input.
public struct Dim: Hashable, Sendable, CustomStringConvertible, Comparable {
    public struct Term: Hashable, Sendable {
        public var coeff: Int
        public var symbols: [String]
    }
    public private(set) var terms: [Term]

    public init(_ value: Int) { terms = value == 0 ? [] : [Term(coeff: value, symbols: [])] }
    public init(symbol: String) { terms = [Term(coeff: 1, symbols: [symbol])] }
    init(canonical terms: [Term]) { self.terms = terms }

    public static func const(_ v: Int) -> Dim { Dim(v) }
    public static func sym(_ s: String) -> Dim { Dim(symbol: s) }

    /// The integer value when the dimension has no symbols.
    public var constantValue: Int? {
        if terms.isEmpty { return 0 }
        if terms.count == 1, terms[0].symbols.isEmpty { return terms[0].coeff }
        return nil
    }
    public var symbols: [String] { Array(Set(terms.flatMap(\.symbols))).sorted() }
    public var isOne: Bool { constantValue == 1 }
    /// The symbol when the dimension is exactly one symbol (`N`, `FO`).
    public var symbolName: String? {
        guard terms.count == 1, terms[0].coeff == 1, terms[0].symbols.count == 1 else { return nil }
        return terms[0].symbols[0]
    }

    public func adding(_ other: Dim) -> Dim? { Dim.normalize(terms + other.terms) }

    public func multiplying(_ other: Dim) -> Dim? {
        var out: [Term] = []
        for a in terms {
            for b in other.terms {
                let (c, overflow) = a.coeff.multipliedReportingOverflow(by: b.coeff)
                if overflow { return nil }
                out.append(Term(coeff: c, symbols: (a.symbols + b.symbols).sorted()))
            }
        }
        return Dim.normalize(out)
    }

    /// Replaces symbols by dimensions; symbols without a binding stay symbolic.
    public func substituting(_ bindings: [String: Dim]) -> Dim? {
        var total = Dim(0)
        for t in terms {
            var product = Dim(t.coeff)
            for s in t.symbols {
                guard let p = product.multiplying(bindings[s] ?? Dim(symbol: s)) else { return nil }
                product = p
            }
            guard let sum = total.adding(product) else { return nil }
            total = sum
        }
        return total
    }

    static func normalize(_ raw: [Term]) -> Dim? {
        var merged: [[String]: Int] = [:]
        var order: [[String]] = []
        for t in raw {
            if let c = merged[t.symbols] {
                let (s, overflow) = c.addingReportingOverflow(t.coeff)
                if overflow { return nil }
                merged[t.symbols] = s
            } else {
                merged[t.symbols] = t.coeff
                order.append(t.symbols)
            }
        }
        let terms = order.compactMap { syms -> Term? in
            let c = merged[syms]!
            return c == 0 ? nil : Term(coeff: c, symbols: syms)
        }.sorted(by: Dim.termOrder)
        return Dim(canonical: terms)
    }

    /// Higher-degree terms first, then lexicographic symbols; the constant comes last.
    static func termOrder(_ a: Term, _ b: Term) -> Bool {
        if a.symbols.count != b.symbols.count { return a.symbols.count > b.symbols.count }
        return a.symbols.lexicographicallyPrecedes(b.symbols)
    }

    public static func < (a: Dim, b: Dim) -> Bool { a.description < b.description }

    /// `16`, `F`, `8*F`, `H*FO`, `2*F + 1`; parsed back by the IR parser.
    public var description: String {
        if terms.isEmpty { return "0" }
        return terms.map { t in
            let coeff = t.coeff == 1 && !t.symbols.isEmpty ? [] : [String(t.coeff)]
            return (coeff + t.symbols).joined(separator: "*")
        }.joined(separator: " + ")
    }
}
