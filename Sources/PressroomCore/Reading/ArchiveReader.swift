import Foundation

/// Finds release files under the user's arguments and reads each into normalised text.
/// PLACEHOLDER implementation (skeleton); the reading work replaces it.
public enum ArchiveReader {
    /// Files under `paths` (files and folders, recursively), in a stable order; paths that do not exist.
    public static func discover(_ paths: [String]) -> (files: [SourceFile], missing: [String]) {
        var files: [SourceFile] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { missing.append(path); continue }
            if isDir.boolValue {
                let base = URL(fileURLWithPath: path)
                let names = ((try? fm.subpathsOfDirectory(atPath: path)) ?? []).sorted()
                for name in names where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                    files.append(SourceFile(url: base.appendingPathComponent(name), source: name,
                                            format: name.hasSuffix(".md") ? .markdown : .text))
                }
            } else {
                files.append(SourceFile(url: URL(fileURLWithPath: path), source: path,
                                        format: path.hasSuffix(".md") ? .markdown : .text))
            }
        }
        return (files, missing)
    }

    /// Reads, decodes and normalises one file.
    public static func read(_ file: SourceFile) -> Result<LoadedDocument, LoadProblem> {
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            return .failure(LoadProblem(path: file.source, reason: "cannot be read"))
        }
        let text = String(decoding: data, as: UTF8.self)
        return .success(LoadedDocument(file: file, text: text, id: StableID.make(source: file.source, bytes: data)))
    }
}
