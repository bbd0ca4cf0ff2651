#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Eligibility
import Rules

// csv-fuzz: robustness fuzzer for ApplicantTableReader (CSV and JSON Lines, UTF-8 and CP949).
//
// Input `i` of seed `s` is a random table over the schema below, written in a random dialect and usually mutated;
// see `InputGenerator`, `ByteMutator` and `InputCheck` for what is generated and what is checked.

let schemaText = """
  schema applicant "신청자" {
    field id: text "신청자 번호"
    field birth_date: date "생년월일"
    field household_size: count "가구원수 (주민등록상 가구)"
    field monthly_income: money "월 소득 (가구, 신고액)"
    field status: status "수급 자격"
    field lives_alone: bool "독거"
    field ltc_grade: ltc_grade "장기요양등급"
    field income_ratio: ratio "소득 비율"
    field support: duration "지원 기간"
    field memo: text "메모"
  }
  enum status "수급 자격" { none "해당없음"  livelihood "생계급여 수급자"  medical "의료급여 수급자"  near_poor_copay "차상위 본인부담경감" }
  enum ltc_grade "장기요양등급" { none "없음 (미판정)"  1 "1등급"  2 "2등급"  3 "3등급"  cognitive "인지지원등급"  outside "등급외 판정" }

  # A service over most fields, so that the batch paths have something to screen and rank (invariant 6).
  service fuzz "퍼즈" {
    eligible all {
      "소득": monthly_income <= 3_000_000원 or income_ratio <= 1/2
      "가구": household_size <= 4 and not lives_alone or memo == "예외"
      "자격": status in {livelihood, medical} or ltc_grade == 1
    }
    priority first {
      1 "독거": lives_alone
      2 "그 외": true
    }
    tier first {
      1 "수급": status == livelihood -> subsidy 100_000원 copay 0원
      2 "그 외": true -> subsidy 80_000원 copay 20_000원
    }
    rank by priority, monthly_income ascending, id ascending
  }

  """

func printError(_ text: String) {
  let line = Array((text + "\n").utf8)
  line.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { write(2, $0, buffer.count) } }
}

/// `1,234,567`.
func grouped(_ value: Int) -> String {
  let digits = String(value)
  var text = ""
  for (offset, digit) in digits.enumerated() {
    if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
    text.append(digit)
  }
  return text
}

let options: FuzzOptions
do {
  guard let parsed = try FuzzOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    print(FuzzOptions.usage)
    exit(0)
  }
  options = parsed
} catch {
  printError("csv-fuzz: error: \(error.message)")
  exit(2)
}

guard let ruleset = Checker.check([Parser.parse(SourceFile(path: "csv-fuzz.rules", text: schemaText))]).ruleset else {
  printError("csv-fuzz: error: the fuzz schema does not check")
  exit(2)
}
let generator = InputGenerator(schema: ruleset.schema, enumerations: ruleset.enumerations)
let checker = InputCheck(reader: ApplicantTableReader(ruleset: ruleset))
let columnarChecker = ColumnarCheck(
  context: ScreeningContext(ruleset: ruleset), path: "/tmp/csv-fuzz-\(getpid()).csv")

if let index = options.replay {
  let input = generator.input(seed: options.seed, index: index)
  print("seed \(options.seed), input \(index): \(input.notes.joined(separator: "; "))")
  print("encoding option \(input.encoding), \(input.bytes.count) bytes:")
  print(String(decoding: input.bytes.prefix(4000), as: UTF8.self).debugDescription)
  let reading = checker.read(input, blockSize: 1 << 20)
  for row in reading.rows {
    switch row {
    case .success(let record): print("line \(record.line): \(record.facts.values.map { $0.map(\.description) ?? "-" })")
    case .failure(let errors): print(errors.rendered(in: .english), terminator: "")
    }
  }
  if let error = reading.error { print(error.rendered(in: .english), terminator: "") }
  var result = checker.check(input, smallBlock: 1 + index % 97)
  result.violations += columnarChecker.check(input, index: index)
  print(result.violations.isEmpty ? "no violations" : result.violations.joined(separator: "\n"))
  exit(result.violations.isEmpty ? 0 : 1)
}

CrashReporter.install(seed: options.seed)
let clock = ContinuousClock()
let start = clock.now
var inputs = 0, rows = 0, clean = 0, cleanRows = 0, bytes = 0
var accepted = 0, rejected = 0, skipped = 0, inputErrors = 0, violations = 0
while rows < options.count {
  CrashReporter.running.store(inputs, ordering: .relaxed)
  let input = generator.input(seed: options.seed, index: inputs)
  var result = checker.check(input, smallBlock: 1 + inputs % 97)
  result.violations += columnarChecker.check(input, index: inputs)
  rows += input.rows
  bytes += input.bytes.count
  if input.expected != nil {
    clean += 1
    cleanRows += input.rows
  }
  accepted += result.accepted
  rejected += result.rejected
  skipped += result.skipped
  if result.inputError { inputErrors += 1 }
  if !result.violations.isEmpty {
    violations += 1
    if violations <= 20 {
      printError("csv-fuzz: input \(inputs) (replay: --seed \(options.seed) --replay \(inputs)): " + result.violations.joined(separator: "; "))
    }
  }
  inputs += 1
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print("""
  csv-fuzz: seed \(options.seed)
    inputs run          \(grouped(inputs)) (\(grouped(bytes / 1_000_000)) MB; clean \(grouped(clean)), mutated \(grouped(inputs - clean)))
    rows generated      \(grouped(rows)) (clean \(grouped(cleanRows)))
    rows delivered      accepted \(grouped(accepted)), rejected \(grouped(rejected)); skipped blank \(grouped(skipped))
    inputs refused      \(grouped(inputErrors)) (header, encoding)
    crashes             0
    violations          \(grouped(violations))
    time                \(String(Int(seconds * 10) / 10)).\(Int(seconds * 10) % 10) s
  """)
exit(violations > 0 ? 1 : 0)
