// Lowering tests: small specs to graph IR — instance and value naming, repeat unrolling, folding, shapes, train and graph settings.
import XCTest
import GNNDiagnostics
import GNNIR
import GNNSpec
import GNNTestSupport

final class LoweringTests: XCTestCase {
    /// Compiles a spec that must be error-free; returns the module and its printed IR.
    func lower(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> (module: GraphModule, ir: String)? {
        let r = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text))
        XCTAssertEqual(r.diagnostics, [], "unexpected diagnostics", file: file, line: line)
        guard let m = r.module else {
            XCTFail("no module", file: file, line: line)
            return nil
        }
        XCTAssertEqual(Verifier.verify(m), [], file: file, line: line)
        return (m, IRPrinter.print(m))
    }

    /// Diagnostics of a spec that must be rejected.
    func errors(_ text: String) -> [Diagnostic] {
        let r = SpecFrontEnd.compile(SourceFile(name: "t.gnn", text: text))
        XCTAssertNil(r.module)
        return r.diagnostics
    }

    func check(_ ir: String, _ checks: String, file: StaticString = #filePath, line: UInt = #line) {
        let failures = fileCheck(input: ir, checks: checks)
        XCTAssertEqual(failures, [], "IR:\n\(ir)", file: file, line: line)
    }

    func params(_ m: GraphModule) -> [String] { m.ops.filter { $0.opcode == .param }.compactMap(\.name) }

    static let mlpAndConv = """
    layer mlp<FI, FO>(h: node[FI]) -> node[FO] {
      param W1: [FI, FO] init glorot
      return h @ W1
    }
    layer conv<FI, FO>(h: node[FI]) -> node[FO] {
      param W: [FI, FO] init glorot
      let agg = aggregate(mean) { h[src] }
      return mlp<FI, FO>(agg) + h @ W
    }

    """

    func testInstanceNamesAsAutoNumberedAndNested() throws {
        let spec = Self.mlpAndConv + """
        model M<F, C>(x: node[F]) -> node[C] {
          let h1 = conv<F, 16>(x) as conv1
          let h2 = conv<16, 16>(h1)
          let h3 = conv<16, 16>(h2)
          return conv<16, C>(h3) as out
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        // `as` names the instance; unnamed calls are `<layer>_<k>` in call order; an instance's own
        // instances are named under it, numbered afresh in each.
        XCTAssertEqual(params(m), ["conv1.W", "conv1.mlp_0.W1", "conv_0.W", "conv_0.mlp_0.W1",
                                   "conv_1.W", "conv_1.mlp_0.W1", "out.W", "out.mlp_0.W1"])
        check(ir, """
        CHECK: %conv1.W = param {init = glorot} : f32[F, 16]
        CHECK: %conv1.agg = aggregate.dst.mean
        CHECK: %conv1.mlp_0.W1 = param {init = glorot} : f32[F, 16]
        CHECK-NEXT: matmul %conv1.agg, %conv1.mlp_0.W1 : f32[N, 16]
        CHECK: %conv_0.W = param {init = glorot} : f32[16, 16]
        CHECK: %conv_1.W = param
        CHECK-NOT: %conv_2
        CHECK: %out.W = param {init = glorot} : f32[16, C]
        CHECK: %out.mlp_0.W1 = param {init = glorot} : f32[16, C]
        """)
    }

    func testNestedInstanceNamedWithAs() throws {
        let spec = """
        layer mlp<FI, FO>(h: node[FI]) -> node[FO] {
          param W1: [FI, FO] init glorot
          param b1: [FO] init zeros
          return h @ W1 + b1
        }
        layer gin<FI, FO>(h: node[FI]) -> node[FO] {
          return mlp<FI, FO>(h + aggregate(sum) { h[src] }) as mlp
        }
        model M<F, C>(x: node[F]) -> node[C] {
          return gin<F, C>(gin<F, F>(x) as conv1) as conv2
        }
        """
        let (m, _) = try XCTUnwrap(lower(spec))
        XCTAssertEqual(params(m), ["conv1.mlp.W1", "conv1.mlp.b1", "conv2.mlp.W1", "conv2.mlp.b1"])
        // The same `as` name twice in one scope is an error, not a silent sharing of parameters.
        let dup = errors("""
        layer lin<F>(h: node[F]) -> node[F] {
          param W: [F, F] init glorot
          return h @ W
        }
        model M<F>(x: node[F]) -> node[F] {
          return lin<F>(lin<F>(x) as a) as a
        }
        """)
        XCTAssertEqual(dup.map(\.id), [.duplicateDefinition], "\(dup)")
    }

    func testLetNamesTheOpItsExpressionCreated() throws {
        let spec = Self.mlpAndConv + """
        model M<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          let h1 = conv<F, F>(x) as conv1
          let alias = h1
          let p = W
          let scaled = alias * 2
          return scaled @ p
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        check(ir, """
        CHECK: %x = input {name = "x"} : f32[N, F]
        CHECK-NEXT: %W = param {init = glorot} : f32[F, C]
        CHECK: %conv1.agg = aggregate.dst.mean
        CHECK: %h1 = add
        CHECK-NOT: %alias
        CHECK-NOT: %p =
        CHECK: %[[TWO:[0-9]+]] = constant {value = 2.0} : f32[]
        CHECK-NEXT: %scaled = mul %h1, %[[TWO]] : f32[N, F]
        CHECK-NEXT: matmul %scaled, %W : f32[N, C]
        """)
        // Only `let`s that built something have names; the final matmul is a temporary.
        XCTAssertNil(m.ops.last?.name)
        XCTAssertEqual(m.results, [ValueID(m.ops.count - 1)])
    }

    /// `as convs[l]` gives each iteration its own instance (PyTorch's ModuleList), `convs` then
    /// names them all in the train block, and a constant index shares one instance as `as` does.
    func testIndexedInstancesGiveEachIterationItsOwnParameters() throws {
        let spec = """
        layer lin<F>(h: node[F]) -> node[F] {
          param W: [F, F] init glorot
          return h @ W
        }
        model M<F>(x: node[F]) -> node[F] {
          var h = x
          repeat l in 2...4 { h = relu(lin<F>(h) as convs[l]) + lin<F>(h) as shared[0] }
          return lin<F>(h) as convs[7]
        }
        train { param_groups = [group(on = [convs], weight_decay = 0.01)] }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        XCTAssertEqual(params(m), ["convs.2.W", "shared.0.W", "convs.3.W", "convs.4.W", "convs.7.W"])
        let matmuls = m.ops.filter { $0.opcode == .matmul }
        func uses(_ name: String) -> Int { matmuls.filter { m.ops[$0.operands[1].index].name == name }.count }
        XCTAssertEqual(["convs.2.W", "convs.3.W", "convs.4.W", "convs.7.W"].map(uses), [1, 1, 1, 1])
        XCTAssertEqual(uses("shared.0.W"), 3)
        XCTAssertTrue(ir.contains("param_groups = [[[convs], weight_decay, 0.01]]"), ir)
    }

    func testRepeatUnrollsAndSharesTheParametersOfAnInstanceCalledInTheLoop() throws {
        let spec = """
        const K = 3
        layer lin<F>(h: node[F]) -> node[F] {
          param W: [F, F] init glorot
          return h @ W
        }
        model M<F>(x: node[F]) -> node[F] {
          var h = lin<F>(x)
          repeat K {
            h = lin<F>(h)
            h = relu(lin<F>(h) as inner)
          }
          return h
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        // One instance before the loop and one per call site inside it: three parameters in all,
        // although the loop body runs three times.
        XCTAssertEqual(params(m), ["lin_0.W", "lin_1.W", "inner.W"])
        let matmuls = m.ops.filter { $0.opcode == .matmul }
        XCTAssertEqual(matmuls.count, 1 + 2 * 3)
        func uses(_ name: String) -> Int { matmuls.filter { m.ops[$0.operands[1].index].name == name }.count }
        XCTAssertEqual(uses("lin_0.W"), 1)
        XCTAssertEqual(uses("lin_1.W"), 3)
        XCTAssertEqual(uses("inner.W"), 3)
        check(ir, """
        CHECK: %lin_1.W = param
        CHECK-NEXT: %h.1 = matmul %h, %lin_1.W
        CHECK-NEXT: %inner.W = param
        CHECK-NEXT: matmul %h.1, %inner.W
        CHECK-NEXT: %h.2 = relu
        CHECK-NEXT: %h.3 = matmul %h.2, %lin_1.W
        CHECK-NOT: param
        CHECK: %h.6 = relu
        CHECK-NEXT: return %h.6
        """)
    }

    func testRepeatUnrollsAParameterFreeLayerKTimes() throws {
        let spec = """
        layer prop<F>(h: node[F]) -> node[F] {
          let dn = rsqrt(in_degree())
          return aggregate(sum) { h[src] * dn[src] } * dn
        }
        model M<F>(x: node[F]) -> node[F] {
          var h = x
          repeat 4 { h = prop<F>(h) }
          return h
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        XCTAssertEqual(m.ops.filter { $0.opcode == .aggregate(.dst, .sum) }.count, 4)
        XCTAssertEqual(params(m), [])
        // The instance keeps its name across iterations; its values get `.1`, `.2`, ...
        check(ir, """
        CHECK: %prop_0.dn = rsqrt
        CHECK: %h = mul
        CHECK: %prop_0.dn.1 = rsqrt
        CHECK: %h.1 = mul
        CHECK: %prop_0.dn.3 = rsqrt
        CHECK: %h.3 = mul
        CHECK-NEXT: return %h.3
        """)
        XCTAssertFalse(ir.contains("prop_1"), ir)
    }

    func testVarReassignmentsAreNumbered() throws {
        let spec = """
        model M<F>(x: node[F]) -> node[F] {
          param W: [F, F] init glorot
          var h = x @ W
          h = relu(h)
          h = h * 2
          return h
        }
        """
        let (_, ir) = try XCTUnwrap(lower(spec))
        check(ir, """
        CHECK: %h = matmul %x, %W : f32[N, F]
        CHECK-NEXT: %h.1 = relu %h : f32[N, F]
        CHECK-NEXT: %[[C:[0-9]+]] = constant {value = 2.0} : f32[]
        CHECK-NEXT: %h.2 = mul %h.1, %[[C]] : f32[N, F]
        CHECK-NEXT: return %h.2
        """)
        // Assigning a value of another type to a var is an error.
        let bad = errors("model M<F>(x: node[F]) -> node[F] {\n  param W: [F, 3] init glorot\n  var h = x\n  h = x @ W\n  return h\n}\n")
        XCTAssertEqual(bad.map(\.id), [.shapeMismatch], "\(bad)")
        // And `let` cannot be reassigned.
        let immutable = errors("model M<F>(x: node[F]) -> node[F] {\n  let h = relu(x)\n  h = x\n  return h\n}\n")
        XCTAssertEqual(immutable.map(\.id), [.assignToImmutable], "\(immutable)")
    }

    func testNumbersFoldIntoASingleConstant() throws {
        let spec = """
        const ALPHA = 0.1
        const TWICE = 2 * 3
        model M<F>(x: node[F]) -> node[F] {
          let a = x * (1 - 0.1)
          let b = (1 - ALPHA) * x
          let c = TWICE + x
          let d = x / 4
          return a + b + c + d
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        check(ir, """
        CHECK: %[[A:[0-9]+]] = constant {value = 0.9} : f32[]
        CHECK-NEXT: %a = mul %x, %[[A]] : f32[N, F]
        CHECK-NEXT: %[[B:[0-9]+]] = constant {value = 0.9} : f32[]
        CHECK-NEXT: %b = mul %[[B]], %x : f32[N, F]
        CHECK-NEXT: %[[C:[0-9]+]] = constant {value = 6.0} : f32[]
        CHECK-NEXT: %c = add %[[C]], %x
        CHECK-NEXT: %[[D:[0-9]+]] = constant {value = 4.0} : f32[]
        CHECK-NEXT: %d = div %x, %[[D]]
        """)
        // No op for the arithmetic on numbers: four constants, no op on scalars only.
        let constants = m.ops.filter { $0.opcode == .constant }
        XCTAssertEqual(constants.count, 4)
        for op in m.ops where op.opcode != .constant {
            XCTAssertFalse(op.operands.allSatisfy { m.ops[$0.index].opcode == .constant } && !op.operands.isEmpty,
                           "an op computes on constants only: \(op)")
        }
    }

    func testHeadsBroadcastViewAndMeanHeadsTypes() throws {
        let spec = """
        layer att<FI, H, F>(h: node[FI]) -> node[F] {
          param W: [FI, H * F] init glorot
          param al: [H, F] init glorot
          let z = (h @ W).view(H, F)
          let s = rowsum(z * al)
          let w = s * z
          let e = edgewise { leaky_relu(s[src] + s[dst], 0.2) }
          let a = edge_softmax(e)
          let m = aggregate(sum) { a[edge] * z[src] }
          return mean_heads(m + w)
        }
        model G<F, C>(x: node[F]) -> node[C] {
          let h = att<F, 4, F>(x) as a1
          return att<F, 2, C>(h.view(F)) as a2
        }
        """
        let (_, ir) = try XCTUnwrap(lower(spec))
        check(ir, """
        CHECK: %a1.W = param {init = glorot} : f32[F, 4*F]
        CHECK: %[[P:[0-9]+]] = matmul %x, %a1.W : f32[N, 4*F]
        CHECK-NEXT: %a1.z = view %[[P]] {shape = <4, F>} : f32[N, 4, F]
        CHECK: %a1.s = rowsum {{.*}} : f32[N, 4, 1]
        CHECK-NEXT: %a1.w = mul %a1.s, %a1.z : f32[N, 4, F]
        CHECK: %a1.e = leaky_relu {{.*}} {slope = 0.2} : f32[E, 4, 1]
        CHECK-NEXT: %a1.a = edge_softmax %a1.e : f32[E, 4, 1]
        CHECK-NEXT: %[[G:[0-9]+]] = gather.src %a1.z : f32[E, 4, F]
        CHECK-NEXT: mul %a1.a, %[[G]] : f32[E, 4, F]
        CHECK-NEXT: %a1.m = aggregate.dst.sum {{.*}} : f32[N, 4, F]
        CHECK: %h = mean_heads {{.*}} : f32[N, F]
        CHECK-NEXT: view %h {shape = <F>} : f32[N, F]
        CHECK: %a2.W = param {init = glorot} : f32[F, 2*C]
        CHECK: view {{.*}} {shape = <2, C>} : f32[N, 2, C]
        CHECK: mean_heads {{.*}} : f32[N, C]
        """)
        // [H, F] against [F, H] does not broadcast; a view must keep the element count.
        let mismatch = errors("""
        model G<F>(x: node[F], y: node[2, F]) -> node[F] {
          let z = y * y.view(F, 2)
          return x
        }
        """)
        XCTAssertEqual(mismatch.map(\.id), [.shapeMismatch], "\(mismatch)")
        let badView = errors("model G<F>(x: node[F]) -> node[F] {\n  let z = x.view(2, F)\n  return x\n}\n")
        XCTAssertEqual(badView.map(\.id), [.viewSizeMismatch], "\(badView)")
    }

    func testModelDimensionsStaySymbolic() throws {
        let spec = """
        model Net<F, C>(x: node[F]) -> node[C] {
          param W: [F, C] init glorot
          param b: [C] init zeros
          return relu(x @ W + b)
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        XCTAssertEqual(m.dimParams, ["F", "C"])
        check(ir, """
        CHECK: model @Net<F, C> {
        CHECK-NEXT: %x = input {name = "x"} : f32[N, F]
        CHECK-NEXT: %W = param {init = glorot} : f32[F, C]
        CHECK-NEXT: %b = param {init = zeros} : f32[C]
        CHECK-NEXT: matmul %x, %W : f32[N, C]
        CHECK-NEXT: add {{.*}} : f32[N, C]
        CHECK-NEXT: relu {{.*}} : f32[N, C]
        CHECK-NEXT: return
        """)
        XCTAssertEqual(m.type(of: m.results[0]), TensorType(.f32, .node, [Dim(symbol: "C")]))
    }

    static let smallModel = """
    layer lin<FI, FO>(h: node[FI]) -> node[FO] {
      param W: [FI, FO] init glorot
      return h @ W
    }
    model M<F, C>(x: node[F]) -> node[C] {
      param scale: [F] init ones
      return lin<16, C>(lin<F, 16>(x * scale) as conv1) as conv2
    }

    """

    func testTrainDefaultsAreFilledIn() throws {
        let (m, ir) = try XCTUnwrap(lower(Self.smallModel))
        XCTAssertEqual(m.train.description, "{beta1 = 0.9, beta2 = 0.999, epochs = 200, eps = 1e-08, loss = cross_entropy, lr = 0.01, normalize_features = false, optimizer = adam, precision = f32, weight_decay = 0.0}")
        XCTAssertTrue(ir.hasSuffix("}\ntrain \(m.train.description)\n"), ir)
        // Settings given replace their defaults; a different optimizer brings its own defaults.
        let (m2, _) = try XCTUnwrap(lower(Self.smallModel + "train { epochs = 50 optimizer = sgd(lr = 0.1) precision = bf16 }"))
        XCTAssertEqual(m2.train.description, "{epochs = 50, loss = cross_entropy, lr = 0.1, momentum = 0.0, normalize_features = false, optimizer = sgd, precision = bf16, weight_decay = 0.0}")
        let (m3, _) = try XCTUnwrap(lower(Self.smallModel + "train { optimizer = adam(weight_decay = 5e-4) }"))
        XCTAssertEqual(m3.train["weight_decay"], .float(5e-4))
        XCTAssertEqual(m3.train["lr"], .float(0.01))
        XCTAssertEqual(m3.train["epochs"], .int(200))
    }

    /// `loss = nll | mse | cross_entropy` is stated in the lowered IR (autodiff reads it there).
    func testLossIsStatedInTheTrainBlock() throws {
        for loss in ["cross_entropy", "nll", "mse"] {
            let (m, ir) = try XCTUnwrap(lower(Self.smallModel + "train { loss = \(loss) }"))
            XCTAssertEqual(m.train["loss"], .ident(loss))
            XCTAssertTrue(ir.contains("loss = \(loss),"), ir)
        }
    }

    /// reduce(max|min) { node value } is one max_to / min_to to the global feature shape;
    /// log_softmax one op of its argument's type.
    func testReduceExtremaAndLogSoftmaxLowerToOneOpEach() throws {
        let (_, ir) = try XCTUnwrap(lower("""
            model M<F, C>(x: node[F]) -> node[C] {
              param W: [F, 2 * C] init glorot
              let z = (x @ W).view(2, C)
              let top = reduce(max) { z }
              let low = reduce(min) { z }
              return mean_heads(log_softmax(z - top + low))
            }
            """))
        XCTAssertTrue(ir.contains("%top = max_to %z : f32[2, C]"), ir)
        XCTAssertTrue(ir.contains("%low = min_to %z : f32[2, C]"), ir)
        XCTAssertNotNil(ir.range(of: #"%\d+ = log_softmax %\d+ : f32\[N, 2, C\]"#, options: .regularExpression), ir)
    }

    func testWeightDecayOnAcceptsInstanceAndParameterNames() throws {
        let (m, ir) = try XCTUnwrap(lower(Self.smallModel + "train { weight_decay_on = [conv1, scale] }"))
        XCTAssertEqual(m.train["weight_decay_on"], .list([.ident("conv1"), .ident("scale")]))
        XCTAssertTrue(ir.contains("weight_decay_on = [conv1, scale]"), ir)
        // An unknown name is E336, with the instances listed in a note.
        let ds = errors(Self.smallModel + "train { weight_decay_on = [conv3] }")
        XCTAssertEqual(ds.map(\.id), [.unknownWeightDecayScope], "\(ds)")
        XCTAssertEqual(ds.first?.notes.map(\.message), ["instances: conv1, conv2"])
        // A prefix of an instance name is not an instance.
        XCTAssertEqual(errors(Self.smallModel + "train { weight_decay_on = [conv] }").map(\.id), [.unknownWeightDecayScope])
    }

    func testGraphSettings() throws {
        let none = try XCTUnwrap(lower("model M<F>(x: node[F]) -> node[F] {\n  graph { self_loops = none }\n  return aggregate(sum) { x[src] }\n}\n"))
        XCTAssertEqual(none.module.graphSettings["self_loops"], .ident("none"))
        check(none.ir, """
        CHECK: model @M<F> {
        CHECK-NEXT: graph {self_loops = none}
        CHECK-NEXT: %x = input
        """)
        let add = try XCTUnwrap(lower("model M<F>(x: node[F]) -> node[F] {\n  graph { self_loops = add }\n  return x\n}\n"))
        XCTAssertEqual(add.module.graphSettings["self_loops"], .ident("add"))
        // Without a graph block nothing is printed for it.
        let plain = try XCTUnwrap(lower("model M<F>(x: node[F]) -> node[F] {\n  return x\n}\n"))
        XCTAssertTrue(plain.module.graphSettings.isEmpty)
        check(plain.ir, """
        CHECK: model @M<F> {
        CHECK-NOT: graph
        CHECK: return %x
        """)
        XCTAssertEqual(errors("model M<F>(x: node[F]) -> node[F] {\n  graph { self_loops = maybe }\n  return x\n}\n").map(\.id), [.badGraphSetting])
        XCTAssertEqual(errors("layer l<F>(h: node[F]) -> node[F] {\n  graph { self_loops = none }\n  return h\n}\nmodel M<F>(x: node[F]) -> node[F] {\n  return l<F>(x)\n}\n").map(\.id), [.badGraphSetting])
    }

    /// Lowered IR of every feature above prints and parses back to the same text.
    func testLoweredIRRoundTrips() throws {
        for spec in [Self.smallModel + "train { weight_decay_on = [conv1] }", Self.mlpAndConv + "model M<F>(x: node[F]) -> node[F] {\n  graph { self_loops = none }\n  return conv<F, F>(x) * (1 - 0.1)\n}\n"] {
            let (_, ir) = try XCTUnwrap(lower(spec))
            let (parsed, ds) = IRParser.parse(SourceFile(name: "t.gir", text: ir))
            XCTAssertEqual(ds, [])
            XCTAssertEqual(parsed.map(IRPrinter.print), ir)
        }
    }

    /// max and min are called by name, take a number on either side the way `+` does (a scalar
    /// constant that broadcasts), fold on two numbers, broadcast like the operators, and print as
    /// `maximum` and `minimum` in a .gir that parses back.
    func testMaxAndMinTakeTensorsAndNumbersLikeTheOperators() throws {
        let spec = """
        model M<H, F>(x: node[H, F]) -> node[H, F] {
          let s = rowsum(x)
          let d = max(in_degree(), 1)
          let e = d + 1
          let a = min(x, s)
          let b = max(max(1, 2 * 3) - min(0.5, 4), x)
          let c = clamp(pow(sqrt(abs(x) + 1), 3), -1, 2)
          return gelu(a) + silu(b) + selu(c) * square(x) + d + e
        }
        """
        let (m, ir) = try XCTUnwrap(lower(spec))
        check(ir, """
        CHECK: %[[ONE:[0-9]+]] = constant {value = 1.0} : f32[]
        CHECK-NEXT: %d = maximum %{{[0-9]+}}, %[[ONE]] : f32[N, 1]
        CHECK: %e = add %d, %{{[0-9]+}} : f32[N, 1]
        CHECK-NEXT: %a = minimum %x, %s : f32[N, H, F]
        CHECK-NEXT: %[[K:[0-9]+]] = constant {value = 5.5} : f32[]
        CHECK-NEXT: %b = maximum %[[K]], %x : f32[N, H, F]
        CHECK: abs %x
        CHECK: sqrt
        CHECK: pow %{{[0-9]+}} {p = 3.0}
        CHECK: %c = clamp %{{[0-9]+}} {hi = 2.0, lo = -1.0}
        CHECK: gelu %a
        CHECK: silu %b
        CHECK: selu %c
        CHECK: square %x
        """)
        XCTAssertFalse(m.ops.contains { $0.opcode == .unary(.step) }, "step is internal to the backward")
        let (parsed, ds) = IRParser.parse(SourceFile(name: "t.gir", text: ir))
        XCTAssertEqual(ds, [])
        XCTAssertEqual(parsed.map(IRPrinter.print), ir)
        // Broadcasting follows the operators' rule: a node value never meets an edge value.
        let bad = errors("""
        model M<F>(x: node[F]) -> node[F] {
          let e = edgewise { x[src] }
          return max(x, e)
        }
        """)
        XCTAssertEqual(bad.map(\.id), [.domainMismatch], "\(bad)")
    }
}
