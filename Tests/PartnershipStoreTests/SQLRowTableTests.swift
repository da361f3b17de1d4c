import PartnershipStore
import Testing

/// A bad column's message names the table it was read from: the word after the statement's first
/// `FROM`, however the statement is laid out.
@Suite struct SQLRowTableTests {
    @Test func theTableIsTheWordAfterTheFirstFrom() {
        #expect(SQLRow.table(of: "SELECT snapshot, la_code FROM asylum_support WHERE vintage_id = ?") == "asylum_support")
        #expect(SQLRow.table(of: "select *\nfrom\nnts_transfers\nwhere 1 = 1") == "nts_transfers")
        #expect(SQLRow.table(of: "SELECT COUNT(*) AS n FROM uasc_request_step,uasc_request WHERE a IN (1,2)") == "uasc_request_step")
        #expect(SQLRow.table(of: "SELECT (SELECT 1 FROM inner_table) AS n FROM outer_table") == "inner_table)")
        #expect(SQLRow.table(of: "SELECT a, fromage FROM cheese") == "cheese")
        #expect(SQLRow.table(of: "SELECT 1") == "query")
        #expect(SQLRow.table(of: "DELETE FROM") == "query")
        #expect(SQLRow.table(of: "") == "query")
        #expect(SQLRow.table(of: "SELECT n FROM café_sales") == "café_sales")
    }
}
