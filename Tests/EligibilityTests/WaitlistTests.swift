import Eligibility
import Foundation
import Rules
import Testing

/// The bundled rules, loaded once.
private let waitlistContext: ScreeningContext? = try? Screening.load(rulesDirectory: "rulesets")

/// Screens CSV text for some services, ranked.
private func batch(_ csv: String, services: [String]) throws -> BatchOutcome {
  let context = try #require(waitlistContext)
  let screening = try BatchScreening(context: context, services: services, workers: 2)
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("screen-\(UUID().uuidString).csv").path
  try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
  defer { try? FileManager.default.removeItem(atPath: path) }
  var rejected: [String] = []
  let outcome = try BatchRun(screening: screening).run(
    path: path, reader: ApplicantTableReader(ruleset: context.ruleset), rejected: { rejected.append($0.rendered(in: .english)) })
  #expect(rejected.count == outcome.rejected)
  return outcome
}

private let header =
  "id,birth_date,application_date,household_size,monthly_income,status,single_parent,case_managed,public_referral,private_referral,sido,sigungu\n"

private func sahaRow(_ id: String, date: String = "2024-03-04", size: Int = 1, income: String, referral: String = "case") -> String {
  let flags = referral == "case" ? "Y,N,N" : (referral == "public" ? "N,Y,N" : "N,N,Y")
  return "\(id),1970-01-01,\(date),\(size),\(income),none,N,\(flags),부산광역시,사하구\n"
}

@Test func ranksFollowPriorityThenExactIncomeRatioThenDateThenIdThenLine() throws {
  // Two 2-person and one 1-person households at the same percentage differ only beyond the decimals shown.
  let csv = header
    + sahaRow("C", size: 2, income: "3682609", referral: "public")  // 100% exactly (2024 2인)
    + sahaRow("A", size: 1, income: "2228445", referral: "public")  // 100% exactly (2024 1인): tie on the ratio
    + sahaRow("B", date: "2024-03-01", size: 1, income: "2228445", referral: "public")  // same ratio, earlier date
    + sahaRow("D", size: 1, income: "2674134", referral: "case")  // priority 1 beats everything
    + sahaRow("A", size: 1, income: "2228445", referral: "public")  // same id, same everything: the line decides
  let outcome = try batch(csv, services: ["saha-organizing"])
  #expect(outcome.results.map(\.id) == ["C", "A", "B", "D", "A"])
  // D (priority 1), B (earlier date), A (id A < C, first line), A (later line), C.
  #expect(outcome.results.map(\.rank) == [5, 3, 2, 1, 4])
}

@Test func badRowsAreCountedWithTheirLinesAndTheRestIsScreened() throws {
  let csv = header
    + sahaRow("OK1", income: "2228445")
    + "BAD1,1950-02-30,2024-03-04,1,100,none,N,Y,N,N,부산광역시,사하구\n"
    + "BAD2,1970-01-01,2024-03-04,1,-5,none,N,Y,N,N,부산광역시,사하구\n"
    + "\"BAD3,\nstill bad\",1970-01-01,2024-03-04,1,100,nonesuch,N,Y,N,N,부산광역시,사하구\n"
    + "SHORT,1970-01-01\n"
    + sahaRow("OK2", income: "2674135")
  let outcome = try batch(csv, services: ["saha-organizing"])
  #expect(outcome.rowsIn == 6)
  #expect(outcome.screened == 2)
  #expect(outcome.rejected == 4)
  #expect(outcome.results.map(\.id) == ["OK1", "OK2"])
  #expect(outcome.results.map(\.decision) == [.eligible, .ineligible])
  #expect(outcome.results.map(\.reasons) == [[], ["소득"]])
}

/// Budget edges on four saha applicants of tiers 1, 2, 3, 3 (3 months × 475,000 / 450,000 / 400,000 / 400,000).
@Test(arguments: [
  (budget: 0, selected: 0, remaining: 0),
  (budget: 1_424_999, selected: 0, remaining: 1_424_999),
  (budget: 1_425_000, selected: 1, remaining: 0),
  (budget: 2_775_000, selected: 2, remaining: 0),  // exactly enough for the second
  (budget: 2_774_999, selected: 1, remaining: 1_349_999),  // one won short of the second
  (budget: 3_975_000, selected: 3, remaining: 0),
  (budget: 100_000_000, selected: 4, remaining: 94_825_000),
] as [(budget: Int64, selected: Int, remaining: Int64)])
func budgetSelectsInRankOrderAndStopsAtTheFirstThatDoesNotFit(budget: Int64, selected: Int, remaining: Int64) throws {
  let csv = header
    + "T1,1970-01-01,2024-03-04,1,1000000,livelihood,N,Y,N,N,부산광역시,사하구\n"
    + sahaRow("T2", income: "2000000")
    + sahaRow("T3a", income: "2500000")
    + sahaRow("T3b", income: "2600000")
  let outcome = try batch(csv, services: ["saha-organizing"])
  let context = try #require(waitlistContext)
  let service = try #require(context.ruleset.services.first { $0.id == "saha-organizing" })
  let selection = BudgetSelection(results: outcome.results, service: service, budget: budget)
  #expect(selection.months == 3)
  #expect(selection.entries.map(\.result.id) == ["T1", "T2", "T3a", "T3b"])
  #expect(selection.entries.map(\.cost) == [1_425_000, 1_350_000, 1_200_000, 1_200_000])
  #expect(selection.entries.filter(\.selected).count == selected)
  #expect(selection.remaining == remaining)
  #expect(selection.tiers.map(\.capacityAlone) == [budget / 1_425_000, budget / 1_350_000, budget / 1_200_000])
}

@Test func batchRowsAsCSVAndJSONLines() throws {
  let context = try #require(waitlistContext)
  let outcome = try batch(header + sahaRow("\"Q,1\"", income: "2228445"), services: ["saha-organizing"])
  let csv = BatchTableWriter(format: .csv, ruleset: context.ruleset)
  #expect(csv.header(byteOrderMark: true) == "\u{FEFF}id,service,result,priority,tier,gov_subsidy,copay,price,rank,reasons\n")
  #expect(outcome.results.map(csv.line) == ["\"Q,1\",saha-organizing,eligible,1,2,450000,50000,500000,1,\n"])
  let jsonl = BatchTableWriter(format: .jsonl, ruleset: context.ruleset)
  #expect(jsonl.header(byteOrderMark: false) == "")
  #expect(
    outcome.results.map(jsonl.line) == [
      #"{"id":"Q,1","service":"saha-organizing","result":"eligible","priority":1,"tier":2,"gov_subsidy":450000,"copay":50000,"price":500000,"rank":1,"reasons":[]}"# + "\n"
    ])
}
