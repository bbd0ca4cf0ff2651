import Foundation
import Testing

/// A temporary copy of `rulesets/` with saha-organizing's income limit lowered from 120% to 100%.
private func loweredSahaFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-diff-cli-\(UUID().uuidString)")
  try FileManager.default.copyItem(at: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("rulesets"), to: folder)
  let file = folder.appendingPathComponent("saha-organizing.rules")
  var text = try String(contentsOf: file, encoding: .utf8)
  text = text.replacingOccurrences(
    of: "\"소득: 기준 중위소득 120% 이하\": income_pct <= 120%", with: "\"소득: 기준 중위소득 100% 이하\": income_pct <= 100%")
  text = text.replacingOccurrences(of: "100% < income_pct <= 120%", with: "100% < income_pct <= 100%")
  try Data(text.utf8).write(to: file)
  return folder
}

@Test func diffTextAndCSV() throws {
  let folder = try loweredSahaFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let out = folder.appendingPathComponent("changed.csv")
  let run = try runScreen(["diff", "rulesets", folder.path, "examples/applicants.csv", "--out", out.path])
  #expect(run.status == 0)
  #expect(run.stdout.contains("■ saha-organizing 취약계층 정리수납지원서비스\n  대상 5 → 3명 · 새로 대상 0 · 대상 제외 2 ·"))
  #expect(run.stdout.contains("정부지원금 합계 6,600,000원 → 4,200,000원 (-2,400,000원)"))
  #expect(run.stdout.contains("  S-005 saha-organizing: 대상 3순위 3등급 본인부담금 100,000원 대기 5번 → 비대상\n      소득: 105.9% ≤ 120% → 105.9% > 100%\n"))
  #expect(run.stderr.contains("입력 13행 = 판정 13행 + 거부 0행 · 바뀐 행 2개"))
  let csv = String(decoding: try Data(contentsOf: out), as: UTF8.self)
  #expect(
    csv == """
      id,service,old_result,new_result,old_priority,new_priority,old_tier,new_tier,old_copay,new_copay,old_rank,new_rank,why
      S-005,saha-organizing,eligible,ineligible,3,,3,,100000,,5,,소득: 105.9% ≤ 120% → 105.9% > 100%
      S-006,saha-organizing,eligible,ineligible,2,,3,,100000,,4,,소득: 120% ≤ 120% → 120% > 100%

      """)
}

@Test func diffInEnglishUnderTwoDates() throws {
  let run = try runScreen([
    "diff", "rulesets", "rulesets", "examples/applicants.csv", "--as-of-old", "2023-06-01", "--as-of-new", "2024-06-01", "--lang", "en",
  ])
  #expect(run.status == 0)
  #expect(run.stdout.contains("  S-006 saha-organizing: ineligible → eligible priority 2 tier 3 copay 100,000 won rank 4\n"))
  #expect(run.stdout.contains("      소득: 128.7% > 120% → 120% ≤ 120% (기준 중위소득 2023 → 2024)\n"))
}

@Test func diffHTMLIsSelfContained() throws {
  let folder = try loweredSahaFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let run = try runScreen(["diff", "rulesets", folder.path, "examples/applicants.csv", "--format", "html"])
  #expect(run.status == 0)
  let html = run.stdout
  #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ko\">"))
  #expect(html.contains("@media print"))
  #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
  #expect(html.contains("소득: 105.9% ≤ 120% → 105.9% &gt; 100%"))
  #expect(html.contains("bb54e6574d844b8ea183ed0f4d13c0fcacab9657e3c2f1ded655d553e3a62451") || html.contains("SHA-256"))
  #expect(!html.contains("<script"))
  #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
  #expect(!html.contains("https://"))
}

@Test func diffWithABrokenRulesetExitsThreeAndBadRowsExitOne() throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-diff-bad-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  try Data("service s \"서비스\" {\n  eligible all {\n    \"x\": nothing <= 1\n  }\n}\n".utf8).write(to: folder.appendingPathComponent("s.rules"))
  let broken = try runScreen(["diff", "rulesets", folder.path, "examples/applicants.csv"])
  #expect(broken.status == 3)
  #expect(broken.stdout == "")
  let input = folder.appendingPathComponent("in.csv")
  try Data("id,birth_date,monthly_income\nA-1,1950-02-30,100\nA-2,1950-01-01,100\n".utf8).write(to: input)
  let bad = try runScreen(["diff", "rulesets", "rulesets", input.path, "--lang", "en"])
  #expect(bad.status == 1)
  #expect(bad.stderr.contains("row 2, column birth_date: "))
  #expect(bad.stderr.contains("in 2 rows = screened 1 + rejected 1"))
}
