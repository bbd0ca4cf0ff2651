import Foundation
import Testing

@Test func lintOfTheBundledRulesetsHasNoErrors() throws {
  let run = try runScreen(["lint", "rulesets"])
  #expect(run.status == 0)
  #expect(!run.stdout.contains("error["))
  #expect(!run.stdout.contains("warning[W053 missing-source]"))
  #expect(run.stdout.contains("note[W052 price-mismatch]"))
  #expect(run.stdout.contains("= note: 면제됨: I1: "))
  #expect(run.stdout.contains("rulesets/saha-organizing.rules:10:13: note[W056 table-not-in-force]: 시행기간 중 표 `median_income`의 적용 판이 없음: 2027-01-01 ~ 2027-12-31\n"))
  #expect(!run.stdout.contains("warning["))
  #expect(run.stderr == "문제 없음\n")
}

@Test func lintAsJSON() throws {
  let run = try runScreen(["lint", "rulesets", "--format", "json", "--lang", "en"])
  #expect(run.status == 0)
  #expect(run.stdout.hasPrefix("[\n"))
  #expect(run.stdout.contains(#""name": "table-not-in-force""#))
  #expect(!run.stdout.contains(#""name": "choice-without-quote""#))
  #expect(run.stderr == "no problems\n")
}

/// A temporary ruleset folder with one file; removed by the caller.
func temporaryRules(_ text: String) throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try Data(text.utf8).write(to: folder.appendingPathComponent("s.rules"))
  return folder
}

/// A one-service ruleset whose second example expects the wrong result.
let smallRules = """
  schema applicant "신청자" {
    field application_date: date "신청일"
    field monthly_income: money "월 소득"
  }
  service s "서비스" {
    effective 2024-01-01 .. open
    eligible all {
      "소득": monthly_income <= 1_000_000원
    }
    example "한도" {
      given { application_date = 2024-05-01, monthly_income = 1_000_000원 }
      expect eligible
    }
    example "틀린 기대" {
      given { application_date = 2024-05-01, monthly_income = 1_000_001원 }
      expect eligible
    }
  }
  """

@Test func lintErrorsExitOne() throws {
  let folder = try temporaryRules(smallRules.replacingOccurrences(of: "monthly_income <= 1", with: "monthly_incom <= 1"))
  defer { try? FileManager.default.removeItem(at: folder) }
  let run = try runScreen(["lint", folder.path, "--lang", "en"])
  #expect(run.status == 1)
  #expect(run.stdout.contains("/s.rules:8:11: error[E020 unknown-field]: unknown field `monthly_incom`\n"))
  #expect(run.stdout.contains("/s.rules:8:28: warning[W053 missing-source]: number without a `source`: `1_000_000원`\n"))
  #expect(run.stderr == "1 error, 1 warning\n")
}

@Test func testOfTheBundledRulesetsPasses() throws {
  let run = try runScreen(["test", "rulesets"])
  #expect(run.status == 0)
  #expect(run.stderr == "예제 245개: 통과 245, 실패 0\n")
  #expect(!run.stdout.contains("✗"))
  #expect(run.stdout.contains("■ saha-organizing 취약계층 정리수납지원서비스\n  ✓ 2024 1인 통합사례관리, 소득 100% 경계 → 2등급\n"))
  #expect(run.stdout.contains("  커버리지\n    거짓이 된 적 없는 기준: \"위기사유 (9가지 중 4가지만 명시)\" (rulesets/emergency-national.rules:23:5)\n"))
}

@Test func failingExampleExitsOneWithTheDifference() throws {
  let folder = try temporaryRules(smallRules)
  defer { try? FileManager.default.removeItem(at: folder) }
  let run = try runScreen(["test", folder.path])
  #expect(run.status == 1)
  #expect(run.stderr == "예제 2개: 통과 1, 실패 1\n")
  #expect(run.stdout.contains("  ✓ 한도\n  ✗ 틀린 기대\n      결과: 기대 대상, 실제 비대상\n      ■ s 서비스 — 비대상\n"))
  #expect(run.stdout.contains("        ✗ 소득 — 월 소득 1,000,001원 (조건: 1,000,000원 이하)"))
  #expect(run.stdout.hasSuffix("  커버리지\n    모두 다룸\n\n"))
}

@Test func boundariesPrintATableAndWriteExamples() throws {
  let folder = try temporaryRules(smallRules.replacingOccurrences(of: "  example \"틀린 기대\" {\n    given { application_date = 2024-05-01, monthly_income = 1_000_001원 }\n    expect eligible\n  }\n", with: ""))
  defer { try? FileManager.default.removeItem(at: folder) }
  let run = try runScreen(["test", folder.path, "--boundaries", "--lang", "en"])
  #expect(run.status == 0)
  #expect(run.stdout.contains("""
      service  case                           input change                   result      priority  tier  copay
      s        monthly_income <= 1_000_000원  monthly_income = 999_999원     eligible    -         -     -
      s        monthly_income <= 1_000_000원  monthly_income = 1_000_000원   eligible    -         -     -
      s        monthly_income <= 1_000_000원  monthly_income = 1_000_001원   ineligible  -         -     -
      s        effective period               application_date = 2023-12-31  ineligible  -         -     -
      s        effective period               application_date = 2024-01-01  eligible    -         -     -

  """))
  let write = try runScreen(["test", folder.path, "--write"])
  #expect(write.status == 0)
  #expect(write.stderr == "\(folder.path)/s.rules: 경계 예제 5개를 씀\n예제 1개: 통과 1, 실패 0\n")
  let again = try runScreen(["test", folder.path, "--write"])
  #expect(again.stderr == "새로 쓸 경계 예제가 없음\n예제 6개: 통과 6, 실패 0\n")
  let text = try String(contentsOf: folder.appendingPathComponent("s.rules"), encoding: .utf8)
  #expect(text.hasSuffix("""
      example "경계: 시행기간 · application_date = 2024-01-01" {
        given { application_date = 2024-01-01, monthly_income = 1_000_000원 }
        expect eligible
      }
    }
    """))
}
