/// Headings of a release's media section: where the issuer points editors to its photographs, videos and press
/// kit (`## Photos and videos` over `Media from the launch can be found [here](…)`). What stands under one is a
/// pointer to files, neither body nor notes.
extension ReleaseLexicon {
    /// Compared with the folded heading, trailing colon removed.
    static let mediaHeadings: Set<String> = [
        "photos", "photo", "photos and videos", "photos and video", "photos & videos", "photos and footage",
        "images", "images and videos", "pictures", "videos", "video", "footage", "b-roll", "multimedia", "media",
        "media assets", "media kit", "press kit", "press materials", "downloads", "assets", "hi-res images",
        "high-resolution images", "high resolution images",
        "fotos", "bilder", "fotos und videos", "bildmaterial", "pressefotos", "imagenes", "fotos y videos",
        "photos et videos", "visuels", "dossier de presse", "immagini", "foto e video", "cartella stampa",
    ]

    /// A line that heads the media section (`Photos and videos`, `Press kit:`, `Bildmaterial`).
    static func isMediaHeading(_ line: String) -> Bool {
        guard line.utf8.count <= 60, let key = LineKey(line) else { return false }
        return isMediaHeading(key)
    }

    /// `isMediaHeading` of a line whose key the caller made already (the segmenter asks it of every heading).
    static func isMediaHeading(_ key: LineKey) -> Bool {
        key.heading.utf8.count <= mediaHeadingMaxBytes && mediaHeadings.contains(key.heading)
    }

    static let mediaHeadingMaxBytes = mediaHeadings.map(\.utf8.count).max() ?? 0
}
