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
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    .target(
      name: "SalesFloorKit",
      dependencies: [
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    .target(name: "SalesFloorUI", dependencies: ["SalesFloorKit"]),
    .systemLibrary(
      name: "CNCurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "SalesFloorTerminal", dependencies: ["CNCurses", "SalesFloorUI"]),
    .executableTarget(
      name: "salesfloor",
      dependencies: [
        "SalesFloorKit", "SalesFloorUI", "SalesFloorTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "salesfloor-bench",
      dependencies: ["SalesFloorKit", "SalesFloorUI"],
      path: "Benchmarks/SalesFloorBench"
    ),
    .testTarget(name: "SalesFloorKitTests", dependencies: ["SalesFloorKit"]),
    .testTarget(
      name: "SalesFloorUITests", dependencies: ["SalesFloorUI", "SalesFloorKit"], exclude: ["Golden"]),
    .testTarget(name: "SalesFloorTerminalTests", dependencies: ["SalesFloorTerminal", "SalesFloorUI"]),
    .testTarget(
      name: "SalesFloorEndToEndTests",
      dependencies: ["SalesFloorKit", "salesfloor"]
    ),
  ]
)
