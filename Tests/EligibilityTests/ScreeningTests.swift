import Eligibility
import Foundation
import Rules
import Testing

@Test func asOfWinsOverTheApplicationDate() throws {
  let given = try applicantFacts(#"{"application_date": "2024-05-01"}"#)
  let schema = try rulesetContext().ruleset.schema
  let asOf = try civil("2023-01-02")
  #expect(ReferenceDate.resolve(asOf: asOf, facts: given, schema: schema) == ReferenceDate(date: asOf, source: .asOf))
  #expect(
    ReferenceDate.resolve(asOf: nil, facts: given, schema: schema)
      == ReferenceDate(date: try civil("2024-05-01"), source: .applicationDate))
  #expect(ReferenceDate.resolve(asOf: nil, facts: try applicantFacts("{}"), schema: schema) == ReferenceDate(date: nil, source: .unknown))
}

@Test func noReferenceDateLeavesDateDependentServicesUndetermined() throws {
  let json = """
    {"sido": "부산광역시", "sigungu": "사하구", "household_size": 1, "monthly_income": 1000000, "status": "none",
     "case_managed": true}
    """
  let report = try rulesetContext().screen(try applicantFacts(json), service: "saha-organizing")
  #expect(report.referenceDate.source == .unknown)
  let service = try #require(report.services.first)
  #expect(service.decision == .undetermined)
  #expect(service.inForce == nil)
  #expect(service.askNext.first == .referenceDate)
  #expect(ReportRenderer.text(report).hasPrefix("기준일 모름 (신청일도 --as-of도 없음) · screen 0.1.0\n"))
}

@Test func undeterminedServiceListsTheFactsToAskNext() throws {
  let json = """
    {"application_date": "2024-05-02", "sido": "부산광역시", "sigungu": "사하구", "household_size": 1, "status": "none"}
    """
  let service = try screenService(json, service: "saha-organizing")
  #expect(service.decision == .undetermined)
  #expect(
    service.askNext == [
      .fact(name: "monthly_income", label: "월 소득 (가구, 신고액)"), .fact(name: "case_managed", label: "통합사례관리 대상자"),
      .fact(name: "public_referral", label: "공공전달체계 추천자"), .fact(name: "private_referral", label: "민간전달체계 추천자"),
    ])
}

@Test func missingTableVersionIsAReasonInWords() throws {
  let json = """
    {"application_date": "2027-01-04", "sido": "부산광역시", "sigungu": "사하구", "household_size": 1,
     "monthly_income": 1000000, "status": "none", "single_parent": false, "case_managed": true}
    """
  let service = try screenService(json, service: "saha-organizing")
  #expect(service.decision == .undetermined)
  #expect(service.askNext.map { $0.text(in: .korean) } == ["기준 중위소득: 2027-01-04 시행 중인 판이 없음"])
  #expect(service.askNext.map { $0.text(in: .english) } == ["median_income: no version in force on 2027-01-04"])
}

@Test func unknownServiceIdIsATypedErrorWithASuggestion() throws {
  let context = try rulesetContext()
  #expect(throws: ScreeningError.unknownService("saha-organising", suggestion: "saha-organizing")) {
    try context.screen(Facts(count: context.ruleset.schema.fields.count), service: "saha-organising")
  }
  #expect(
    ScreeningError.unknownService("saha-organising", suggestion: "saha-organizing").message()
      == "알 수 없는 서비스: `saha-organising` (비슷한 이름: `saha-organizing`)")
}

@Test func screensEveryServiceInRulesetOrder() throws {
  let context = try rulesetContext()
  let report = try context.screen(try applicantFacts(#"{"application_date": "2024-05-01"}"#))
  #expect(report.services.map(\.id) == context.ruleset.services.map(\.id))
  #expect(report.count(.eligible) + report.count(.ineligible) + report.count(.undetermined) == report.services.count)
}

@Test func filesAreFingerprintedFromTheirBytesOnDisk() throws {
  let context = try rulesetContext()
  #expect(!context.files.isEmpty)
  for file in context.files {
    let bytes = try #require(FileManager.default.contents(atPath: file.path))
    #expect(file.sha256 == SHA256.hexDigest(of: bytes), "\(file.path)")
  }
}

@Test func catalogListsEveryService() throws {
  let context = try rulesetContext()
  let catalog = context.catalog
  #expect(catalog.entries.map(\.id) == context.ruleset.services.map(\.id))
  let saha = try #require(catalog.entries.first { $0.id == "saha-organizing" })
  #expect(saha.price == .won(500_000))
  #expect(saha.priceUnit == .unstated)
  let lines = ReportRenderer.text(catalog).split(separator: "\n").map(String.init)
  let width = catalog.entries.map(\.id.count).max() ?? 0
  let pad = String(repeating: " ", count: width + 2)
  let index = try #require(lines.firstIndex { $0.hasPrefix("saha-organizing ") })
  #expect(lines[index] == "saha-organizing" + String(repeating: " ", count: width + 2 - 15) + "취약계층 정리수납지원서비스 (부산광역시 사하구)")
  #expect(
    lines[index + 1]
      == pad + "시행기간 2023-01-01 ~ (종료일 없음) · 서비스 가격 500,000원 (단위 미기재) · 지원기간 3개월 · 재판정 없음 · 예시 \(saha.exampleCount)개")
  #expect(lines[index + 2] == pad + "출처 002_36d7a86073e0eb52.txt:6120-6174")
  let json = try JSONParser.parse(Array(ReportRenderer.json(catalog).utf8)).get()
  #expect(json.members?.map(\.key) == ["screen_version", "services"])
}
