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
    ],
    targets: [
        // SQLite 3, the system library, for the persistent index (Debian: libsqlite3-dev).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Model, reading, parsing, search, export, the persistent index. No terminal code.
        .target(name: "PressroomCore", dependencies: ["CSQLite"]),
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
        .executableTarget(name: "pressroom-bench", dependencies: ["PressroomCore", "PressroomUI"]),
        .testTarget(name: "PressroomCoreTests", dependencies: ["PressroomCore"], exclude: ["Fixtures", "Support"]),
        .testTarget(name: "PressroomUITests", dependencies: ["PressroomUI", "PressroomCore"], exclude: ["Snapshots"]),
        .testTarget(name: "PressroomEndToEndTests", dependencies: ["pressroom", "PressroomCore", "PressroomUI"]),
    ]
)
