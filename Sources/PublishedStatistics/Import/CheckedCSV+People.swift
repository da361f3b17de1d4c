import PartnershipCore

extension CheckedCSV {
    /// A partnership's own file about people: the required columns are checked and any column
    /// that would hold personal data (a name, a date of birth) is refused.
    public init?(peopleFile text: String, file: String, required: [String], problems: inout [Diagnostic]) {
        self.init(text: text, file: file, required: required, problems: &problems)
        problems += PersonalDataColumns.check(header: header, file: file)
    }
}
