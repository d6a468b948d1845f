// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .library(name: "JixiaoCore", targets: ["JixiaoCore"]),
        .library(name: "JixiaoRender", targets: ["JixiaoRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Vapor's and Fluent's own dependencies, named because targets import them directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.28.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.12.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
    ],
    targets: [
        .target(name: "JixiaoCore"),
        .target(
            name: "JixiaoFiles",
            dependencies: ["JixiaoCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/frameworks"), .copy("Resources/library")]
        ),
        .target(name: "JixiaoSQLiteConfig"),
        .target(
            name: "JixiaoStore",
            dependencies: [
                "JixiaoCore", "JixiaoSQLiteConfig",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "JixiaoWeb",
            dependencies: [
                "JixiaoCore", "JixiaoFiles", "JixiaoStore",
                "JixiaoImport", "JixiaoRender",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .target(
            name: "JixiaoImport",
            dependencies: ["JixiaoCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .systemLibrary(
            name: "JixiaoZlib", path: "Sources/JixiaoZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "JixiaoRender",
            dependencies: [
                "JixiaoCore", "JixiaoZlib",
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore", "JixiaoFiles", "JixiaoImport", "JixiaoRender", "JixiaoWeb", "JixiaoStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JixiaoFilesTests",
            dependencies: ["JixiaoCore", "JixiaoFiles"],
            // Read by path from the checkout (ScoringGoldenTests), not bundled.
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "JixiaoCoreTests",
            dependencies: [
                "JixiaoCore", "JixiaoFiles",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "JixiaoWebTests",
            dependencies: [
                "JixiaoWeb", "JixiaoStore", "JixiaoCore", "JixiaoFiles", "JixiaoImport", "JixiaoRender",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            // Read by SnapshotTests from the checkout; re-recorded with SNAPSHOT_TESTING_RECORD=all.
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "JixiaoStoreTests",
            dependencies: [
                "JixiaoStore", "JixiaoCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "JixiaoImportTests",
            dependencies: [
                "JixiaoCore", "JixiaoImport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "JixiaoRenderTests",
            dependencies: [
                "JixiaoCore", "JixiaoRender", "JixiaoImport", "JixiaoFiles",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
