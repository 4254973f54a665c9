// A pickle (protocol 2) reader for the objects in the Planetoid files; it builds a value tree and never runs code.

/// A list built by EMPTY_LIST/APPEND(S). A class because the memo shares it and APPEND mutates
/// it after it was memoised.
public final class PickleList {
    public internal(set) var items: [PickleValue] = []
    /// Nesting depth of the contents, kept to refuse absurdly deep (hostile or damaged) input.
    var depth = 1
}

/// A dict (or `collections.defaultdict`) built by EMPTY_DICT/SETITEM(S); insertion order kept.
public final class PickleDict {
    public internal(set) var entries: [(key: PickleValue, value: PickleValue)] = []
    var depth = 1

    /// The value under a string key (Python 2 `str` keys are byte strings).
    public subscript(key: String) -> PickleValue? {
        entries.first { $0.key.text == key }?.value
    }
}

/// What REDUCE/NEWOBJ would have constructed: the callable's name, its arguments and the
/// BUILD state. Nothing is called; `PickleObjects` interprets the few kinds we know.
public final class PickleObject {
    public let module: String
    public let name: String
    public let args: [PickleValue]
    public internal(set) var state: PickleValue?
    var depth: Int

    init(module: String, name: String, args: [PickleValue], depth: Int) {
        self.module = module; self.name = name; self.args = args; self.depth = depth
    }

    public var qualifiedName: String { "\(module).\(name)" }
}

/// A node of the unpickled value tree.
public enum PickleValue {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// BINSTRING/SHORT_BINSTRING (a Python 2 `str`) and BINBYTES: raw bytes.
    case bytes([UInt8])
    /// BINUNICODE: text.
    case string(String)
    case tuple([PickleValue])
    case list(PickleList)
    case dict(PickleDict)
    case global(module: String, name: String)
    case object(PickleObject)

    public var int: Int? { if case .int(let v) = self { return v }; return nil }
    public var tuple: [PickleValue]? { if case .tuple(let t) = self { return t }; return nil }

    /// Byte strings and text as a String (Python 2 pickles spell names and dtypes as bytes).
    public var text: String? {
        switch self {
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .string(let s): return s
        default: return nil
        }
    }

    /// A short name of what this is, for error messages ("found collections.defaultdict").
    public var kind: String {
        switch self {
        case .none: return "None"
        case .bool: return "a bool"
        case .int: return "an int"
        case .float: return "a float"
        case .bytes: return "a byte string"
        case .string: return "a unicode string"
        case .tuple(let t): return "a \(t.count)-tuple"
        case .list: return "a list"
        case .dict: return "a dict"
        case .global(let m, let n): return "the global \(m).\(n)"
        case .object(let o): return o.qualifiedName
        }
    }
}

public enum Pickle {
    /// Deepest nesting accepted; the Planetoid objects nest 4 deep. The bound keeps recursive
    /// teardown of a damaged file's value tree far away from the stack limit.
    public static let maxDepth = 64

    /// Unpickles `bytes`; errors name `file`, the opcode and its offset.
    public static func load(_ bytes: [UInt8], file: String) throws(DatasetError) -> PickleValue {
        var reader = PickleReader(bytes: bytes, file: file)
        return try reader.run()
    }
}

/// The pickle virtual machine: a value stack, a mark stack and a memo.
struct PickleReader {
    typealias Entry = (value: PickleValue, depth: Int)
    let bytes: [UInt8]
    let file: String
    var pos = 0
    var stack: [Entry] = []
    /// Stack heights at each MARK (Python keeps a separate "metastack"; same idea).
    var marks: [Int] = []
    var memo: [Int: Entry] = [:]
    /// Where the opcode being executed starts, and its byte, for error messages.
    var opStart = 0
    var opCode: UInt8 = 0

    init(bytes: [UInt8], file: String) { self.bytes = bytes; self.file = file }

    mutating func run() throws(DatasetError) -> PickleValue {
        while pos < bytes.count {
            opStart = pos
            let code = bytes[pos]
            pos += 1
            opCode = code
            if code == UInt8(ascii: ".") { return try pop().value }  // STOP
            try execute(code)
        }
        throw DatasetError.inFile(file, "the data ends without a STOP opcode (truncated file?)", offset: bytes.count)
    }

    // MARK: - Dispatch

    mutating func execute(_ code: UInt8) throws(DatasetError) {
        switch code {
        case 0x80: try proto()
        case 0x95: _ = try take(8)  // FRAME (protocol 4): only a read-ahead hint
        case UInt8(ascii: "c"): try global()
        case 0x93: try stackGlobal()
        case UInt8(ascii: "R"): try reduce()
        case 0x81: try reduce()  // NEWOBJ: cls, args -> object, recorded like REDUCE
        case UInt8(ascii: "b"): try build()
        default: try executeData(code)
        }
    }

    /// Opcodes that push scalars or build containers.
    mutating func executeData(_ code: UInt8) throws(DatasetError) {
        switch code {
        case UInt8(ascii: "J"): push(.int(Int(Int32(bitPattern: try littleEndian(4)))))
        case UInt8(ascii: "K"): push(.int(Int(try littleEndian(1))))
        case UInt8(ascii: "M"): push(.int(Int(try littleEndian(2))))
        case 0x8a: try long(lengthBytes: 1)
        case 0x8b: try long(lengthBytes: 4)
        case UInt8(ascii: "G"): push(.float(Double(bitPattern: try bigEndian64())))
        case UInt8(ascii: "U"), UInt8(ascii: "C"): push(.bytes(try take(Int(try littleEndian(1)))))
        case UInt8(ascii: "T"), UInt8(ascii: "B"): push(.bytes(try take(try length32())))
        case UInt8(ascii: "X"): push(.string(String(decoding: try take(try length32()), as: UTF8.self)))
        case 0x8c: push(.string(String(decoding: try take(Int(try littleEndian(1))), as: UTF8.self)))
        case UInt8(ascii: "N"): push(.none)
        case 0x88: push(.bool(true))
        case 0x89: push(.bool(false))
        default: try executeContainer(code)
        }
    }

    mutating func executeContainer(_ code: UInt8) throws(DatasetError) {
        switch code {
        case UInt8(ascii: ")"): push(.tuple([]))
        case 0x85: try tuple(try popN(1))
        case 0x86: try tuple(try popN(2))
        case 0x87: try tuple(try popN(3))
        case UInt8(ascii: "t"): try tuple(try popToMark())
        case UInt8(ascii: "("): marks.append(stack.count)
        case UInt8(ascii: "]"): push(.list(PickleList()))
        case UInt8(ascii: "l"): let items = try popToMark(); try append(to: newList(), items)
        case UInt8(ascii: "}"): push(.dict(PickleDict()))
        case UInt8(ascii: "d"): let items = try popToMark(); try setItems(in: newDict(), items)
        case UInt8(ascii: "a"): let item = try pop(); try append(to: try top(), [item])
        case UInt8(ascii: "e"): let items = try popToMark(); try append(to: try top(), items)
        case UInt8(ascii: "s"): let kv = try popN(2); try setItems(in: try top(), kv)
        case UInt8(ascii: "u"): let kv = try popToMark(); try setItems(in: try top(), kv)
        default: try executeMemo(code)
        }
    }

    mutating func executeMemo(_ code: UInt8) throws(DatasetError) {
        switch code {
        case UInt8(ascii: "q"): memo[Int(try littleEndian(1))] = try top()
        case UInt8(ascii: "r"): memo[Int(try littleEndian(4))] = try top()
        case 0x94: memo[memo.count] = try top()  // MEMOIZE
        case UInt8(ascii: "h"): try get(Int(try littleEndian(1)))
        case UInt8(ascii: "j"): try get(Int(try littleEndian(4)))
        case UInt8(ascii: "0"): try popOrMark()
        case UInt8(ascii: "1"): _ = try popToMark()
        case UInt8(ascii: "2"): push(try top())
        default:
            let hex = String(code, radix: 16)
            throw DatasetError.inFile(file, "unknown or unsupported pickle opcode 0x\(hex.count < 2 ? "0" + hex : hex)", offset: opStart)
        }
    }

    // MARK: - Opcodes

    mutating func proto() throws(DatasetError) {
        let version = try littleEndian(1)
        // Protocols up to 4 only add opcodes we either handle or reject by name.
        guard version <= 4 else { throw fail("unsupported pickle protocol \(version)") }
    }

    /// GLOBAL: "module\nname\n". Only recorded; nothing is imported or called.
    mutating func global() throws(DatasetError) {
        let module = try line(), name = try line()
        push(.global(module: module, name: name))
    }

    mutating func stackGlobal() throws(DatasetError) {
        let parts = try popN(2)
        guard let module = parts[0].value.text, let name = parts[1].value.text else {
            throw fail("expected two strings, found \(parts[0].value.kind) and \(parts[1].value.kind)")
        }
        push(.global(module: module, name: name))
    }

    /// REDUCE/NEWOBJ: callable(*args). dict/defaultdict/list become containers (SETITEMS and
    /// APPENDS follow); anything else becomes a `PickleObject` for BUILD to fill in.
    mutating func reduce() throws(DatasetError) {
        let parts = try popN(2)
        guard case .global(let module, let name) = parts[0].value else {
            throw fail("the callable is \(parts[0].value.kind), expected a global")
        }
        guard let args = parts[1].value.tuple else { throw fail("the arguments are \(parts[1].value.kind), expected a tuple") }
        switch (module, name) {
        case ("collections", "defaultdict"), ("__builtin__", "dict"), ("builtins", "dict"):
            push(.dict(PickleDict()))  // the default factory does not matter to a reader
        case ("__builtin__", "list"), ("builtins", "list"):
            guard args.isEmpty else { throw fail("list(...) with arguments is not supported") }
            push(.list(PickleList()))
        default:
            let depth = try checked(parts[1].depth + 1)
            push((.object(PickleObject(module: module, name: name, args: args, depth: depth)), depth))
        }
    }

    /// BUILD: obj.__setstate__(state). Objects keep the state (dict states merge); a dict
    /// target takes a dict state's items, as `__dict__.update` would.
    mutating func build() throws(DatasetError) {
        let state = try pop()
        let target = try top()
        let depth = try checked(depthOf(state) + 1)
        switch (target.value, state.value) {
        case (.object(let o), _):
            if case .dict(let old)? = o.state, case .dict(let new) = state.value {
                old.entries.append(contentsOf: new.entries)
            } else {
                o.state = state.value
            }
            o.depth = max(o.depth, depth)
        case (.dict(let d), .dict(let new)):
            d.entries.append(contentsOf: new.entries)
            d.depth = max(d.depth, depth)
        default:
            throw fail("cannot apply state \(state.value.kind) to \(target.value.kind)")
        }
    }

    /// LONG1/LONG4: a little-endian two's-complement integer of n bytes; more than 8 is refused.
    mutating func long(lengthBytes: Int) throws(DatasetError) {
        let n = lengthBytes == 1 ? Int(try littleEndian(1)) : try length32()
        guard n <= 8 else { throw fail("a \(n)-byte integer does not fit in 64 bits") }
        let raw = try take(n)
        var value: UInt64 = 0
        for (i, b) in raw.enumerated() { value |= UInt64(b) << (8 * UInt64(i)) }
        if n > 0 && n < 8 && raw[n - 1] & 0x80 != 0 { value |= ~0 << (8 * UInt64(n)) }  // sign-extend
        push(.int(Int(Int64(bitPattern: value))))
    }

    mutating func tuple(_ items: [Entry]) throws(DatasetError) {
        let depth = try checked((items.map { depthOf($0) }.max() ?? 0) + 1)
        push((.tuple(items.map(\.value)), depth))
    }

    mutating func newList() -> Entry { let e: Entry = (.list(PickleList()), 1); push(e); return e }
    mutating func newDict() -> Entry { let e: Entry = (.dict(PickleDict()), 1); push(e); return e }

    func append(to target: Entry, _ items: [Entry]) throws(DatasetError) {
        guard case .list(let list) = target.value else { throw fail("cannot append to \(target.value.kind)") }
        let depth = try checked((items.map { depthOf($0) }.max() ?? 0) + 1)
        list.items.append(contentsOf: items.map(\.value))
        list.depth = max(list.depth, depth)
    }

    func setItems(in target: Entry, _ items: [Entry]) throws(DatasetError) {
        guard case .dict(let dict) = target.value else { throw fail("cannot set items in \(target.value.kind)") }
        guard items.count % 2 == 0 else { throw fail("\(items.count) values do not make key/value pairs") }
        let depth = try checked((items.map { depthOf($0) }.max() ?? 0) + 1)
        for i in stride(from: 0, to: items.count, by: 2) {
            dict.entries.append((items[i].value, items[i + 1].value))
        }
        dict.depth = max(dict.depth, depth)
    }

    mutating func get(_ index: Int) throws(DatasetError) {
        guard let e = memo[index] else { throw fail("memo slot \(index) was never stored") }
        push(e)
    }

    // MARK: - Stack

    mutating func push(_ v: PickleValue) { stack.append((v, 1)) }
    mutating func push(_ e: Entry) { stack.append(e) }

    /// The lowest stack index the current opcode may touch: nothing below the last MARK.
    var floor: Int { marks.last ?? 0 }

    func top() throws(DatasetError) -> Entry {
        guard stack.count > floor else { throw fail("stack underflow") }
        return stack[stack.count - 1]
    }

    mutating func pop() throws(DatasetError) -> Entry {
        guard stack.count > floor else { throw fail("stack underflow") }
        return stack.removeLast()
    }

    mutating func popN(_ n: Int) throws(DatasetError) -> [Entry] {
        guard stack.count - floor >= n else { throw fail("stack underflow (needs \(n) values)") }
        let items = Array(stack[(stack.count - n)...])
        stack.removeLast(n)
        return items
    }

    mutating func popToMark() throws(DatasetError) -> [Entry] {
        guard let mark = marks.popLast() else { throw fail("no MARK to pop to") }
        let items = Array(stack[mark...])
        stack.removeSubrange(mark...)
        return items
    }

    /// POP removes a value, or the MARK itself when nothing was pushed since (as Python does).
    mutating func popOrMark() throws(DatasetError) {
        if let mark = marks.last, mark == stack.count { marks.removeLast() } else { _ = try pop() }
    }

    /// The container's current depth (it may have grown since it was pushed).
    func depthOf(_ e: Entry) -> Int {
        switch e.value {
        case .list(let l): return l.depth
        case .dict(let d): return d.depth
        case .object(let o): return o.depth
        default: return e.depth
        }
    }

    func checked(_ depth: Int) throws(DatasetError) -> Int {
        guard depth <= Pickle.maxDepth else { throw fail("values nest deeper than \(Pickle.maxDepth) levels") }
        return depth
    }

    // MARK: - Bytes

    mutating func take(_ n: Int) throws(DatasetError) -> [UInt8] {
        guard n >= 0, n <= bytes.count - pos else {
            throw fail("needs \(n) bytes but only \(bytes.count - pos) remain (truncated file?)")
        }
        defer { pos += n }
        return Array(bytes[pos..<(pos + n)])
    }

    mutating func littleEndian(_ n: Int) throws(DatasetError) -> UInt32 {
        let raw = try take(n)
        var v: UInt32 = 0
        for (i, b) in raw.enumerated() { v |= UInt32(b) << (8 * UInt32(i)) }
        return v
    }

    /// A 4-byte length; negative (as a signed BINSTRING length) is an error, not a huge size.
    mutating func length32() throws(DatasetError) -> Int {
        let n = Int32(bitPattern: try littleEndian(4))
        guard n >= 0 else { throw fail("negative length \(n)") }
        return Int(n)
    }

    mutating func bigEndian64() throws(DatasetError) -> UInt64 {
        var v: UInt64 = 0
        for b in try take(8) { v = v << 8 | UInt64(b) }
        return v
    }

    /// A newline-terminated ASCII line (GLOBAL's operands), bounded so damage cannot run far.
    mutating func line() throws(DatasetError) -> String {
        let limit = min(bytes.count, pos + 256)
        guard let end = bytes[pos..<limit].firstIndex(of: UInt8(ascii: "\n")) else {
            throw fail("no newline ends the name (truncated or damaged file?)")
        }
        defer { pos = end + 1 }
        return String(decoding: bytes[pos..<end], as: UTF8.self)
    }

    func fail(_ what: String) -> DatasetError {
        DatasetError.inFile(file, "\(PickleReader.opcodeNames[opCode] ?? "opcode"): \(what)", offset: opStart)
    }

    static let opcodeNames: [UInt8: String] = [
            0x80: "PROTO", 0x95: "FRAME", 0x63: "GLOBAL", 0x93: "STACK_GLOBAL", 0x52: "REDUCE", 0x81: "NEWOBJ",
            0x62: "BUILD", 0x4a: "BININT", 0x4b: "BININT1", 0x4d: "BININT2", 0x8a: "LONG1", 0x8b: "LONG4",
            0x47: "BINFLOAT", 0x55: "SHORT_BINSTRING", 0x54: "BINSTRING", 0x43: "SHORT_BINBYTES", 0x42: "BINBYTES",
            0x58: "BINUNICODE", 0x8c: "SHORT_BINUNICODE", 0x4e: "NONE", 0x88: "NEWTRUE", 0x89: "NEWFALSE",
            0x29: "EMPTY_TUPLE", 0x85: "TUPLE1", 0x86: "TUPLE2", 0x87: "TUPLE3", 0x74: "TUPLE", 0x28: "MARK",
            0x5d: "EMPTY_LIST", 0x6c: "LIST", 0x7d: "EMPTY_DICT", 0x64: "DICT", 0x61: "APPEND", 0x65: "APPENDS",
            0x73: "SETITEM", 0x75: "SETITEMS", 0x71: "BINPUT", 0x72: "LONG_BINPUT", 0x94: "MEMOIZE",
            0x68: "BINGET", 0x6a: "LONG_BINGET", 0x30: "POP", 0x31: "POP_MARK", 0x32: "DUP", 0x2e: "STOP",
        ]
}
