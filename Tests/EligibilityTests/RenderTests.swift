import Eligibility
import Foundation
import Rules
import Testing

/// The report of an example applicant file for one service (or all).
private func report(_ example: String, service: String?) throws -> ScreeningReport {
  let bytes = try #require(FileManager.default.contents(atPath: "examples/\(example).json"))
  let context = try rulesetContext()
  switch context.decodeApplicant(jsonData: bytes) {
  case .success(let facts): return try context.screen(facts, service: service)
  case .failure(let errors):
    Issue.record(Comment(rawValue: errors.rendered()))
    throw errors
  }
}

/// Each ruleset file's SHA-256, computed here from the bytes on disk, as golden placeholders.
private func hashPlaceholders() throws -> [(String, String)] {
  try rulesetContext().files.map { file in
    let bytes = FileManager.default.contents(atPath: file.path) ?? Data()
    return ("@sha256(\(file.path))@", SHA256.hexDigest(of: bytes))
  }
}

@Test func koreanTextOfAnEligibleApplicant() throws {
  assertMatchesGolden(ReportRenderer.text(try report("saha-applicant", service: "saha-organizing")), "saha-applicant.ko.txt")
}

@Test func englishTextOfAnEligibleApplicant() throws {
  let text = ReportRenderer.text(try report("saha-applicant", service: "saha-organizing"), language: .english)
  assertMatchesGolden(text, "saha-applicant.en.txt")
}

@Test func koreanTextOfAnUndeterminedApplicant() throws {
  assertMatchesGolden(ReportRenderer.text(try report("incomplete", service: "saha-organizing")), "incomplete.ko.txt")
}

@Test func koreanTextWithDataWarnings() throws {
  assertMatchesGolden(ReportRenderer.text(try report("saha-recipient-warning", service: "saha-organizing")), "saha-recipient-warning.ko.txt")
}

@Test func jsonOfAnEligibleApplicant() throws {
  let json = ReportRenderer.json(try report("saha-applicant", service: "saha-organizing"))
  assertMatchesGolden(json, "saha-applicant.json", placeholders: try hashPlaceholders())
  // The document is valid JSON with the documented top-level keys, in order.
  let value = try JSONParser.parse(Array(json.utf8)).get()
  #expect(
    value.members?.map(\.key) == [
      "screen_version", "as_of", "as_of_source", "applicant_id", "ruleset_files", "warnings", "summary", "services",
    ])
}

@Test func jsonIsDeterministic() throws {
  let first = ReportRenderer.json(try report("bukgu-elder", service: nil))
  let second = ReportRenderer.json(try report("bukgu-elder", service: nil))
  #expect(first == second)
}

@Test func textBlockShowsPriorityTierAndAmounts() throws {
  let text = ReportRenderer.text(try report("bukgu-elder", service: "bukgu-meal"))
  #expect(text.contains("\n  우선순위     2 \"만 75세 이상 장애·독거 노인\"\n"))
  #expect(
    text.contains(
      "\n  등급         2 \"기준 중위소득 120% 이하 중 기초생활수급자, 차상위가 아닌 자\" — 정부지원금 200,000원, 본인부담금 40,000원\n"))
  #expect(text.contains("\n  서비스 가격  월 240,000원\n"))
  #expect(text.contains("\n     ✓ 만 75세 이상 장애·독거 노인 — 만 나이 78 [생년월일 1946-03-10 ~ 기준일 2024-05-01] (조건: 75 이상), 등록 장애인 (장애 정도 무관) 아니오, 독거 예\n"))
}

@Test func suspensionThatHoldsIsShown() throws {
  let json = """
    {"application_date": "2024-05-10", "birth_date": "1944-01-01", "sido": "부산광역시", "sigungu": "북구",
     "meal_prep_difficulty": true, "discharged": true, "household_size": 1, "monthly_income": 1000000, "status": "none",
     "admitted": true, "admitted_since": "2024-03-10"}
    """
  let service = try screenService(json, service: "bukgu-meal")
  #expect(service.suspensions == [ServiceReport.Suspension(label: "병원·요양시설에 2개월 이상 입원·입소", result: .yes)])
  let report = try rulesetContext().screen(try applicantFacts(json), service: "bukgu-meal")
  #expect(ReportRenderer.text(report).contains("\n  서비스 중지  \"병원·요양시설에 2개월 이상 입원·입소\"\n"))
  let dayBefore = try screenService(json.replacingOccurrences(of: "2024-05-10", with: "2024-05-09"), service: "bukgu-meal")
  #expect(dayBefore.suspensions.map(\.result) == [.no])
}
