extension Pledge {
    /// What is wrong with a pledge whatever it was entered through (a file row or `pledge add`):
    /// pairs of the field and the problem, empty when it is sound.
    public var problems: [(field: String, message: String)] {
        var problems: [(field: String, message: String)] = []
        if meets.contains(.mobility) { problems.append(("meets", "mobility needs are met by wheelchair_accessible_homes, not listed here")) }
        if householdTypes.isEmpty { problems.append(("household_types", "no household type offered")) }
        return problems
    }
}
