import Eligibility
import Foundation
import Rules
import Testing

/// A temporary copy of `rulesets/` where saha-organizing's income limit (the eligibility criterion and tier 3) is
/// lowered from 120% to 100% of the 기준 중위소득.
private func loweredSahaRules() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-diff-\(UUID().uuidString)")
  try FileManager.default.copyItem(at: URL(fileURLWithPath: "rulesets"), to: folder)
  let file = folder.appendingPathComponent("saha-organizing.rules")
  var text = try String(contentsOf: file, encoding: .utf8)
  text = text.replacingOccurrences(
    of: "\"소득: 기준 중위소득 120% 이하\": income_pct <= 120%", with: "\"소득: 기준 중위소득 100% 이하\": income_pct <= 100%")
  text = text.replacingOccurrences(of: "100% < income_pct <= 120%", with: "100% < income_pct <= 100%")
  try Data(text.utf8).write(to: file)
  return folder
}

private func load(_ folder: String) throws -> ScreeningContext {
  do {
    return try Screening.load(rulesDirectory: folder)
  } catch {
    Issue.record("cannot load \(folder): \(error)")
    throw error
  }
}

private func run(_ diff: PolicyDiff, _ path: String, language: Language = .korean) throws -> (DiffOutcome, [String]) {
  var rejected: [String] = []
  let outcome = try diff.run(path: path, language: language) { rejected.append($0.rendered(in: language)) }
  return (outcome, rejected)
}

@Test func loweringSahaIncomeLimitLosesExactlyTwo() throws {
  let folder = try loweredSahaRules()
  defer { try? FileManager.default.removeItem(at: folder) }
  let diff = PolicyDiff(old: try load("rulesets"), new: try load(folder.path), workers: 2)
  let (outcome, rejected) = try run(diff, "examples/applicants.csv")
  #expect(rejected.isEmpty)
  #expect(outcome.screened == 13)
  #expect(outcome.rows.map { "\($0.id) \($0.service)" } == ["S-005 saha-organizing", "S-006 saha-organizing"])
  #expect(outcome.rows.map(\.why) == [["소득: 105.9% ≤ 120% → 105.9% > 100%"], ["소득: 120% ≤ 120% → 120% > 100%"]])
  #expect(outcome.rows.allSatisfy { $0.lost && $0.new.decision == .ineligible && $0.old.tierNumber == 3 })
  let saha = try #require(outcome.services.first { $0.id == "saha-organizing" })
  #expect((saha.gained, saha.lost, saha.tierUp, saha.tierDown, saha.priorityChanged) == (0, 2, 0, 0, 0))
  #expect((saha.eligibleBoth, saha.rankMoved) == (3, 0))
  #expect((saha.oldBudget.eligible, saha.newBudget.eligible) == (5, 3))
  #expect((saha.oldBudget.subsidy, saha.newBudget.subsidy) == (6_600_000, 4_200_000))
  #expect((saha.oldBudget.copay, saha.newBudget.copay) == (900_000, 300_000))
  for other in outcome.services where other.id != "saha-organizing" {
    #expect((other.gained, other.lost, other.rankMoved) == (0, 0, 0))
  }
  #expect(outcome.added.isEmpty && outcome.removed.isEmpty)
}

/// 1인 가구 사하구 통합사례관리 대상자: incomes between the 2023 and 2024 median lines (2,077,892원 / 2,228,445원).
private let medianCSV = """
  id,application_date,household_size,monthly_income,status,single_parent,case_managed,sido,sigungu
  M-1,2024-03-04,1,2600000,none,N,Y,부산광역시,사하구
  M-2,2024-03-04,1,2300000,none,N,Y,부산광역시,사하구
  M-3,2024-03-04,1,2100000,none,N,Y,부산광역시,사하구
  M-4,2024-03-04,1,2700000,none,N,Y,부산광역시,사하구

  """

@Test func the2024MedianTableMovesApplicantsBetweenTheLines() throws {
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("screen-diff-\(UUID().uuidString).csv")
  try Data(medianCSV.utf8).write(to: file)
  defer { try? FileManager.default.removeItem(at: file) }
  let rules = try load("rulesets")
  let diff = PolicyDiff(old: rules, new: rules, asOfOld: try civil("2023-06-01"), asOfNew: try civil("2024-06-01"))
  let (outcome, _) = try run(diff, file.path)
  let saha = outcome.rows.filter { $0.service == "saha-organizing" }
  // M-1 gains (125.1% → 116.7%); M-3 moves from tier 3 to tier 2; M-2 stays tier 3 at rank 2; M-4 stays out.
  #expect(saha.map(\.id) == ["M-1", "M-3"])
  #expect(saha[0].why == ["소득: 125.1% > 120% → 116.7% ≤ 120% (기준 중위소득 2023 → 2024)"])
  #expect(saha[0].gained && saha[0].new.tierNumber == 3 && saha[0].new.rank == 3)
  #expect(
    saha[1].why == [
      "등급 3 \"기준 중위소득 100% 초과 120% 이하\" → 2 \"기준 중위소득 100% 이하 중 1등급이 아닌 자\"",
      "순위 기준 소득 (기준 중위소득 대비): 101.1% → 94.2%", "기준 중위소득 2023 → 2024",
    ])
  #expect((saha[1].old.copay?.won, saha[1].new.copay?.won) == (100_000, 50_000))
  let summary = try #require(outcome.services.first { $0.id == "saha-organizing" })
  #expect((summary.gained, summary.lost, summary.tierUp, summary.tierDown, summary.eligibleBoth, summary.rankMoved) == (1, 0, 1, 0, 2, 0))
  // Per month × 3 support months: old 2 × 400,000; new 400,000 + 400,000 + 450,000.
  #expect((summary.oldBudget.subsidy, summary.newBudget.subsidy) == (2_400_000, 3_750_000))
  #expect((summary.oldBudget.copay, summary.newBudget.copay) == (600_000, 750_000))
  let chart = saha.compactMap(\.incomeRatio).map(\.percentText)
  #expect(chart == ["116.7%", "94.2%"])
}

@Test func aColumnTheOldSchemaLacksIsAnError() throws {
  let folder = try loweredSahaRules()
  defer { try? FileManager.default.removeItem(at: folder) }
  let schema = folder.appendingPathComponent("schema.rules")
  var text = try String(contentsOf: schema, encoding: .utf8)
  let marker = "field monthly_income"
  let range = try #require(text.range(of: marker))
  text.insert(contentsOf: "field pet_count: count \"반려동물 수\"\n  ", at: range.lowerBound)
  try Data(text.utf8).write(to: schema)
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("screen-diff-\(UUID().uuidString).csv")
  try Data("id,pet_count,monthly_income\nP-1,2,1000000\n".utf8).write(to: file)
  defer { try? FileManager.default.removeItem(at: file) }
  let diff = PolicyDiff(old: try load("rulesets"), new: try load(folder.path))
  #expect(throws: PolicyDiffError.self) { _ = try run(diff, file.path) }
  do {
    _ = try run(diff, file.path)
  } catch let error as PolicyDiffError {
    guard case .schema(.unknownToOld(let column)) = error else { Issue.record("unexpected \(error)"); return }
    #expect(column == "pet_count")
  }
}
