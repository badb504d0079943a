// swift-tools-version:6.0
import PackageDescription

/// newsgraph: people, titles, places, organisations, meetings and dates from Chinese county
/// newspapers, linked into one co-occurrence graph and exported as JSON Lines, DOT and TEI.
///
/// Stage modules depend on `NewsGraphCore` only; `NewsGraphPipeline` wires them together and the
/// `newsgraph` executable is a thin command line over it.
/// The recognition modules are optimised in debug builds too: the tests run the debug binary
/// with the national gazetteers, whose 320,000 town and village names an unoptimised build
/// loads twenty times slower (8 s instead of 0.4 s a run).
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "newsgraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .executable(name: "newsgraph-bench", targets: ["newsgraph-bench"]),
        .library(name: "NewsGraphPipeline", targets: ["NewsGraphPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "NewsGraphCore", swiftSettings: optimizedInDebug),
        .target(name: "NewsGraphIngest", dependencies: ["NewsGraphCore"]),
        .target(name: "NewsGraphNormalize", dependencies: ["NewsGraphCore"]),
        .target(name: "NewsGraphRecognize", dependencies: ["NewsGraphCore"], exclude: ["Notes"], swiftSettings: optimizedInDebug),
        .target(name: "NewsGraphLink", dependencies: ["NewsGraphCore"]),
        .target(name: "NewsGraphExport", dependencies: ["NewsGraphCore", "CLibXML2"]),
        .target(
            name: "NewsGraphPipeline",
            dependencies: [
                "NewsGraphCore", "NewsGraphIngest", "NewsGraphNormalize",
                "NewsGraphRecognize", "NewsGraphLink", "NewsGraphExport",
            ]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraphPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "newsgraph-bench",
            dependencies: [
                "NewsGraphPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "NewsGraphTestSupport",
            dependencies: ["NewsGraphCore", "NewsGraphNormalize", "NewsGraphRecognize", "NewsGraphLink", "CLibXML2"],
            path: "Tests/NewsGraphTestSupport"
        ),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore", "NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphIngestTests", dependencies: ["NewsGraphIngest", "NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphNormalizeTests", dependencies: ["NewsGraphNormalize", "NewsGraphTestSupport"]),
        .testTarget(
            name: "NewsGraphRecognizeTests",
            dependencies: ["NewsGraphRecognize", "NewsGraphTestSupport"]
        ),
        .testTarget(name: "NewsGraphLinkTests", dependencies: ["NewsGraphLink", "NewsGraphRecognize", "NewsGraphTestSupport"]),
        .testTarget(name: "NewsGraphExportTests", dependencies: ["NewsGraphExport", "NewsGraphTestSupport"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["NewsGraphPipeline", "NewsGraphTestSupport"]
        ),
        .testTarget(name: "FuzzTests", dependencies: ["NewsGraphPipeline", "NewsGraphTestSupport"]),
    ]
)
