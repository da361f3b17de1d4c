/// Who is in a referred household: counts only, by the age bands the tariffs use (no names, no
/// dates of birth).
public struct Household: Hashable, Sendable, Codable {
    public let adults: Int
    public let childrenUnder3: Int
    /// Children aged 3-4: the £2,250 year-1 education tariff.
    public let children3to4: Int
    /// Children aged 5-18: the £4,500 year-1 education tariff.
    public let children5to18: Int

    public init(adults: Int, childrenUnder3: Int = 0, children3to4: Int = 0, children5to18: Int = 0) {
        self.adults = adults
        self.childrenUnder3 = childrenUnder3
        self.children3to4 = children3to4
        self.children5to18 = children5to18
    }

    public var children: Int { childrenUnder3 + children3to4 + children5to18 }
    public var size: Int { adults + children }

    /// The pledge household type this household needs.
    public func type(largeFamilyFrom threshold: Int) -> HouseholdType {
        if size == 1 && adults == 1 { return .singleAdult }
        return size >= threshold ? .largeFamily : .family
    }

    /// "2 adults, 2 children (1 aged 3-4, 1 aged 5-18)".
    public var summary: String {
        var bands: [String] = []
        if childrenUnder3 > 0 { bands.append("\(childrenUnder3) under 3") }
        if children3to4 > 0 { bands.append("\(children3to4) aged 3-4") }
        if children5to18 > 0 { bands.append("\(children5to18) aged 5-18") }
        let kids = children == 0 ? "" : ", \(children) \(children == 1 ? "child" : "children") (\(bands.joined(separator: ", ")))"
        return "\(adults) \(adults == 1 ? "adult" : "adults")\(kids)"
    }
}
