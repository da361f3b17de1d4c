/// Column names that would carry a person's identity (names, dates of birth, addresses, contact
/// details). Files about people are refused when they have one: the platform keeps pseudonymous
/// references only. Names are matched by their words, whatever the spelling (`DateOfBirth`,
/// `d.o.b`, `client_name`, `applicant name`, `head_of_household`, `nom`).
public enum PersonalDataColumns {
    static let forbiddenWords: Set<String> = [
        "name", "names", "nom", "forename", "forenames", "surname", "firstname", "lastname", "fullname", "birthdate", "dob", "born",
        "birth", "address", "postcode", "phone", "telephone", "mobile", "email", "nhs",
    ]
    static let forbiddenRuns = ["dateofbirth", "birthdate", "headofhousehold", "nationalinsurance", "ninumber", "givenname", "familyname"]

    /// The words of a column name: camel case split, lower-cased, split at anything not a letter or digit.
    static func words(_ column: String) -> [String] {
        var spaced = ""
        var previousLower = false
        for character in column {
            if character.isUppercase && previousLower { spaced.append(" ") }
            previousLower = character.isLowercase
            spaced.append(character.isLetter || character.isNumber ? Character(character.lowercased()) : " ")
        }
        return spaced.split(separator: " ").map(String.init)
    }

    /// True when the column would hold personal data.
    public static func isPersonal(_ column: String) -> Bool {
        let words = words(column)
        let run = words.joined()
        return words.contains(where: forbiddenWords.contains) || forbiddenRuns.contains(where: run.contains) || run == "dob"
    }

    /// The header columns that look like personal data, with the diagnostic for each.
    public static func check(header: [String], file: String) -> [Diagnostic] {
        header.filter(isPersonal).map {
            Diagnostic(
                .error, file: file, line: 1, field: $0,
                message: "this column would hold personal data; the platform stores pseudonymous references only",
                suggestion: "remove the column and identify people by their pseudonymous reference (case_ref, child_ref)")
        }
    }
}
