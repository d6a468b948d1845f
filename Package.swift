// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
        .library(name: "JixiaoCore", targets: ["JixiaoCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "JixiaoCore"),
        .target(
            name: "JixiaoFiles",
            dependencies: ["JixiaoCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/frameworks")]
        ),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoCore", "JixiaoFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JixiaoFilesTests",
            dependencies: ["JixiaoCore", "JixiaoFiles"]
        ),
        .testTarget(
            name: "JixiaoCoreTests",
            dependencies: [
                "JixiaoCore", "JixiaoFiles",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ]
)
