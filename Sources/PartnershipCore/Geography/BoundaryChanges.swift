/// The successor table that joins ONS mid-2019 populations (April 2019 codes) and older Home Office
/// rows to today's LAs. Every change listed merged whole districts.
///
/// Codes are cross-checked against the data in `shared/data/`: each predecessor appears in the
/// ONS MYE 2019 file or the Dec 2018 lookup, and each successor in Home Office Asy_D11 (Sep 2024).
public struct BoundaryChanges: Sendable {
    public let changes: [BoundaryChange]
    private let successorOf: [ONSCode: BoundaryChange]

    public init(_ changes: [BoundaryChange]) {
        self.changes = changes
        var map: [ONSCode: BoundaryChange] = [:]
        for change in changes {
            for code in change.predecessors + change.abolishedCounties { map[code] = change }
        }
        successorOf = map
    }

    /// The code an area carries today, following chains (e.g. Taunton Deane → Somerset West and
    /// Taunton (2019) → Somerset (2023)). Codes with no change are returned unchanged.
    public func current(_ code: ONSCode) -> ONSCode {
        var code = code
        while let change = successorOf[code] { code = change.successor }
        return code
    }

    /// True when `code` is a county abolished and split between several successors (e.g.
    /// Northamptonshire, 2021): its figures cannot be given to one of today's LAs.
    public func wasSplit(_ code: ONSCode) -> Bool {
        changes.filter { $0.abolishedCounties.contains(code) }.count > 1
    }

    /// The codes whose areas now lie wholly within `codes`: every predecessor and abolished county
    /// all of whose successors are among them (e.g. Northamptonshire E10000021 within a region
    /// that lists North and West Northamptonshire). A region's totals include figures published
    /// under these codes; no single LA of today does.
    public func historicCodes(within codes: Set<ONSCode>) -> Set<ONSCode> {
        var result = Set<ONSCode>()
        for code in Set(changes.flatMap { $0.predecessors + $0.abolishedCounties }) {
            let successors = changes.filter { $0.predecessors.contains(code) || $0.abolishedCounties.contains(code) }.map { current($0.successor) }
            if !successors.isEmpty && successors.allSatisfy(codes.contains) { result.insert(code) }
        }
        return result
    }

    /// The change that created `successor`, if any.
    public func change(creating successor: ONSCode) -> BoundaryChange? {
        changes.first { $0.successor == successor }
    }

    /// The April 2019 district codes whose populations make up today's `code`, following chains.
    public func predecessors2019(of code: ONSCode, known: Set<ONSCode>) -> [ONSCode] {
        if known.contains(code) { return [code] }
        guard let change = change(creating: code) else { return [code] }
        return change.predecessors.flatMap { predecessors2019(of: $0, known: known) }
    }

    /// England's reorganisations from April 2019 to April 2023.
    public static let england = BoundaryChanges([
        BoundaryChange(
            successor: "E06000058", name: "Bournemouth, Christchurch and Poole", effective: "2019-04-01",
            predecessors: ["E06000028", "E06000029", "E07000048"],
            source: "The Bournemouth, Dorset and Poole (Structural Changes) Order 2018"),
        BoundaryChange(
            successor: "E06000059", name: "Dorset", effective: "2019-04-01",
            predecessors: ["E07000049", "E07000050", "E07000051", "E07000052", "E07000053"], abolishedCounties: ["E10000009"],
            source: "The Bournemouth, Dorset and Poole (Structural Changes) Order 2018"),
        BoundaryChange(
            successor: "E07000246", name: "Somerset West and Taunton", effective: "2019-04-01",
            predecessors: ["E07000190", "E07000191"],
            source: "The Somerset West and Taunton (Local Government Changes) Order 2018"),
        BoundaryChange(
            successor: "E07000244", name: "East Suffolk", effective: "2019-04-01",
            predecessors: ["E07000205", "E07000206"],
            source: "The East Suffolk (Local Government Changes) Order 2018"),
        BoundaryChange(
            successor: "E07000245", name: "West Suffolk", effective: "2019-04-01",
            predecessors: ["E07000201", "E07000204"],
            source: "The West Suffolk (Local Government Changes) Order 2018"),
        BoundaryChange(
            successor: "E06000060", name: "Buckinghamshire", effective: "2020-04-01",
            predecessors: ["E07000004", "E07000005", "E07000006", "E07000007"], abolishedCounties: ["E10000002"],
            source: "The Buckinghamshire (Structural Changes) Order 2019"),
        BoundaryChange(
            successor: "E06000061", name: "North Northamptonshire", effective: "2021-04-01",
            predecessors: ["E07000150", "E07000152", "E07000153", "E07000156"], abolishedCounties: ["E10000021"],
            source: "The Northamptonshire (Structural Changes) Order 2020"),
        BoundaryChange(
            successor: "E06000062", name: "West Northamptonshire", effective: "2021-04-01",
            predecessors: ["E07000151", "E07000154", "E07000155"], abolishedCounties: ["E10000021"],
            source: "The Northamptonshire (Structural Changes) Order 2020"),
        BoundaryChange(
            successor: "E06000063", name: "Cumberland", effective: "2023-04-01",
            predecessors: ["E07000026", "E07000028", "E07000029"], abolishedCounties: ["E10000006"],
            source: "The Cumbria (Structural Changes) Order 2022"),
        BoundaryChange(
            successor: "E06000064", name: "Westmorland and Furness", effective: "2023-04-01",
            predecessors: ["E07000027", "E07000030", "E07000031"], abolishedCounties: ["E10000006"],
            source: "The Cumbria (Structural Changes) Order 2022"),
        BoundaryChange(
            successor: "E06000065", name: "North Yorkshire", effective: "2023-04-01",
            predecessors: ["E07000163", "E07000164", "E07000165", "E07000166", "E07000167", "E07000168", "E07000169"],
            abolishedCounties: ["E10000023"],
            source: "The North Yorkshire (Structural Changes) Order 2022"),
        BoundaryChange(
            successor: "E06000066", name: "Somerset", effective: "2023-04-01",
            predecessors: ["E07000187", "E07000188", "E07000189", "E07000246"], abolishedCounties: ["E10000027"],
            source: "The Somerset (Structural Changes) Order 2022"),
    ])
}
