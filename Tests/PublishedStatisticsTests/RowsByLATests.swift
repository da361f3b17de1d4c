import PartnershipCore
import Testing

@testable import PublishedStatistics

/// A release read once answers each question about some LAs with exactly their rows, in the
/// order the store returned them, whatever order the LAs are asked in.
@Suite struct RowsByLATests {
    @Test func picksTheLAsRowsInTheirOwnOrder() throws {
        let hartlepool = try #require(ONSCode("E06000001")), middlesbrough = try #require(ONSCode("E06000002"))
        let redcar = try #require(ONSCode("E06000003"))
        let rows: [(Int, ONSCode?)] = [(1, middlesbrough), (2, hartlepool), (3, nil), (4, middlesbrough), (5, redcar), (6, hartlepool)]
        let indexed = RowsByLA(rows, code: \.1)
        #expect(indexed.rows(in: [hartlepool, middlesbrough]).map(\.0) == [1, 2, 4, 6])
        #expect(indexed.rows(in: [middlesbrough, hartlepool, middlesbrough]).map(\.0) == [1, 2, 4, 6])
        #expect(indexed.rows(in: []).isEmpty)
        #expect(indexed.rows(in: nil).map(\.0) == [1, 2, 3, 4, 5, 6])
    }
}
