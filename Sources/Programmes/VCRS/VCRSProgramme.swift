import PartnershipCore
import ProgrammeKit
import ResettlementCore

/// Vulnerable Children's Resettlement Scheme.
public struct VCRSProgramme: ResettlementProgramme {
    public let scheme = ResettlementScheme(
        id: "vcrs", title: "Vulnerable Children's Resettlement Scheme",
        summary:
            "Resettlement of up to 3,000 vulnerable children and their families from the MENA region (announced 21 Apr 2016): pledges, "
            + "referrals, matching, arrivals and tariffs."
    )

    public init() {}
}
