// One entry point from a dataset name (`cora`, `synthetic:small`, ...) to a loaded Dataset.

public enum Datasets {
    /// `synthetic:...` names build the generated graph; Planetoid names are looked up with
    /// `DataDirectory.locate` (explicit directory, $GNNC_DATA_DIR, user cache) and loaded.
    public static func load(_ name: String, dataDirectory: String? = nil,
                            environment: [String: String]? = nil) throws(DatasetError) -> Dataset {
        if name.hasPrefix("synthetic:") { return SyntheticGraph.generate(try SyntheticSpec.parse(name)) }
        let known = Planetoid.names + ["synthetic:small", "synthetic:large", "synthetic:N,E,F,C,SEED"]
        guard Planetoid.names.contains(name.lowercased()) else {
            throw DatasetError("unknown dataset '\(name)'; known: \(known.joined(separator: ", "))")
        }
        let directory = try DataDirectory.locate(name: name, explicit: dataDirectory, environment: environment)
        return try Planetoid.load(name: name, directory: directory)
    }
}
