// Finds the directory holding a Planetoid dataset: --data-dir, then $GNNC_DATA_DIR, then the user cache.
import GNNRuntime

public enum DataDirectory {
    /// Where to look, in order, each with what it came from (for the not-found message):
    /// the explicit directory, `$GNNC_DATA_DIR`, and the user cache
    /// (`$XDG_CACHE_HOME/gnnc/datasets/planetoid`, else `~/.cache/gnnc/datasets/planetoid`).
    public static func candidates(explicit: String?, environment: [String: String]) -> [(path: String, source: String)] {
        var out: [(path: String, source: String)] = []
        if let e = explicit, !e.isEmpty { out.append((e, "--data-dir")) }
        if let d = environment["GNNC_DATA_DIR"], !d.isEmpty { out.append((d, "$GNNC_DATA_DIR")) }
        if let c = cacheDirectory(environment) { out.append((c, "user cache")) }
        return out
    }

    /// The user cache folder for Planetoid files, nil when neither XDG_CACHE_HOME nor HOME is set.
    public static func cacheDirectory(_ environment: [String: String]) -> String? {
        cacheRoot(environment).map { $0 + "/planetoid" }
    }

    /// The user cache's dataset folder (`$XDG_CACHE_HOME/gnnc/datasets`, else
    /// `~/.cache/gnnc/datasets`), one subfolder per collection.
    public static func cacheRoot(_ environment: [String: String]) -> String? {
        if let x = environment["XDG_CACHE_HOME"], !x.isEmpty { return x + "/gnnc/datasets" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.cache/gnnc/datasets" }
        return nil
    }

    /// The variables discovery reads, from the settings read at start-up.
    public static func processEnvironment() -> [String: String] { Settings.process.values }

    /// The first candidate directory that contains `ind.<name>.x`; otherwise an error listing
    /// every place looked at. `environment` defaults to the process environment.
    public static func locate(name: String, explicit: String? = nil,
                              environment: [String: String]? = nil) throws(DatasetError) -> String {
        let file = "ind.\(name.lowercased()).x"
        let places = candidates(explicit: explicit, environment: environment ?? processEnvironment())
        if let hit = places.first(where: { FileBytes.isRegularFile($0.path + "/" + file) }) { return hit.path }
        let looked = places.isEmpty ? "nowhere (no --data-dir, GNNC_DATA_DIR or HOME)"
            : places.map { "\($0.path) (\($0.source))" }.joined(separator: ", ")
        throw DatasetError("dataset '\(name)' not found: no \(file) in \(looked); set GNNC_DATA_DIR or pass --data-dir")
    }
}
