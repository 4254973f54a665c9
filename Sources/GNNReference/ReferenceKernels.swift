// The reference interpreter's op implementations: plain loops, written for clarity over speed.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNIR

extension ReferenceInterpreter {
    /// Operand shape aligned to the result: the row axis (or 1 for a global value), then the
    /// feature dims right-aligned with 1s filling in, as the IR's broadcasting rule says.
    static func aligned(_ t: TensorType, _ shape: [Int], to result: TensorType) -> [Int] {
        let hasRow = t.domain != .global
        let rowCount = hasRow ? shape[0] : 1
        let features = Array(shape.dropFirst(hasRow ? 1 : 0))
        let pad = [Int](repeating: 1, count: result.dims.count - features.count)
        return (result.domain == .global ? [] : [rowCount]) + pad + features
    }

    static func strides(_ shape: [Int]) -> [Int] {
        var s = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) { s[i] = acc; acc *= shape[i] }
        return s
    }

    static func broadcast(_ a: Tensor64, _ ta: TensorType, _ b: Tensor64, _ tb: TensorType, _ tr: TensorType,
                          _ shape: [Int], _ f: (Double, Double) -> Double) -> Tensor64 {
        let sa = aligned(ta, a.shape, to: tr), sb = aligned(tb, b.shape, to: tr)
        let stA = strides(sa), stB = strides(sb), stR = strides(shape)
        let n = shape.reduce(1, *)
        var out = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var ia = 0, ib = 0, rem = i
            for axis in 0..<shape.count {
                let coord = rem / stR[axis]
                rem %= stR[axis]
                if sa[axis] != 1 { ia += coord * stA[axis] }
                if sb[axis] != 1 { ib += coord * stB[axis] }
            }
            out[i] = f(a.data[ia], b.data[ib])
        }
        return Tensor64(shape: shape, data: out)
    }

    /// `[.., K] x [K, M]`: every leading index is a row.
    static func matmul(_ a: Tensor64, _ w: Tensor64, _ shape: [Int]) -> Tensor64 {
        let k = w.shape[0], m = w.shape[1]
        let rows = a.count / k
        var out = [Double](repeating: 0, count: rows * m)
        for r in 0..<rows {
            for kk in 0..<k {
                let x = a.data[r * k + kk]
                if x == 0 { continue }
                for j in 0..<m { out[r * m + j] += x * w.data[kk * m + j] }
            }
        }
        return Tensor64(shape: shape, data: out)
    }

    static func gather(_ x: Tensor64, _ index: [Int], _ shape: [Int]) -> Tensor64 {
        let f = x.rowSize
        var out = [Double](repeating: 0, count: index.count * f)
        for (e, v) in index.enumerated() {
            for j in 0..<f { out[e * f + j] = x.data[v * f + j] }
        }
        return Tensor64(shape: shape, data: out)
    }

    /// Reduces edge rows into the node each edge names in `groups`; an empty group gives 0 and
    /// `mean` divides by max(count, 1).
    static func aggregate(_ x: Tensor64, groups: [Int], groupCount: Int, _ r: Reduction, _ shape: [Int]) -> Tensor64 {
        let f = x.rowSize
        var out = [Double](repeating: 0, count: groupCount * f)
        var count = [Int](repeating: 0, count: groupCount)
        for (e, v) in groups.enumerated() {
            for j in 0..<f {
                let m = x.data[e * f + j]
                let o = v * f + j
                switch r {
                case .sum, .mean: out[o] += m
                case .max: out[o] = count[v] == 0 ? m : max(out[o], m)
                case .min: out[o] = count[v] == 0 ? m : min(out[o], m)
                }
            }
            count[v] += 1
        }
        if r == .mean {
            for v in 0..<groupCount where count[v] > 1 {
                for j in 0..<f { out[v * f + j] /= Double(count[v]) }
            }
        }
        return Tensor64(shape: shape, data: out)
    }

    /// Softmax of each edge score over the incoming edges of its destination, per feature element,
    /// with the maximum subtracted first.
    static func edgeSoftmax(_ s: Tensor64, _ g: GraphData, _ shape: [Int]) -> Tensor64 {
        let f = s.rowSize
        var maxima = [Double](repeating: -.infinity, count: g.numNodes * f)
        for e in 0..<g.numEdges {
            for j in 0..<f { maxima[g.dst[e] * f + j] = max(maxima[g.dst[e] * f + j], s.data[e * f + j]) }
        }
        var sums = [Double](repeating: 0, count: g.numNodes * f)
        var out = [Double](repeating: 0, count: s.count)
        for e in 0..<g.numEdges {
            for j in 0..<f {
                let v = exp(s.data[e * f + j] - maxima[g.dst[e] * f + j])
                out[e * f + j] = v
                sums[g.dst[e] * f + j] += v
            }
        }
        for e in 0..<g.numEdges {
            for j in 0..<f { out[e * f + j] /= sums[g.dst[e] * f + j] }
        }
        return Tensor64(shape: shape, data: out)
    }

    static func rowsum(_ x: Tensor64, _ shape: [Int]) -> Tensor64 {
        let last = x.shape.last ?? 1
        let rows = x.count / max(last, 1)
        var out = [Double](repeating: 0, count: rows)
        for r in 0..<rows {
            for j in 0..<last { out[r] += x.data[r * last + j] }
        }
        return Tensor64(shape: shape, data: out)
    }

    /// Each row of the last axis minus its log-sum-exp, shifted by the row's max (no overflow).
    static func logSoftmax(_ x: Tensor64, _ shape: [Int]) -> Tensor64 {
        let last = max(x.shape.last ?? 1, 1)
        var out = x.data
        for r in 0..<(x.count / last) {
            let row = x.data[r * last..<(r + 1) * last]
            let top = row.max() ?? 0
            let lse = top + log(row.reduce(0) { $0 + exp($1 - top) })
            for j in 0..<last { out[r * last + j] -= lse }
        }
        return Tensor64(shape: shape, data: out)
    }

    static func concat(_ xs: [Tensor64], _ shape: [Int]) -> Tensor64 {
        let lasts = xs.map { $0.shape.last ?? 1 }
        let total = lasts.reduce(0, +)
        let rows = shape.reduce(1, *) / max(total, 1)
        var out = [Double](repeating: 0, count: rows * total)
        for r in 0..<rows {
            var offset = 0
            for (x, w) in zip(xs, lasts) {
                for j in 0..<w { out[r * total + offset + j] = x.data[r * w + j] }
                offset += w
            }
        }
        return Tensor64(shape: shape, data: out)
    }

    /// `[.., H, F] -> [.., F]`, the mean over heads.
    static func meanHeads(_ x: Tensor64, _ shape: [Int]) -> Tensor64 {
        let f = x.shape[x.shape.count - 1], h = x.shape[x.shape.count - 2]
        let rows = x.count / (f * h)
        var out = [Double](repeating: 0, count: rows * f)
        for r in 0..<rows {
            for k in 0..<h {
                for j in 0..<f { out[r * f + j] += x.data[(r * h + k) * f + j] }
            }
            for j in 0..<f { out[r * f + j] /= Double(h) }
        }
        return Tensor64(shape: shape, data: out)
    }
}
