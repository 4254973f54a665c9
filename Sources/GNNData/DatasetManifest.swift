// Which file holds which piece of a graph dataset directory: dataset.json, the conventional file names, or the OGB layout.
import GNNRuntime

/// The files of one dataset directory, as paths relative to it (`display` names in errors).
struct DatasetManifest: Equatable {
    enum Part: String, CaseIterable { case train, val, test }
    struct Split: Equatable { var file: String; var isMask: Bool }

    var name: String
    var directory: String
    var edges: String
    var nodeFeatures: String
    var labels: String
    var edgeFeatures: String?
    var splits: [Part: Split] = [:]
    var numClasses: Int?
    var numNodes: Int?
    /// Add each edge's reverse and drop repeats (PyG's `to_undirected`).
    var undirected = false
    /// A one-line description of where the layout came from, for the dataset summary.
    var layout: String

    func path(_ file: String) -> String { directory + "/" + file }

    static let manifestFile = "dataset.json"
    /// Labels (and num_classes) stay below this: 2^30, far above any real class count.
    static let maxClasses = 1 << 30
    static let extensions = [".npy", ".csv", ".csv.gz"]
    /// The file names (without extension) each piece may have when there is no dataset.json.
    static let conventionalNames: [(key: String, names: [String])] = [
        ("edges", ["edges", "edge_index"]), ("node_features", ["node_features", "features", "x"]),
        ("labels", ["labels", "y"]), ("edge_features", ["edge_features", "edge_attr"]),
        ("train", ["train_idx"]), ("val", ["val_idx"]), ("test", ["test_idx"]),
        ("train_mask", ["train_mask"]), ("val_mask", ["val_mask"]), ("test_mask", ["test_mask"]),
    ]

    /// Reads `directory`'s layout: dataset.json if present, else the OGB layout (`raw/` and
    /// `split/`), else the conventional names.
    static func locate(_ directory: String) throws(DatasetError) -> DatasetManifest {
        let dir = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        guard POSIXFiles.isDirectory(dir) else { throw DatasetError("dataset directory \(directory) does not exist or is not a directory") }
        if FileBytes.isRegularFile(dir + "/" + manifestFile) { return try fromJSON(dir) }
        if OGBLayout.matches(dir) { return try OGBLayout.manifest(dir) }
        return try conventional(dir)
    }

    /// The default name: the directory's last component.
    static func baseName(_ dir: String) -> String { dir.split(separator: "/").last.map(String.init) ?? dir }

    static func conventional(_ dir: String) throws(DatasetError) -> DatasetManifest {
        var found: [String: String] = [:]
        for (key, names) in conventionalNames {
            let hits = names.flatMap { n in extensions.map { n + $0 } }.filter { FileBytes.isRegularFile(dir + "/" + $0) }
            if hits.count > 1 { throw DatasetError("\(dir): both \(hits[0]) and \(hits[1]) could be the \(key); keep one, or name it in \(manifestFile)") }
            if let h = hits.first { found[key] = h }
        }
        var pieces: [String: ManifestValue] = [:]
        for (k, v) in found { pieces[k] = ManifestValue(kind: .string(v), line: 0, column: 0) }
        return try build(dir, pieces: pieces, display: nil, layout: "files named by convention (docs/datasets.md)")
    }

    /// The members of `dir`'s dataset.json, which must be an object.
    static func jsonMembers(_ dir: String) throws(DatasetError) -> [(key: String, value: ManifestValue, keyLine: Int, keyColumn: Int)] {
        let bytes = try FileBytes.contents(dir + "/" + manifestFile, display: manifestFile)
        let root = try ManifestParser.parse(bytes, display: manifestFile)
        guard case .object(let members) = root.kind else {
            throw DatasetError("\(manifestFile):\(root.line):\(root.column): the manifest must be an object, not \(root.typeName)", file: manifestFile)
        }
        return members
    }

    /// The keys of `dir`'s dataset.json; nil when there is none or it does not parse as an object
    /// (the loader then reports why).
    static func jsonKeys(_ dir: String) -> [String]? {
        guard FileBytes.isRegularFile(dir + "/" + manifestFile), let members = try? jsonMembers(dir) else { return nil }
        return members.map(\.key)
    }

    /// The file name `value` gives for `key`: a string ending in a known extension, naming a file
    /// in `dir`; errors at the value's place in `display`.
    static func file(_ dir: String, _ key: String, _ v: ManifestValue, display: String) throws(DatasetError) -> String {
        func located(_ what: String) -> DatasetError { DatasetError("\(display):\(v.line):\(v.column): \(what)", file: display) }
        guard case .string(let s) = v.kind else { throw located("\"\(key)\" must be a file name (a string), not \(v.typeName)") }
        guard extensions.contains(where: { s.hasSuffix($0) }) else { throw located("\"\(key)\": '\(s)' must end in .npy, .csv or .csv.gz") }
        guard FileBytes.isRegularFile(dir + "/" + s) else { throw located("\"\(key)\": \(s) does not exist in \(dir)") }
        return s
    }

    static func fromJSON(_ dir: String) throws(DatasetError) -> DatasetManifest {
        let members = try jsonMembers(dir)
        var pieces: [String: ManifestValue] = [:]
        let known = ["name", "num_classes", "num_nodes", "undirected"] + conventionalNames.map(\.key)
        for m in members {
            guard known.contains(m.key) else {
                throw DatasetError("\(manifestFile):\(m.keyLine):\(m.keyColumn): unknown key \"\(m.key)\"; known: \(known.joined(separator: ", "))", file: manifestFile)
            }
            pieces[m.key] = m.value
        }
        return try build(dir, pieces: pieces, display: manifestFile, layout: manifestFile)
    }

    /// The manifest from key -> value; `display` is the JSON file (nil: names found by convention).
    static func build(_ dir: String, pieces: [String: ManifestValue], display: String?, layout: String) throws(DatasetError) -> DatasetManifest {
        func located(_ v: ManifestValue, _ what: String) -> DatasetError {
            guard let display else { return DatasetError("\(dir): \(what)") }
            return DatasetError("\(display):\(v.line):\(v.column): \(what)", file: display)
        }
        func file(_ key: String) throws(DatasetError) -> String? {
            guard let v = pieces[key] else { return nil }
            // Conventional names (no display) were found on disk: only a manifest's can be wrong.
            guard let display else { if case .string(let s) = v.kind { return s }; return nil }
            return try DatasetManifest.file(dir, key, v, display: display)
        }
        func required(_ key: String) throws(DatasetError) -> String {
            if let f = try file(key) { return f }
            let names = conventionalNames.first { $0.key == key }!.names
            let hint = display == nil ? "(looked for \(names.map { $0 + ".npy|.csv|.csv.gz" }.joined(separator: ", ")))" : "in \(display!)"
            throw DatasetError("\(dir): no \(key.replacingOccurrences("_", " ")) file \(hint)")
        }
        func count(_ key: String) throws(DatasetError) -> Int? {
            guard let v = pieces[key] else { return nil }
            guard case .number(let x) = v.kind, x == x.rounded(), x >= 1, x < Double(maxClasses) else {
                throw located(v, "\"\(key)\" must be a positive integer below \(maxClasses)")
            }
            return Int(x)
        }
        // Every file named is checked before any missing one is reported: the first error is then
        // the one at the earliest place a user wrote, not a consequence of it.
        for (key, _) in conventionalNames where pieces[key] != nil { _ = try file(key) }
        var m = DatasetManifest(name: baseName(dir), directory: dir, edges: try required("edges"),
                                nodeFeatures: try required("node_features"), labels: try required("labels"),
                                edgeFeatures: try file("edge_features"), numClasses: try count("num_classes"),
                                numNodes: try count("num_nodes"), layout: layout)
        if let v = pieces["name"] {
            guard case .string(let s) = v.kind, !s.isEmpty else { throw located(v, "\"name\" must be a non-empty string") }
            m.name = s
        }
        if let v = pieces["undirected"] {
            guard case .bool(let b) = v.kind else { throw located(v, "\"undirected\" must be true or false, not \(v.typeName)") }
            m.undirected = b
        }
        for part in Part.allCases {
            let index = try file(part.rawValue), mask = try file(part.rawValue + "_mask")
            if let index, let mask { throw DatasetError("\(dir): the \(part.rawValue) split is given twice, as \(index) and \(mask); keep one") }
            guard let f = index ?? mask else {
                throw DatasetError("\(dir): no \(part.rawValue) split: give \(part.rawValue)_idx (node indices) or \(part.rawValue)_mask (0/1 per node)"
                                   + (display == nil ? "" : " in \(display!) as \"\(part.rawValue)\" or \"\(part.rawValue)_mask\""))
            }
            m.splits[part] = Split(file: f, isMask: mask != nil)
        }
        return m
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: Character) -> String { String(map { $0 == a ? b : $0 }) }
}
