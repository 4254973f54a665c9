// Hand-built GCN- and GAT-like modules shared by the printer, parser and verifier tests.
import GNNDiagnostics
import GNNIR

enum Fixtures {
    /// One GCN layer with symmetric degree normalisation, built through GraphBuilder so every
    /// type comes from TypeRules.
    static func gcn() throws -> GraphModule {
        var b = GraphBuilder(name: "GCN", dimParams: ["F", "C"])
        b.setGraphSettings(Attributes(["self_loops": .ident("add")]))
        let x = try b.add(.input, attributes: Attributes(["name": .string("x")]), name: "x", declared: .node([.sym("F")]))
        let w = try b.add(.param, attributes: Attributes(["init": .ident("glorot")]), name: "gcn_conv_0.W",
                          declared: .global([.sym("F"), Dim(16)]))
        let d0 = try b.add(.dropout, [x], attributes: Attributes(["p": .float(0.5)]))
        let h = try b.add(.matmul, [d0, w])
        let deg = try b.add(.degree(.inDegree))
        let dn = try b.add(.unary(.rsqrt), [deg])
        let scaled = try b.add(.binary(.mul), [h, dn])
        let msg = try b.add(.gather(.src), [scaled])
        let agg = try b.add(.aggregate(.dst, .sum), [msg], name: "gcn_conv_0.agg")
        let out = try b.add(.binary(.mul), [agg, dn])
        b.setResults([try b.add(.unary(.relu), [out])])
        b.setTrain(Attributes(["loss": .ident("cross_entropy"), "optimizer": .ident("adam"),
                               "lr": .float(0.01), "epochs": .int(200)]))
        return b.module
    }

    static let gcnText = """
    model @GCN<F, C> {
      graph {self_loops = add}
      %x = input {name = "x"} : f32[N, F]
      %gcn_conv_0.W = param {init = glorot} : f32[F, 16]
      %0 = dropout %x {p = 0.5} : f32[N, F]
      %1 = matmul %0, %gcn_conv_0.W : f32[N, 16]
      %2 = in_degree : f32[N, 1]
      %3 = rsqrt %2 : f32[N, 1]
      %4 = mul %1, %3 : f32[N, 16]
      %5 = gather.src %4 : f32[E, 16]
      %gcn_conv_0.agg = aggregate.dst.sum %5 : f32[N, 16]
      %6 = mul %gcn_conv_0.agg, %3 : f32[N, 16]
      %7 = relu %6 : f32[N, 16]
      return %7
    }
    train {epochs = 200, loss = cross_entropy, lr = 0.01, optimizer = adam}

    """

    /// One multi-head GAT layer: per-head scores `[H, 1]` broadcast over the features `[H, FO]`.
    static func gat() throws -> GraphModule {
        var b = GraphBuilder(name: "GAT", dimParams: ["F", "H", "FO"])
        let glorot = Attributes(["init": .ident("glorot")])
        let x = try b.add(.input, attributes: Attributes(["name": .string("x")]), name: "x", declared: .node([.sym("F")]))
        let w = try b.add(.param, attributes: glorot, name: "W",
                          declared: .global([.sym("F"), Dim.sym("H").multiplying(.sym("FO"))!]))
        let al = try b.add(.param, attributes: glorot, name: "al", declared: .global([.sym("H"), .sym("FO")]))
        let ar = try b.add(.param, attributes: glorot, name: "ar", declared: .global([.sym("H"), .sym("FO")]))
        let hw = try b.add(.matmul, [x, w])
        let z = try b.add(.view, [hw], attributes: Attributes(["shape": .dims([.sym("H"), .sym("FO")])]), name: "z")
        let sl = try b.add(.rowsum, [try b.add(.binary(.mul), [z, al])])
        let sr = try b.add(.rowsum, [try b.add(.binary(.mul), [z, ar])])
        let e = try b.add(.binary(.add), [try b.add(.gather(.src), [sl]), try b.add(.gather(.dst), [sr])])
        let s = try b.add(.unary(.leakyRelu), [e], attributes: Attributes(["slope": .float(0.2)]))
        let a = try b.add(.dropout, [try b.add(.edgeSoftmax, [s])], attributes: Attributes(["p": .float(0.6)]))
        let msg = try b.add(.binary(.mul), [a, try b.add(.gather(.src), [z])])
        let agg = try b.add(.aggregate(.dst, .sum), [msg], name: "agg")
        b.setResults([try b.add(.meanHeads, [agg])])
        return b.module
    }

    static let gatText = """
    model @GAT<F, H, FO> {
      %x = input {name = "x"} : f32[N, F]
      %W = param {init = glorot} : f32[F, FO*H]
      %al = param {init = glorot} : f32[H, FO]
      %ar = param {init = glorot} : f32[H, FO]
      %0 = matmul %x, %W : f32[N, FO*H]
      %z = view %0 {shape = <H, FO>} : f32[N, H, FO]
      %1 = mul %z, %al : f32[N, H, FO]
      %2 = rowsum %1 : f32[N, H, 1]
      %3 = mul %z, %ar : f32[N, H, FO]
      %4 = rowsum %3 : f32[N, H, 1]
      %5 = gather.src %2 : f32[E, H, 1]
      %6 = gather.dst %4 : f32[E, H, 1]
      %7 = add %5, %6 : f32[E, H, 1]
      %8 = leaky_relu %7 {slope = 0.2} : f32[E, H, 1]
      %9 = edge_softmax %8 : f32[E, H, 1]
      %10 = dropout %9 {p = 0.6} : f32[E, H, 1]
      %11 = gather.src %z : f32[E, H, FO]
      %12 = mul %10, %11 : f32[E, H, FO]
      %agg = aggregate.dst.sum %12 : f32[N, H, FO]
      %13 = mean_heads %agg : f32[N, FO]
      return %13
    }

    """

    static func source(_ text: String, name: String = "t.gir") -> SourceFile { SourceFile(name: name, text: text) }

    /// Parses text that must be valid, returning the module and failing loudly otherwise.
    static func parse(_ text: String, name: String = "t.gir") -> (GraphModule?, [Diagnostic]) {
        IRParser.parse(source(text, name: name))
    }
}
