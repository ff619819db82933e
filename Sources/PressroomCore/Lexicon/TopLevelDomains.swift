/// Top-level domains that make a bare name such as `srna-netball.com.au` a web address.
enum TopLevelDomains {
    /// Generic and reserved domains seen in releases. Every two-letter country code is also known
    /// (see `isKnown`), except those that are common file extensions, and so is every other delegated domain
    /// (`delegated`, written from the Public Suffix List by Scripts/tld-table.py).
    static let generic: Set<String> = [
        "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "name", "pro", "aero", "coop", "museum",
        "mobi", "jobs", "travel", "tel", "asia", "cat", "africa", "ngo", "ong", "news", "media", "online",
        "site", "tech", "store", "shop", "blog", "cloud", "global", "world", "earth", "green", "energy",
        "solar", "health", "care", "foundation", "institute", "university", "academy", "school", "church",
        "club", "sport", "football", "team", "agency", "digital", "network", "social", "press", "studio",
        "design", "art", "eco", "bio", "farm", "law", "legal", "finance", "bank", "insurance", "consulting",
        "company", "group", "center", "centre", "community", "education", "events", "expert", "fund",
        "gives", "charity", "life", "live", "love", "space", "today", "works", "xyz", "top", "app", "dev",
        "page", "berlin", "hamburg", "paris", "london", "madrid", "barcelona", "nyc", "quebec", "scot",
        "wales", "eus", "gal", "bzh", "swiss", "brussels", "vlaanderen", "tokyo", "kiwi", "lat", "example",
        "test", "invalid", "localhost", "post", "museum", "science", "systems", "solutions", "services",
        "international", "partners", "gallery", "film", "music", "radio", "tv", "video", "email", "link",
    ]

    /// Two-letter country codes that are also common file extensions (`notes.md`, `setup.py`, `run.sh`).
    static let fileLikeCountryCodes: Set<String> = ["md", "py", "sh", "rs", "ps", "so", "gz", "db", "cs", "pm", "hs", "rb", "js", "ts", "mk", "ml", "ai"]

    /// File extensions that are never web addresses, even where a path follows.
    static let fileExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "txt", "csv", "rtf", "jpg", "jpeg",
        "png", "gif", "tif", "tiff", "svg", "mp3", "mp4", "mov", "avi", "wav", "zip", "rar", "gz", "tar",
        "html", "htm", "json", "xml", "md", "py", "sh", "exe", "dmg", "key", "pages", "epub", "heic", "webp",
    ]

    /// Whether `tld` (lower case) is a known top-level domain.
    static func isKnown(_ tld: String) -> Bool {
        if generic.contains(tld) { return true }
        if tld.utf8.count == 2 { return !fileLikeCountryCodes.contains(tld) }
        // Any other delegated domain (`polls.pizza`), unless it is also a file's extension (`.zip`, `.mov`).
        return delegated.contains(tld) && !fileExtensions.contains(tld)
    }
}
