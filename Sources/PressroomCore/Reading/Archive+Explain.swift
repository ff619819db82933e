import Foundation

/// `pressroom explain` and the browser's `i`: a release read again, with the parser's reasons.
extension Archive {
    /// The release `release` came from, found under `paths` by its `source` and `id`, parsed again with
    /// the reasons for its record; nil when the file is gone or has changed since it was loaded.
    public static func explain(_ release: Release, in paths: [String], pdf: PDFTextExtractor = .fromEnvironment())
        -> (release: Release, explanation: ReleaseExplanation)? {
        for file in ArchiveReader.discoverAll(paths).files where file.source == release.source {
            guard case .success(let doc) = ArchiveReader.read(file, pdf: pdf) else { continue }
            let explained = ReleaseParser.explain(doc)
            if explained.release.id == release.id { return explained }
        }
        return nil
    }
}
