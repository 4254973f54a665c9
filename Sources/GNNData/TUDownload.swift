// Finds a TU dataset (`tu:NAME`) on disk, or fetches NAME.zip with curl and unpacks its text files into the user cache, checked against pinned SHA-256 digests.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GNNRuntime

/// `tu:NAME` names a dataset of the TU collection (MUTAG, PROTEINS, IMDB-BINARY, ...): the folder
/// `NAME` (holding `NAME_A.txt` and the rest, as PyG's `raw/` folder) in `--data-dir`, in
/// `$GNNC_DATA_DIR`, or in the user cache's `tu/` folder. When none has it, `NAME.zip` is
/// downloaded (from `$GNNC_TU_URL`, else where PyG downloads it) into a private staging folder,
/// the text files gnnc reads are unpacked from it and checked, and the folder is renamed into the
/// cache in one step, so an interrupted download never leaves a half-written dataset.
///
/// Integrity: the unpacked files of a dataset in `pinnedSHA256` must match their digests. The
/// archives themselves are not pinned (none could be fetched when the table was made; the
/// digests are those of the files PyG unpacks, from a copy of them). A dataset with no pinned
/// digests is accepted only if it loads as a TU dataset, with a warning listing the digests it
/// got, in `sha256sum` format, for pinning (as for PubMed).
public enum TUDownload {
    public static let prefix = "tu:"
    /// Where PyG's `TUDataset` downloads from.
    public static let defaultBaseURL = "https://www.chrsmrrs.com/graphkerneldatasets"
    /// The files unpacked: those `TUDataset` reads (edge labels and attributes are not read).
    static let parts = ["A", "graph_indicator", "graph_labels", "node_labels", "node_attributes"]

    /// SHA-256 of the unpacked files, by file name: MUTAG's from the copy in PyG's repository
    /// (`torch_geometric/contrib/degree_quant/redditbinary/MUTAG/raw/`, Benchmarks/RESULTS.md).
    public static let pinnedSHA256: [String: String] = [
        "MUTAG_A.txt": "d9656ca7493f3445d737c711710bb36fd432dddd1c0ea32e1d4713c86ebd28e2",
        "MUTAG_graph_indicator.txt": "7d520a4d6c7961c0cdeabe076d8fe27e795b6d373485c9a2b744987e560a2056",
        "MUTAG_graph_labels.txt": "a1518ea39ba3426bd42f57396b9c4baffe68e9adc718caeeab0119c6591a5f2c",
        "MUTAG_node_labels.txt": "678f429965490e84dd27713017538c995fc05d1621beac910848b600015ee863",
    ]

    /// The dataset name of `tu:NAME`, checked: letters, digits, `-` and `_` (it becomes a file
    /// name and part of a URL).
    public static func name(_ spec: String) throws(DatasetError) -> String {
        let name = String(spec.dropFirst(prefix.count))
        let allowed = name.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
        }
        guard !name.isEmpty, name.utf8.count <= 100, allowed else {
            throw DatasetError("'\(spec)': a TU dataset is tu:NAME, NAME of letters, digits, '-' and '_' (e.g. tu:MUTAG, tu:IMDB-BINARY)")
        }
        return name
    }

    /// `$GNNC_TU_URL` (e.g. a `file://` mirror), else `defaultBaseURL`.
    public static func baseURL(_ environment: [String: String]) -> String {
        if let url = environment["GNNC_TU_URL"], !url.isEmpty { return url }
        return defaultBaseURL
    }

    /// The user cache's folder for TU datasets, nil without XDG_CACHE_HOME or HOME.
    public static func cacheDirectory(_ environment: [String: String]) -> String? {
        DataDirectory.cacheRoot(environment).map { $0 + "/tu" }
    }

    /// The folder holding dataset `name`, downloading it into the cache when no candidate has it
    /// (unless GNNC_NO_DOWNLOAD is set).
    public static func locateOrDownload(_ name: String, explicit: String?, environment env: [String: String],
                                        curl: String = "curl",
                                        log: (String) -> Void = PlanetoidDownload.printToStandardError) throws(DatasetError) -> String {
        var places = DataDirectory.candidates(explicit: explicit, environment: env).filter { $0.source != "user cache" }
        if let cache = cacheDirectory(env) { places.append((cache, "user cache")) }
        let file = "\(name)_A.txt"
        if let hit = places.first(where: { FileBytes.isRegularFile("\($0.path)/\(name)/\(file)") }) { return "\(hit.path)/\(name)" }
        let looked = places.isEmpty ? "nowhere (no --data-dir, GNNC_DATA_DIR or HOME)"
            : places.map { "\($0.path)/\(name) (\($0.source))" }.joined(separator: ", ")
        let notFound = "TU dataset '\(name)' not found: no \(file) in \(looked)"
        guard PlanetoidDownload.isAllowed(env) else { throw DatasetError(notFound + "; downloading is disabled because GNNC_NO_DOWNLOAD is set") }
        guard let cache = cacheDirectory(env) else { throw DatasetError(notFound + "; cannot download without a user cache (set XDG_CACHE_HOME or HOME)") }
        let url = baseURL(env)
        log("gnnc: downloading \(name).zip from \(url) into \(cache)")
        try download(name: name, into: cache, baseURL: url, curl: curl, log: log)
        return "\(cache)/\(name)"
    }

    /// Downloads `name`.zip from `baseURL` and leaves its files in `cacheDirectory/name`, checked
    /// against `pins` (file name → SHA-256; `pinnedSHA256` unless a test gives its own).
    public static func download(name: String, into cacheDirectory: String, baseURL: String, curl: String = "curl",
                                pins: [String: String] = pinnedSHA256,
                                log: (String) -> Void = PlanetoidDownload.printToStandardError) throws(DatasetError) {
        try Download.makeDirectories(cacheDirectory)
        let staging = try Download.makeStagingDirectory(besides: cacheDirectory + "/\(name)", tag: "tu")
        defer { POSIXFiles.removeTree(staging) }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let archive = staging + "/\(name).zip"
        try Download.fetch("\(base)/\(name).zip", to: archive, file: "\(name).zip", staging: staging, curl: curl)
        let unpacked = staging + "/\(name)"
        try Download.makeDirectories(unpacked)
        let files = try unpack(ZipArchive(path: archive, display: "\(name).zip"), name: name, into: unpacked)
        try verify(name: name, files: files, directory: unpacked, pins: pins, log: log)
        let target = cacheDirectory + "/\(name)"
        // A folder without its A file (left by hand) is not a dataset: it is moved into the staging
        // folder, removed with it (links inside are unlinked, never followed). Anything else there
        // (a link, a file) is the user's, and is refused rather than touched.
        if lstatKind(target) == S_IFDIR {
            guard rename(target, staging + "/replaced") == 0 else {
                throw .inFile("\(name).zip", "cannot move the incomplete \(target) aside: \(POSIXFiles.errnoText())")
            }
        } else if lstatKind(target) != nil {
            throw .inFile("\(name).zip", "\(target) exists and is not a dataset folder; move it away")
        }
        guard rename(unpacked, target) == 0 else {
            // Another gnnc may have published the same dataset meanwhile: that copy is as good.
            if FileBytes.isRegularFile("\(target)/\(name)_A.txt") { return }
            throw .inFile("\(name).zip", "cannot move the unpacked files into \(target): \(POSIXFiles.errnoText())")
        }
    }

    /// The file type bits of `path` itself (a link is not followed), nil when nothing is there.
    static func lstatKind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// Writes the archive's `NAME_<part>.txt` entries (in any folder of it) into `directory`;
    /// the three the format needs must be there.
    static func unpack(_ zip: ZipArchive, name: String, into directory: String) throws(DatasetError) -> [String] {
        var written: [String] = []
        for part in parts {
            let file = "\(name)_\(part).txt"
            guard let entry = zip.entries.first(where: { $0.name == file || $0.name.hasSuffix("/" + file) }) else {
                if ["A", "graph_indicator", "graph_labels"].contains(part) { throw .inFile(zip.display, "no \(file) in the archive") }
                continue
            }
            let bytes = try zip.contents(entry)
            do { try POSIXFiles.writeAtomically(directory + "/" + file, bytes) } catch {
                throw .inFile(zip.display, "cannot write \(file): \(error)")
            }
            written.append(file)
        }
        return written
    }

    private static func verify(name: String, files: [String], directory: String, pins: [String: String],
                               log: (String) -> Void) throws(DatasetError) {
        var digests: [(file: String, hex: String)] = []
        for file in files {
            let hex = SHA256.hexDigest(try FileBytes.contents(directory + "/" + file, display: file))
            if let expected = pins[file], expected != hex {
                throw .inFile(file, "SHA-256 mismatch in \(name).zip: expected \(expected), got \(hex)")
            }
            digests.append((file, hex))
        }
        let pinned = pins.keys.filter { $0.hasPrefix(name + "_") }
        if let missing = pinned.sorted().first(where: { !files.contains($0) }) {
            throw .inFile("\(name).zip", "no \(missing) in the archive, whose digest is pinned")
        }
        // A pinned dataset is exactly its pinned files: an extra one would change the features unchecked.
        if !pinned.isEmpty, let extra = files.first(where: { !pinned.contains($0) }) {
            throw .inFile("\(name).zip", "\(extra) is not one of \(name)'s pinned files (\(pinned.sorted().joined(separator: ", ")))")
        }
        if pinned.isEmpty {
            _ = try TUDataset.load(directory)
            log("gnnc: warning: no pinned SHA-256 for \(name); accepted the download because it loads as a TU dataset. Its digests:")
            for d in digests { log("  \(d.hex)  \(d.file)") }
        }
    }
}
