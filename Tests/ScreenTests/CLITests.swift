import Foundation
import Testing

/// What one run of the `screen` binary printed and returned.
struct CLIRun {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// The package root, found from this file.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// Runs the built `screen` binary (beside the test bundle) from the package root.
func runScreen(_ arguments: [String]) throws -> CLIRun {
  let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("screen")
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  process.currentDirectoryURL = packageRoot
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CLIRun(
    stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
    status: process.terminationStatus)
}

@Test func checkScreensTheExampleApplicant() throws {
  let run = try runScreen(["check", "examples/saha-applicant.json", "--service", "saha-organizing"])
  #expect(run.status == 0)
  #expect(run.stderr == "")
  #expect(run.stdout.contains("■ saha-organizing 취약계층 정리수납지원서비스 (부산광역시 사하구) — 대상\n"))
  #expect(run.stdout.contains("  등급         2 \"기준 중위소득 100% 이하 중 1등급이 아닌 자\" — 정부지원금 450,000원, 본인부담금 50,000원\n"))
  #expect(run.stdout.hasSuffix("요약: 대상 1 · 비대상 0 · 판단불가 0\n"))
}

@Test func checkOfEveryServiceCoversAllTwelve() throws {
  let run = try runScreen(["check", "examples/saha-applicant.json"])
  #expect(run.status == 0)
  #expect(run.stdout.components(separatedBy: "\n■ ").count - 1 == 12)
}

@Test func badApplicantNamesEveryJSONPathAndExitsTwo() throws {
  let file = FileManager.default.temporaryDirectory.appendingPathComponent("screen-bad-\(UUID().uuidString).json")
  try Data(#"{"monthly_income": "abc", "birth_date": "1950-02-30", "househld_size": 2}"#.utf8).write(to: file)
  defer { try? FileManager.default.removeItem(at: file) }
  let run = try runScreen(["check", file.path])
  #expect(run.status == 2)
  #expect(run.stdout == "")
  #expect(run.stderr.contains("$.monthly_income: 금액(원)이 필요한데 문자열 \"abc\"\n"))
  #expect(run.stderr.contains("$.birth_date: 없는 날짜: 1950-02-30\n"))
  #expect(run.stderr.contains("$.househld_size: 알 수 없는 항목: \"househld_size\"\n  = help: 비슷한 이름: `household_size`"))
}

@Test func brokenRulesetExitsThreeWithLocation() throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-rules-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let rules = """
    schema applicant "신청자" {
      field monthly_income: money "월 소득"
    }
    service s "서비스" {
      eligible all {
        "소득": monthly_incom <= 1_000_000원
      }
    }
    """
  try Data(rules.utf8).write(to: folder.appendingPathComponent("s.rules"))
  let run = try runScreen(["check", "examples/saha-applicant.json", "--rules", folder.path, "--lang", "en"])
  #expect(run.status == 3)
  #expect(run.stdout == "")
  #expect(run.stderr.contains("/s.rules:6:11: error[E020 unknown-field]: unknown field `monthly_incom`\n"))
  #expect(run.stderr.contains("= help: did you mean `monthly_income`?"))
}

@Test func unknownOptionIsAUsageError() throws {
  let run = try runScreen(["check", "examples/saha-applicant.json", "--servce", "x"])
  #expect(run.status == 2)
  #expect(run.stdout == "")
  #expect(run.stderr.contains("--service"))
}

@Test func helpGoesToStandardOutput() throws {
  let run = try runScreen(["check", "--help"])
  #expect(run.status == 0)
  #expect(run.stderr == "")
  #expect(run.stdout.hasPrefix("OVERVIEW: 신청자 한 명의 자격 판정"))
}

@Test func servicesListsEveryBundledService() throws {
  let run = try runScreen(["services", "--format", "json"])
  #expect(run.status == 0)
  for id in ["saha-organizing", "bukgu-meal", "busan-daily-care", "emergency-national", "emergency-incheon", "seongdong-care-sos"] {
    #expect(run.stdout.contains("\"\(id)\""))
  }
}

@Test func batchScreensEveryRowForEveryServiceAndStampsProvenance() throws {
  let run = try runScreen(["batch", "examples/applicants.csv"])
  #expect(run.status == 0)
  let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(lines.first == "id,service,result,priority,tier,gov_subsidy,copay,price,rank,reasons")
  #expect(lines.count == 1 + 13 * 12 + 1)
  #expect(run.stdout.contains("\nS-003,saha-organizing,eligible,1,1,475000,25000,500000,1,\n"))
  #expect(run.stdout.contains("\nS-007,saha-organizing,ineligible,,,,,500000,,소득\n"))
  #expect(run.stdout.contains("\nS-008,saha-organizing,undetermined,2,,,,500000,,ask:monthly_income\n"))
  #expect(run.stderr.contains("입력 13행 = 판정 13행 + 거부 0행 · 출력 156행"))
  #expect(run.stderr.contains("  rulesets/saha-organizing.rules"))
}

/// A new temporary folder (the caller removes it) with `in.csv`: Korean headers, as staff's spreadsheets have them,
/// 예/아니오 booleans, and three applicants, the second born on 1950-02-30 (line 3).
private func threeRowsWithABadDate() throws -> (folder: URL, input: URL) {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-batch-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let input = folder.appendingPathComponent("in.csv")
  let csv = """
    번호,생년월일,신청일,가구원수,월 소득,통합사례관리 대상자,시도,시군구
    K-1,1970-01-01,2024-03-04,1,"2,228,445",예,부산광역시,사하구
    K-2,1950-02-30,2024-03-04,1,100,예,부산광역시,사하구
    K-3,1970-01-01,2024-03-04,1,100,아니오,부산광역시,사하구

    """
  try Data(csv.utf8).write(to: input)
  return (folder, input)
}

@Test func batchWithBadRowsReportsThemAndExitsOne() throws {
  let (folder, input) = try threeRowsWithABadDate()
  defer { try? FileManager.default.removeItem(at: folder) }
  let out = folder.appendingPathComponent("out.csv")
  let errors = folder.appendingPathComponent("errors.txt")
  let run = try runScreen([
    "batch", input.path, "--service", "saha-organizing", "--out", out.path, "--errors", errors.path, "--bom", "--lang", "en",
  ])
  #expect(run.status == 1)
  #expect(run.stdout == "")
  #expect(run.stderr.contains("row 3, column 생년월일: no such date: 1950-02-30"))
  #expect(run.stderr.contains("in 3 rows = screened 2 + rejected 1 · out 2 rows"))
  let written = String(decoding: try Data(contentsOf: out), as: UTF8.self)
  #expect(written.hasPrefix("\u{FEFF}id,service,result"))
  // Status and 한부모 are not in the file: eligible, but the tier (and so the copay) needs them.
  #expect(written.contains("\nK-1,saha-organizing,eligible,1,,,,500000,1,ask:status;ask:single_parent\n"))
  let provenance = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out.path + ".provenance.json")), as: UTF8.self)
  #expect(provenance.contains("\"rows_in\": 3"))
  #expect(String(decoding: try Data(contentsOf: errors), as: UTF8.self).contains("row 3, column 생년월일"))
}

/// `--no-rank` streams the same rows with the rank left empty, says so, and still reports and counts bad rows.
@Test(arguments: ["csv", "jsonl"])
func batchWithoutRanksStreams(format: String) throws {
  let (folder, input) = try threeRowsWithABadDate()
  defer { try? FileManager.default.removeItem(at: folder) }
  let out = folder.appendingPathComponent("out." + format)
  let errors = folder.appendingPathComponent("errors.txt")
  let run = try runScreen([
    "batch", input.path, "--service", "saha-organizing", "--no-rank", "--format", format, "--out", out.path,
    "--errors", errors.path, "--lang", "en",
  ])
  #expect(run.status == 1)
  #expect(run.stderr.contains("in 3 rows = screened 2 + rejected 1 · out 2 rows"))
  #expect(run.stderr.contains("waitlist ranks not assigned (--no-rank)"))
  let written = String(decoding: try Data(contentsOf: out), as: UTF8.self)
  if format == "csv" {
    #expect(written.contains("\nK-1,saha-organizing,eligible,1,,,,500000,,ask:status;ask:single_parent\n"))
  } else {
    #expect(written.split(separator: "\n").count == 2 && written.contains("\"rank\":null"))
  }
  let provenance = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out.path + ".provenance.json")), as: UTF8.self)
  #expect(provenance.contains("\"ranked\": false"))
  #expect(String(decoding: try Data(contentsOf: errors), as: UTF8.self).contains("row 3, column 생년월일"))
}

@Test func waitlistSelectsWithinTheBudget() throws {
  let run = try runScreen(["waitlist", "examples/applicants.csv", "--service", "saha-organizing", "--budget", "4,000,000"])
  #expect(run.status == 0)
  #expect(run.stdout.contains("비용 기준: 월 정부지원금 × 3개월 (A20)\n"))
  #expect(run.stdout.hasSuffix("합계: 선정 2명, 대기 3명, 정부지원금 2,775,000원, 본인부담금 225,000원, 남은 예산 1,225,000원\n"))
}
