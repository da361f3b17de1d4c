import PartnershipCore
import ProgrammeKit
import ResettlementCore

/// Syrian Vulnerable Persons Resettlement Scheme.
public struct VPRSProgramme: ResettlementProgramme {
    public let scheme = ResettlementScheme(
        id: "vprs", title: "Syrian Vulnerable Persons Resettlement Scheme",
        summary:
            "Resettlement of refugees from the Syria conflict (launched Jan 2014; 20,000 by 2020 from 7 Sep 2015): pledges, referrals, "
            + "matching, arrivals and tariffs."
    )

    public init() {}
}
