/// Column names that would carry a person's identity (names, dates of birth, addresses). Files
/// about people are refused when they have one: the platform keeps pseudonymous references only.
public enum PersonalDataColumns {
    static let forbidden: Set<String> = [
        "name", "names", "full name", "fullname", "first name", "firstname", "forename", "forenames", "given name", "middle name",
        "last name", "lastname", "surname", "family name", "date of birth", "dob", "birth date", "address", "postcode", "phone", "telephone", "email",
        "nhs number", "ni number", "national insurance number",
    ]

    /// The header columns that look like personal data, with the diagnostic for each.
    public static func check(header: [String], file: String) -> [Diagnostic] {
        header.filter { forbidden.contains(NameKey.fold($0)) }.map {
            Diagnostic(
                .error, file: file, line: 1, field: $0,
                message: "this column would hold personal data; the platform stores pseudonymous case references only",
                suggestion: "remove the column and identify households by case_ref")
        }
    }
}
