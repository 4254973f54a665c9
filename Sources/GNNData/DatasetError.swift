// The one error type of GNNData: a message that names the file (and, for pickles, the offset).
import GNNDiagnostics

/// A dataset could not be found, read or understood. `message` is complete and printable:
/// it starts with the file name (e.g. `ind.cora.tx: offset 204: BINSTRING: ...`).
public struct DatasetError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    /// The file at fault (its base name, as in the message), when one is.
    public var file: String?
    /// The byte offset of the pickle opcode at fault, when there is one.
    public var offset: Int?
    /// The data is well formed but more than this machine holds (memory): a resource failure
    /// (exit 3), not bad input.
    public var exhaustsMemory = false

    public init(_ message: String, file: String? = nil, offset: Int? = nil) {
        self.message = message; self.file = file; self.offset = offset
    }

    /// An error about `file`, with the file name (and offset) prefixed to `what`.
    static func inFile(_ file: String, _ what: String, offset: Int? = nil) -> DatasetError {
        let at = offset.map { "offset \($0): " } ?? ""
        return DatasetError("\(file): \(at)\(what)", file: file, offset: offset)
    }

    public var description: String { message }
}

extension DatasetError: DiagnosticConvertible {
    public var diagnostic: Diagnostic { Diagnostic(exhaustsMemory ? .outOfMemory : .datasetInvalid, message, at: nil) }
}
