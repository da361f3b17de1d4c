import CommandLineKit
import Composition
import Foundation
import PartnershipCore
import ProgrammeKit
import RegionModules
import TestSupport
import Testing

/// The four real region modules, read with the platform's own loader.
enum RegionFixtures {
    static let catalog = RegionCatalog(folder: RepositoryPaths.regions, registry: try! StandardProgrammes.registry().platform.programmes)

    static func lowerTierCodes(_ id: String) async throws -> [ONSCode] {
        try #require(catalog.region(id)).lowerTier.map(\.code)
    }

    /// Region name (as Asy_D11 spells it, folded) → the module's lower-tier LA codes.
    static func allLowerTier() async throws -> [String: Set<ONSCode>] {
        Dictionary(
            uniqueKeysWithValues: catalog.regions.compactMap { region in
                region.onsRegionCode.flatMap { code in EnglishRegion.all.first { $0.code == code } }.map {
                    ($0.name, Set(region.lowerTier.map(\.code)))
                }
            })
    }
}
