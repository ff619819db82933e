// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "pressroom",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pressroom", targets: ["pressroom"]),
        .library(name: "PressroomCore", targets: ["PressroomCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Word (.docx) and OpenDocument (.odt) files are zip archives.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // SQLite 3, the system library, for the persistent index (Debian: libsqlite3-dev).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // libxml2's HTML parser, for web pages (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // GMime 3, for e-mail: MIME, encoded words, transfer encodings, charsets (Debian: libgmime-3.0-dev).
        .systemLibrary(name: "CGMime", pkgConfig: "gmime-3.0", providers: [.apt(["libgmime-3.0-dev"])]),
        // Model, reading, parsing, search, export, the persistent index. No terminal code.
        .target(name: "PressroomCore", dependencies: ["CSQLite", "CLibXML2", "CGMime", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The browser's state, actions, update and render into a cell grid. No ncurses.
        .target(name: "PressroomUI", dependencies: ["PressroomCore"]),
        // ncursesw, seen from Swift through a small shim for the wide-character calls.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The one place that talks to the terminal.
        .target(name: "PressroomTerminal", dependencies: ["CNcursesw", "PressroomUI"]),
        .executableTarget(
            name: "pressroom",
            dependencies: [
                "PressroomCore", "PressroomUI", "PressroomTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("../../Resources/releases")]
        ),
        .executableTarget(name: "pressroom-bench", dependencies: [
            "PressroomCore", "PressroomUI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "PressroomCoreTests",
                    dependencies: ["PressroomCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures", "Support"]),
        .testTarget(name: "PressroomUITests", dependencies: ["PressroomUI", "PressroomCore"], exclude: ["Snapshots"]),
        .testTarget(name: "PressroomEndToEndTests", dependencies: ["pressroom", "PressroomCore", "PressroomUI"]),
    ]
)
