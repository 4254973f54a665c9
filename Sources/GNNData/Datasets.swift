// One entry point from a dataset name (`cora`, `synthetic:small`, ...) to a loaded Dataset.

import GNNRuntime

public enum Datasets {
    /// A path (`GraphDirectory.isPath`) is a user's dataset directory (docs/datasets.md).
    /// `synthetic:...` names build the generated graph; Planetoid names are looked up with
    /// `DataDirectory.locate` (explicit directory, $GNNC_DATA_DIR, user cache) and loaded.
    /// When none has the files, they are downloaded into the user cache (from
    /// `$GNNC_PLANETOID_URL`, else the public Planetoid location; see `PlanetoidDownload`),
    /// unless `GNNC_NO_DOWNLOAD` is set. `environment` defaults to the process environment.
    /// `acceptModified`: Planetoid files that differ from their pinned digests are used anyway.
    public static func load(_ name: String, dataDirectory: String? = nil,
                            environment: [String: String]? = nil, acceptModified: Bool = false) throws(DatasetError) -> Dataset {
        if isGraphCollection(name) {
            throw DatasetError("'\(name)' is a graph-classification dataset (many graphs, a label per graph): train it with a model that returns graph[C] (readout(sum) { h } and friends, docs/spec-language.md)")
        }
        if GraphDirectory.isPath(name) { return try GraphDirectory.load(name) }
        if name.hasPrefix("synthetic:") {
            let spec = try SyntheticSpec.parse(name)
            try spec.checkMemory(name, available: MemoryBudget.availableBytes())
            return SyntheticGraph.generate(spec)
        }
        try validateName(name)
        let env = environment ?? PlanetoidDownload.processEnvironment()
        let directory = try locateOrDownload(name.lowercased(), explicit: dataDirectory, environment: env)
        return try Planetoid.load(name: name, directory: directory, acceptModified: acceptModified)
    }

    /// Checks that `name` names a dataset (a Planetoid name, or a well-formed `synthetic:` one)
    /// without reading or generating anything: a misspelt name is the caller's mistake, found
    /// before any work, where a missing or damaged file is not.
    public static func validateName(_ name: String) throws(DatasetError) {
        if name.hasPrefix(SyntheticGraphsSpec.prefix) { _ = try SyntheticGraphsSpec.parse(name); return }
        if name.hasPrefix(TUDownload.prefix) { _ = try TUDownload.name(name); return }
        if isGraphCollection(name) { return }
        if GraphDirectory.isPath(name) { try GraphDirectory.validate(name); return }
        if name.hasPrefix("synthetic:") { _ = try SyntheticSpec.parse(name); return }
        guard Planetoid.names.contains(name.lowercased()) else {
            let known = Planetoid.names + ["synthetic:small", "synthetic:large", "synthetic:N,E,F,C,SEED", "synthetic-graphs:small",
                                           "synthetic-graphs:G,F,C,SEED", "tu:NAME (a TU dataset, e.g. tu:MUTAG)", "a directory (path/to/dir, docs/datasets.md)"]
            throw DatasetError("unknown dataset '\(name)'; known: \(known.joined(separator: ", "))")
        }
    }

    /// Whether `name` names many graphs (graph classification): a `synthetic-graphs:` or `tu:`
    /// name, a directory in the TU format, or a directory with a graph_ids file.
    public static func isGraphCollection(_ name: String) -> Bool {
        name.hasPrefix(SyntheticGraphsSpec.prefix) || name.hasPrefix(TUDownload.prefix)
            || (GraphDirectory.isPath(name) && (TUDataset.isTU(name) || GraphCollectionDirectory.matches(name)))
    }

    /// A graph-classification dataset: `synthetic-graphs:small`, `synthetic-graphs:G,F,C,SEED`,
    /// `tu:NAME` (found or downloaded by `TUDownload`), a TU-format directory, or a directory with
    /// graph_ids (docs/datasets.md). `environment` defaults to the process environment.
    public static func loadCollection(_ name: String, dataDirectory: String? = nil,
                                      environment: [String: String]? = nil) throws(DatasetError) -> GraphCollection {
        if name.hasPrefix(SyntheticGraphsSpec.prefix) { return SyntheticGraphs.generate(try SyntheticGraphsSpec.parse(name)) }
        if name.hasPrefix(TUDownload.prefix) {
            let env = environment ?? PlanetoidDownload.processEnvironment()
            return try TUDataset.load(try TUDownload.locateOrDownload(try TUDownload.name(name), explicit: dataDirectory, environment: env))
        }
        if GraphDirectory.isPath(name), TUDataset.isTU(name) { return try TUDataset.load(name) }
        if GraphDirectory.isPath(name), GraphCollectionDirectory.matches(name) { return try GraphCollectionDirectory.load(name) }
        throw DatasetError("'\(name)' is not a graph-classification dataset; a model that returns graph[C] trains on a TU-format directory (DS_A.txt, DS_graph_indicator.txt, DS_graph_labels.txt), on tu:NAME, or on \(SyntheticGraphsSpec.prefix)small or \(SyntheticGraphsSpec.prefix)G,F,C,SEED")
    }

    /// The not-found error says why no download was tried, so the way out is in the message.
    private static func locateOrDownload(_ name: String, explicit: String?,
                                         environment env: [String: String]) throws(DatasetError) -> String {
        let notFound: DatasetError
        do { return try DataDirectory.locate(name: name, explicit: explicit, environment: env) } catch { notFound = error }
        guard PlanetoidDownload.isAllowed(env) else {
            throw DatasetError(notFound.message + "; downloading is disabled because GNNC_NO_DOWNLOAD is set")
        }
        guard let cache = DataDirectory.cacheDirectory(env) else {
            throw DatasetError(notFound.message + "; cannot download without a user cache (set XDG_CACHE_HOME or HOME)")
        }
        let url = PlanetoidDownload.baseURL(env)
        PlanetoidDownload.printToStandardError("gnnc: downloading \(name) from \(url) into \(cache)")
        try PlanetoidDownload.download(name: name, into: cache, baseURL: url)
        return cache
    }
}
