/// The free text that says where records came from: a records file's `source` column and a
/// batch id. It is shown in every listing of those records, so it must never carry a person's
/// details: a date of birth, an age, or a name. A source may be a short phrase (the synthetic
/// generators write one); a batch id is a code.
public enum SourceText {
    public static let sourceLimit = 120
    public static let batchLimit = 32

    /// Why `text` cannot be a `source`, or nil.
    public static func problem(inSource text: String) -> String? {
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "has a line break or control character: a source is one short line"
        }
        if text.count > sourceLimit { return "is \(text.count) characters: a source is a short code or phrase (at most \(sourceLimit))" }
        return personalDetail(in: text).map { "\($0): a source says where records came from, never who they are about" }
    }

    /// Why `text` cannot be a batch id, or nil.
    public static func problem(inBatch text: String) -> String? {
        if text.isEmpty { return "a batch id is needed, e.g. 2017-B3" }
        let allowed = text.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_/.".unicodeScalars.contains($0)
        }
        guard allowed, text.count <= batchLimit else {
            return "'\(text)' is not a batch id: up to \(batchLimit) letters, digits and - _ / . (e.g. 2017-B3)"
        }
        return personalDetail(in: text).map { "\($0): a batch id is a code such as 2017-B3" }
    }

    /// Why a records file's name cannot be kept as its records' source (records without a
    /// `source` column keep the file's name), or nil.
    public static func problem(inFileName name: String) -> String? {
        personalDetail(in: name).map { "the file name \($0): records without a source column keep it as their source" }
    }

    /// A date of birth or age, a title before a name, or two name-shaped words in a row that
    /// are not words organisations and places use ("Ahmed Ali", but not "Durham County Council").
    static func personalDetail(in text: String) -> String? {
        let lower = text.lowercased()
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let lowerWords = Set(words.map { $0.lowercased() })
        if lower.contains("d.o.b") || lower.contains("date of birth") || !lowerWords.isDisjoint(with: ["dob", "born", "birth", "birthday", "aged"]) {
            return "mentions a date of birth or an age"
        }
        for (word, next) in zip(words, words.dropFirst()) {
            if word.lowercased() == "age", Int(next) != nil { return "mentions an age" }
            if titles.contains(word.lowercased()), next.first?.isUppercase == true {
                return "looks like it names a person ('\(word) \(next)')"
            }
            if NameShape.isNameLike(word), NameShape.isNameLike(next), !organisationWords.contains(word), !organisationWords.contains(next) {
                return "has two words shaped like a person's name ('\(word) \(next)')"
            }
        }
        return nil
    }

    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "master"]

    /// Capitalised words organisations, schemes and places use, which two-name-word checks pass.
    static let organisationWords: Set<String> = [
        "Home", "Office", "Council", "County", "City", "Borough", "District", "Metropolitan", "Royal", "Partnership", "Strategic", "Migration",
        "Refugee", "Refugees", "Resettlement", "Scheme", "Referral", "Referrals", "Return", "Returns", "Batch", "Team", "Service", "Services",
        "Social", "Care", "Children", "Unit", "Health", "Police", "Red", "Cross", "British", "National", "Transfer", "Department", "Agency",
        "Authority", "Local", "North", "South", "East", "West", "Northern", "Midlands", "Yorkshire", "Humber", "England", "Wales", "Scotland",
        "Ireland", "Greater", "London", "Synthetic", "Seed", "Test", "Data", "Records", "Quarter", "Quarterly", "Annual", "Monthly", "Export",
        "Housing", "Pledge", "Pledges", "Arrival", "Arrivals", "Vulnerable", "Persons", "Afghan", "Syrian", "Ukrainian", "Citizens",
        "Relocation", "Assistance", "Policy", "Global", "Community", "Sponsorship", "Modern", "Slavery", "Recourse", "Public", "Funds",
        "Unaccompanied", "Asylum", "Support", "Accommodation", "Contingency", "Hotel", "Initial", "Dispersal", "Tees", "Valley", "Tyne",
        "Wear", "Durham", "Northumberland", "Cleveland", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Spreadsheet", "Upload", "Mailbox", "Email", "Portal", "Update", "Caseworker",
    ]
}

/// Words shaped like a name: a capital then two or more small letters (`Ahmed`, `Ali`).
enum NameShape {
    static func isNameLike<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        let rest = word.unicodeScalars.dropFirst()
        return rest.count >= 2 && rest.allSatisfy { ("a"..."z").contains($0) }
    }
}
