// Writes dataset directories for tests: .npy arrays with NumPy's header layout, CSV text, gzip through the system's gzip.
import Foundation
import XCTest

/// A temporary directory, removed when the test ends.
public struct DatasetFixture {
    public let directory: String

    public init(_ test: XCTestCase, name: String = "graph") throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gnnc-data-\(UUID().uuidString)").path
        directory = root + "/" + name
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
    }

    public func path(_ name: String) -> String { directory + "/" + name }

    public func write(_ name: String, _ text: String) throws {
        let p = path(name)
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: p, atomically: true, encoding: .utf8)
    }

    public func writeBytes(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
    }

    /// `name` compressed with gzip (`name` must end in .gz; the text is written compressed).
    public func writeGzip(_ name: String, _ text: String) throws {
        let plain = String(path(name).dropLast(3))
        try write(String(name.dropLast(3)), text)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "gzip -nf '\(plain)'"]
        try p.run(); p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
    }

    /// A .npy file (format 1.0) of `descr` elements, e.g. `<i8`, `<f4`, `|b1`.
    public func writeNPY(_ name: String, descr: String, shape: [Int], fortran: Bool = false, data: [UInt8]) throws {
        let shapeText = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shapeText), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        let n = header.utf8.count
        try writeBytes(name, [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(n & 0xFF), UInt8(n >> 8)] + Array(header.utf8) + data)
    }

    public func writeInt64(_ name: String, shape: [Int], _ values: [Int64]) throws {
        try writeNPY(name, descr: "<i8", shape: shape, data: values.flatMap { bytes($0) })
    }
    public func writeInt32(_ name: String, shape: [Int], _ values: [Int32]) throws {
        try writeNPY(name, descr: "<i4", shape: shape, data: values.flatMap { bytes($0) })
    }
    public func writeFloat32(_ name: String, shape: [Int], _ values: [Float]) throws {
        try writeNPY(name, descr: "<f4", shape: shape, data: values.flatMap { bytes($0.bitPattern) })
    }
    public func writeFloat64(_ name: String, shape: [Int], _ values: [Double]) throws {
        try writeNPY(name, descr: "<f8", shape: shape, data: values.flatMap { bytes($0.bitPattern) })
    }
    public func writeBool(_ name: String, _ values: [Bool]) throws {
        try writeNPY(name, descr: "|b1", shape: [values.count], data: values.map { $0 ? 1 : 0 })
    }

    public func bytes<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }

    /// A 6-node graph: a ring 0->1->...->5->0 both ways, 3 features per node, 2 classes, split 2/2/2.
    public func writeSmallGraph(csv: Bool = false) throws {
        let ring = (0..<6).flatMap { [($0, ($0 + 1) % 6), (($0 + 1) % 6, $0)] }
        if csv {
            try write("edges.csv", "src,dst\n" + ring.map { "\($0.0),\($0.1)" }.joined(separator: "\n") + "\n")
            try write("node_features.csv", (0..<6).map { v in (0..<3).map { "\(Float(v) + Float($0) / 4)" }.joined(separator: ",") }.joined(separator: "\n"))
            try write("labels.csv", "label\n" + (0..<6).map { "\($0 % 2)" }.joined(separator: "\n") + "\n")
        } else {
            try writeInt64("edges.npy", shape: [2, ring.count], ring.map { Int64($0.0) } + ring.map { Int64($0.1) })
            try writeFloat32("node_features.npy", shape: [6, 3], (0..<6).flatMap { v in (0..<3).map { Float(v) + Float($0) / 4 } })
            try writeInt64("labels.npy", shape: [6], (0..<6).map { Int64($0 % 2) })
        }
        try writeInt64("train_idx.npy", shape: [2], [0, 1])
        try writeInt64("val_idx.npy", shape: [2], [2, 3])
        try writeInt64("test_idx.npy", shape: [2], [4, 5])
    }
}
