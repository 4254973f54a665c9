// Hostile inputs that once flooded the front ends: long runs of one bad character, a megabyte of NUL, deep nesting, megabyte lines.

/// One input, as raw bytes (0xFF is not UTF-8, so text would not do), with the name it is
/// compiled under; its extension picks the front end (.gnn spec, .gir graph IR, .kir kernel IR).
public struct FloodInput: Sendable, CustomStringConvertible {
    public var name: String
    public var bytes: [UInt8]
    /// A valid program: it may compile, and it is real work rather than a flood, so its time bound
    /// is wider.
    public var isValidProgram = false
    public var description: String { "\(name) (\(bytes.count) bytes)" }
}

/// The bounds every flood input must keep, measured in the tests to catch hangs and floods (not
/// to benchmark): generous against a loaded machine and a debug build, far below the old
/// behaviour (10 KB of NUL took 4.6 s and printed 150 MB; 1 MB of NUL ran out of time at 5.9 GB).
public enum FloodBounds {
    public static let seconds = 2.0
    public static let validProgramSeconds = 10.0
    public static let outputBytes = 64 * 1024
    /// The default error limit, and the one line that says gnnc stopped.
    public static let maxErrors = 21
}

public enum FloodInputs {
    static let megabyte = 1 << 20
    static let model = "model M(x: node[4]) -> node[4] {\n"

    static func repeated(_ byte: UInt8, _ count: Int) -> [UInt8] { [UInt8](repeating: byte, count: count) }
    static func text(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Specs (.gnn).
    public static var spec: [FloodInput] {
        let deep = 10_000
        var inputs: [FloodInput] = []
        for (label, byte) in [("nul", UInt8(0)), ("ff", UInt8(0xFF)), ("at", UInt8(ascii: "@")), ("dollar", UInt8(ascii: "$"))] {
            inputs.append(FloodInput(name: "line-of-\(label).gnn", bytes: repeated(byte, 100_000)))
            // The same run inside a model body, where the parser and the checks see it too.
            inputs.append(FloodInput(name: "body-of-\(label).gnn", bytes: text(model + "  let a = ") + repeated(byte, 100_000) + text("\n  return x\n}\n")))
        }
        inputs.append(FloodInput(name: "megabyte-of-nul.gnn", bytes: repeated(0, megabyte)))
        // One error every two bytes: only the error limit keeps this short.
        inputs.append(FloodInput(name: "dollar-space.gnn", bytes: text(String(repeating: "$ ", count: megabyte / 2))))
        inputs.append(FloodInput(name: "error-per-line.gnn",
                                 bytes: text(model + String(repeating: "  let a = nosuch\n", count: 50_000) + "  return x\n}\n")))
        for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
            let nested = String(repeating: open, count: deep) + "x" + String(repeating: close, count: deep)
            inputs.append(FloodInput(name: "nested-\(open).gnn", bytes: text(model + "  return " + nested + "\n}\n")))
            inputs.append(FloodInput(name: "unclosed-\(open).gnn", bytes: text(model + "  let a = " + String(repeating: open, count: deep) + "\n")))
        }
        inputs.append(FloodInput(name: "nested-braces-in-body.gnn", bytes: text(model + String(repeating: "{", count: deep) + "\n}\n")))
        inputs.append(FloodInput(name: "nested-repeat.gnn", bytes: text(model + "  var h = x\n  " + String(repeating: "repeat 1 { ", count: deep) + "h = h"
                                                                        + String(repeating: " }", count: deep) + "\n  return h\n}\n")))
        // A megabyte on one line, every token valid: a program with 80,000 statements.
        var line = model.dropLast() + " "
        var i = 0
        while line.utf8.count < megabyte { line += "let a\(i) = x "; i += 1 }
        inputs.append(FloodInput(name: "megabyte-line-of-statements.gnn", bytes: text(line + "return x }\n"), isValidProgram: true))
        // A megabyte line of valid tokens that is not a program: one error, the rest skipped.
        inputs.append(FloodInput(name: "megabyte-line-of-names.gnn", bytes: text(String(repeating: "x ", count: megabyte / 2) + "\n")))
        // Two 30,000-character names one letter apart: "did you mean" compared them letter by letter
        // (900 million steps) before it knew they were too long to be a typo.
        let long = String(repeating: "a", count: 30_000)
        inputs.append(FloodInput(name: "long-names.gnn", bytes: text(model + "  let \(long) = x\n  return \(long)b\n}\n")))
        return inputs
    }

    /// Graph IR (.gir), which `gnnc opt` reads.
    public static var graphIR: [FloodInput] {
        let deep = 10_000
        var inputs: [FloodInput] = []
        for (label, byte) in [("nul", UInt8(0)), ("ff", UInt8(0xFF)), ("dollar", UInt8(ascii: "$"))] {
            inputs.append(FloodInput(name: "line-of-\(label).gir", bytes: repeated(byte, 100_000)))
        }
        inputs.append(FloodInput(name: "megabyte-of-nul.gir", bytes: repeated(0, megabyte)))
        inputs.append(FloodInput(name: "dollar-space.gir", bytes: text("model @M {\n" + String(repeating: "$ ", count: megabyte / 2))))
        inputs.append(FloodInput(name: "error-per-line.gir",
                                 bytes: text("model @M {\n" + String(repeating: "  %a = nosuch : f32[N]\n", count: 50_000) + "}\n")))
        for open in ["(", "[", "{", "<"] {
            inputs.append(FloodInput(name: "nested-\(open).gir",
                                     bytes: text("model @M {\n  %x = input {k = " + String(repeating: open, count: deep) + "} : f32[N]\n  return %x\n}\n")))
        }
        inputs.append(FloodInput(name: "megabyte-line.gir",
                                 bytes: text("model @M {\n  %x = input {" + (0..<100_000).map { "k\($0) = \($0)" }.joined(separator: ", ") + "} : f32[N]\n  return %x\n}\n"),
                                 isValidProgram: true))
        return inputs
    }

    /// Kernel IR (.kir), which `gnnc opt` reads too.
    public static var kernelIR: [FloodInput] {
        var inputs: [FloodInput] = []
        for (label, byte) in [("nul", UInt8(0)), ("ff", UInt8(0xFF)), ("dollar", UInt8(ascii: "$"))] {
            inputs.append(FloodInput(name: "line-of-\(label).kir", bytes: repeated(byte, 100_000)))
        }
        inputs.append(FloodInput(name: "megabyte-of-nul.kir", bytes: repeated(0, megabyte)))
        inputs.append(FloodInput(name: "dollar-space.kir", bytes: text(String(repeating: "? ", count: megabyte / 2))))
        inputs.append(FloodInput(name: "nested-(.kir",
                                 bytes: text("kernels @P {\n  buffer #0 y : f32[N] temp\n  kernel k0 // c\n    #0[0] = " + String(repeating: "(", count: 10_000) + "\n")))
        return inputs
    }
}
