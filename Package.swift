// swift-tools-version: 6.1
import PackageDescription

/// SMP Platform: a host (PartnershipCore) that defines regions, programmes and reports;
/// region modules are data folders under `regions/`; each scheme is a programme module that
/// conforms to the plugin contract (ProgrammeKit) and brings its commands (CommandLineKit).
/// Adding a programme: its folder under Sources/Programmes, one line here, one line in
/// Sources/Composition/StandardProgrammes.swift.
let programmes: [(name: String, deps: [String], resources: [Resource]?)] = [
    ("Dispersal", [], nil),
    ("ResettlementCore", [], [.copy("Resources/national-tariffs.csv")]),
    ("VPRS", ["ResettlementCore"], nil),
    ("VCRS", ["ResettlementCore"], nil),
    ("UASCTransfer", [], nil),
    ("ModernSlavery", [], nil),
    ("NRPF", [], nil),
]

/// What every programme module may import: the host, the store, published statistics, reporting,
/// the plugin contract and the command-line adapter.
let programmeLayers: [Target.Dependency] = [
    "PartnershipCore", "PartnershipStore", "PublishedStatistics", "Reporting", "ProgrammeKit", "CommandLineKit",
    .product(name: "ArgumentParser", package: "swift-argument-parser"),
    .product(name: "Logging", package: "swift-log"),
]

var targets: [Target] = [
    .target(name: "PartnershipCore"),
    .target(
        name: "RegionModules",
        dependencies: [
            "PartnershipCore",
            .product(name: "Yams", package: "Yams"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
    // Process-wide settings that only C can make (SQLite's memory statistics, glibc's heap padding).
    .target(name: "SystemTuning", linkerSettings: [.linkedLibrary("sqlite3")]),
    .target(
        name: "PartnershipStore",
        dependencies: [
            "PartnershipCore", "SystemTuning",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
    .target(
        name: "PublishedStatistics",
        dependencies: [
            "PartnershipCore", "PartnershipStore",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ],
        resources: [.copy("Resources/data")]),
    .target(
        name: "Reporting",
        dependencies: [
            "PartnershipCore",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Mustache", package: "swift-mustache"),
        ],
        resources: [.copy("Templates")]),
    .target(
        name: "ProgrammeKit",
        dependencies: [
            "PartnershipCore", "PartnershipStore", "PublishedStatistics", "Reporting",
            .product(name: "Logging", package: "swift-log"),
        ]),
    .target(
        name: "PartnershipReports",
        dependencies: [
            "PartnershipCore", "PartnershipStore", "PublishedStatistics", "Reporting", "ProgrammeKit",
            .product(name: "Logging", package: "swift-log"),
        ]),
    .target(
        name: "PartnershipServer",
        dependencies: [
            "PartnershipCore", "PartnershipStore", "PublishedStatistics", "Reporting", "ProgrammeKit", "PartnershipReports",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
    .target(
        name: "CommandLineKit",
        dependencies: [
            "PartnershipCore", "RegionModules", "PartnershipStore", "PublishedStatistics", "Reporting", "ProgrammeKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    .target(
        name: "SMPCommands",
        dependencies: [
            "PartnershipCore", "RegionModules", "PartnershipStore", "PublishedStatistics", "Reporting", "ProgrammeKit", "CommandLineKit",
            "PartnershipReports", "PartnershipServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    .target(
        name: "Composition",
        dependencies: ["CommandLineKit"] + programmes.map { .target(name: $0.name) }),
    .executableTarget(
        name: "smp",
        dependencies: [
            "Composition", "SMPCommands", "CommandLineKit", "SystemTuning",
            .product(name: "Logging", package: "swift-log"),
        ],
        // A release `smp` links the Swift runtime and Foundation into itself: each command is its
        // own process, and loading and relocating a dozen shared libraries cost about 7 ms of every
        // run (measured with `smp bench dispersal`; see README, Performance). Debug builds and tests
        // link them dynamically as usual. The runtime's link options export every symbol of our
        // modules (55,000) to the dynamic table; nothing loads against an executable, so it exports
        // none (`--no-export-dynamic` overrides them), which saves the loader about 0.6 ms a run.
        linkerSettings: [
            .unsafeFlags(["-static-stdlib", "-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))
        ]),
    .plugin(
        name: "ValidateRegions",
        capability: .command(
            intent: .custom(verb: "validate-regions", description: "Validate every region module under regions/")),
        dependencies: ["smp"]),
    .plugin(
        name: "NewRegion",
        capability: .command(
            intent: .custom(verb: "new-region", description: "Scaffold a new region module from regions/_template"),
            permissions: [.writeToPackageDirectory(reason: "Creates regions/<id>/ from the template")]),
        dependencies: ["smp"]),
    .target(
        name: "TestSupport", dependencies: ["PartnershipStore", "ProgrammeKit", "PartnershipCore", .product(name: "Logging", package: "swift-log")],
        path: "Sources/TestSupport"),
    .testTarget(name: "PartnershipCoreTests", dependencies: ["PartnershipCore", "TestSupport", .product(name: "CSV", package: "CSV.swift")]),
    .testTarget(
        name: "RegionModulesTests",
        dependencies: [
            "RegionModules", "PartnershipCore", "TestSupport", "Composition", "CommandLineKit", "ProgrammeKit", .product(name: "CSV", package: "CSV.swift"),
        ]),
    .testTarget(
        name: "PublishedStatisticsTests",
        dependencies: [
            "PublishedStatistics", "PartnershipStore", "PartnershipCore", "RegionModules", "ProgrammeKit", "Composition", "TestSupport",
            .product(name: "CSV", package: "CSV.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    .testTarget(name: "PartnershipStoreTests", dependencies: ["PartnershipStore", "TestSupport", .product(name: "Logging", package: "swift-log")]),
    .testTarget(name: "ReportingTests", dependencies: ["Reporting", "PartnershipCore"]),
    .testTarget(name: "PartnershipReportsTests", dependencies: ["PartnershipReports", "PartnershipCore", "Reporting"]),
    .testTarget(
        name: "ProgrammeKitTests",
        dependencies: ["ProgrammeKit", "PartnershipCore", "PartnershipStore", "PublishedStatistics", "Reporting", "TestSupport"]),
    .testTarget(
        name: "SMPCommandsTests",
        dependencies: [
            "SMPCommands", "CommandLineKit", "ProgrammeKit", "Composition", "PartnershipCore", "PartnershipStore", "Reporting", "TestSupport", "PublishedStatistics",
            .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Crypto", package: "swift-crypto"), "PartnershipServer", "RegionModules",
            .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    .testTarget(name: "SMPCLITests", dependencies: ["smp", "TestSupport", "PartnershipCore", "PartnershipStore", "PublishedStatistics"]),
]

for programme in programmes {
    targets.append(
        .target(
            name: programme.name,
            dependencies: programmeLayers + programme.deps.map { .target(name: $0) },
            path: "Sources/Programmes/\(programme.name)",
            resources: programme.resources))
    targets.append(
        .testTarget(
            name: "\(programme.name)Tests",
            dependencies: [.target(name: programme.name), "Composition", "RegionModules", "TestSupport"] + programmeLayers,
            path: "Tests/Programmes/\(programme.name)Tests"))
}

/// A release build on Linux links the Swift runtime and Foundation statically (see `smp` above);
/// our modules are compiled for that too, so they name the static libraries Foundation needs
/// (FoundationXML's libxml2 interface).
let staticRuntime: SwiftSetting = .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))

for target in targets where target.type != .plugin && target.name != "SystemTuning" {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility"), staticRuntime]
}

let package = Package(
    name: "SMPPlatform",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "smp", targets: ["smp"]),
        .library(name: "PartnershipCore", targets: ["PartnershipCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: targets,
    swiftLanguageModes: [.v6]
)
