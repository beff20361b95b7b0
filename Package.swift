// swift-tools-version:6.0
import PackageDescription

/// SalesFloor: a keyboard-driven terminal cockpit for a sales floor.
/// Layers (each knows only those below it): SalesFloorKit (domain) ← SalesFloorUI (pure UI)
/// ← SalesFloorTerminal + CNCurses (the only curses code) ← salesfloor (executable).
let package = Package(
  name: "SalesFloor",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "salesfloor", targets: ["salesfloor"]),
    .library(name: "SalesFloorKit", targets: ["SalesFloorKit"]),
    .library(name: "SalesFloorUI", targets: ["SalesFloorUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .target(
      name: "SalesFloorKit",
      dependencies: [
        "CStatfs",
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // statfs(2) (not in Swift's Glibc module): the store refuses to write over NFS/SMB.
    .systemLibrary(name: "CStatfs"),
    // The built-in themes: `Themes/*.json` is the only copy; SwiftPM embeds each file as bytes
    // (`PackageResources`), so a binary copied anywhere still has them and no Bundle is needed.
    .target(
      name: "SalesFloorThemes",
      path: "Themes",
      resources: ["dark", "high-contrast", "light", "mono"].map { .embedInCode("\($0).json") }
    ),
    // Team sync over git: runs the `git` command; the merge itself is SalesFloorKit's.
    .target(name: "SalesFloorSync", dependencies: ["SalesFloorKit"]),
    .target(name: "SalesFloorUI", dependencies: ["SalesFloorKit", "SalesFloorThemes", "CUtf8proc"]),
    // Unicode widths and grapheme breaks for the text toolkit (not curses: SalesFloorUI may use it).
    .systemLibrary(
      name: "CUtf8proc",
      pkgConfig: "libutf8proc",
      providers: [.apt(["libutf8proc-dev"])]
    ),
    .systemLibrary(
      name: "CNCurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "SalesFloorTerminal", dependencies: ["CNCurses", "SalesFloorUI"]),
    .executableTarget(
      name: "salesfloor",
      dependencies: [
        "SalesFloorKit", "SalesFloorUI", "SalesFloorTerminal", "SalesFloorSync",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "salesfloor-bench",
      dependencies: ["SalesFloorKit", "SalesFloorUI", "SalesFloorSync"],
      path: "Benchmarks/SalesFloorBench"
    ),
    // Test doubles (an in-memory store) shared by the test targets; never linked into a product.
    .target(
      name: "SalesFloorTestSupport", dependencies: ["SalesFloorKit", "SalesFloorUI"],
      path: "Tests/SalesFloorTestSupport"),
    .testTarget(name: "SalesFloorKitTests", dependencies: ["SalesFloorKit"]),
    .testTarget(name: "SalesFloorSyncTests", dependencies: ["SalesFloorSync", "SalesFloorKit"]),
    .testTarget(
      name: "SalesFloorUITests",
      dependencies: ["SalesFloorUI", "SalesFloorKit", "SalesFloorThemes", "SalesFloorTestSupport"],
      exclude: ["Golden", "Goldens"]),
    .testTarget(name: "SalesFloorTerminalTests", dependencies: ["SalesFloorTerminal", "SalesFloorUI"]),
    .testTarget(
      name: "SalesFloorEndToEndTests",
      dependencies: ["SalesFloorKit", "SalesFloorTestSupport", "salesfloor"]
    ),
  ]
)
