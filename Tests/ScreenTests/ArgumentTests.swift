import Rules
import Testing

@testable import screen

/// The parser under test: the real command declarations.
private let parser = Commands.parser

/// Splits a command line at spaces (no quoting needed in these tests).
private func words(_ line: String) -> [String] {
  line.split(separator: " ").map(String.init)
}

/// The parsed arguments of a line that must parse, or `nil` after recording why not.
private func run(_ line: String) -> ParsedArguments? {
  let invocation = parser.parse(words(line))
  guard case .run(let parsed) = invocation else {
    Issue.record("`\(line)` did not parse: \(invocation)")
    return nil
  }
  return parsed
}

// MARK: Parsing forms

@Test(arguments: [
  (line: "check a.json --service saha-organizing", values: ["service": ["saha-organizing"]]),
  (line: "check a.json --service=saha-organizing", values: ["service": ["saha-organizing"]]),
  (line: "check --as-of 2024-03-02 a.json", values: ["as-of": ["2024-03-02"]]),
  (line: "check a.json --service a --service=b", values: ["service": ["a", "b"]]),
  (line: "check a.json --rules=x=y", values: ["rules": ["x=y"]]),
  (line: "--lang en check a.json", values: ["lang": ["en"]]),
])
func optionForms(line: String, values: [String: [String]]) {
  #expect(run(line) == ParsedArguments(spec: Commands.check, values: values, positionals: ["applicant": ["a.json"]]))
}

@Test(arguments: [
  (line: "batch in.csv -o out.csv", out: "out.csv"),
  (line: "batch in.csv -oout.csv", out: "out.csv"),
  (line: "batch in.csv -o=out.csv", out: "out.csv"),
  (line: "batch in.csv --out -", out: "-"),
])
func shortAliases(line: String, out: String) {
  #expect(run(line)?.string("out") == out)
}

@Test func flagsAndDefaults() throws {
  let parsed = try #require(run("batch in.csv --bom"))
  #expect(parsed.flags == ["bom"])
  #expect(parsed.flag("bom"))
  #expect(parsed.string("rules") == "rulesets")
  #expect(parsed.string("errors") == nil)
  #expect(try parsed.choice("format", as: OutputFormat.self) == .csv)
  #expect(parsed.strings("service") == [])
  #expect(parsed.language == .korean)
}

@Test func doubleDashEndsOptions() {
  #expect(
    run("check -- --help")
      == ParsedArguments(spec: Commands.check, positionals: ["applicant": ["--help"]]))
  #expect(run("diff --format html -- -old -new -")?.arguments("new") == ["-new"])
  #expect(run("lint -- --format")?.argument("rules") == "--format")
}

@Test func optionalPositionalsTakeTheirDefault() {
  #expect(run("lint")?.argument("rules") == "rulesets")
  #expect(run("test other --boundaries")?.argument("rules") == "other")
  #expect(run("test other --boundaries")?.flag("write") == false)
}

@Test func languageIsReadBeforeParsing() {
  #expect(ArgumentParser.language(of: words("check a.json --lang en")) == .english)
  #expect(ArgumentParser.language(of: words("--lang=en check")) == .english)
  #expect(ArgumentParser.language(of: words("check -- --lang en")) == .korean)
  #expect(ArgumentParser.language(of: words("check --lang fr")) == .korean)
}

@Test(arguments: [
  (line: "check a.json --out=", error: ArgumentError.unknownOption("--out", suggestion: nil)),
  (line: "batch a.csv --out=", error: .invalidValue(option: "--out", value: "", expected: .text)),
  (line: "check a.json --lang=", error: .invalidValue(option: "--lang", value: "", expected: .choice(["ko", "en"]))),
  (line: "check a.json --=x", error: .unknownOption("--", suggestion: nil)),
  (line: "check a.json ---", error: .unknownOption("---", suggestion: nil)),
  (line: "check a.json -=", error: .unknownOption("-=", suggestion: nil)),
  (line: "check a.json -hx", error: .unknownOption("-hx", suggestion: nil)),
])
func oddWordsAreReportedNotFatal(line: String, error: ArgumentError) {
  #expect(parser.parse(words(line)) == .failure(error, command: words(line).first, language: .korean))
}

@Test func loneDashAndNegativeNumbersAreValues() {
  #expect(run("check -")?.argument("applicant") == "-")
  #expect(run("check -1")?.argument("applicant") == "-1")
}

// MARK: Typed accessors

@Test(arguments: [
  (text: "120000000", won: Int64(120_000_000) as Int64?),
  (text: "120_000_000", won: 120_000_000),
  (text: "120,000,000", won: 120_000_000),
  (text: "120,000,000원", won: 120_000_000),
  (text: "1_2", won: 12),
  (text: "0", won: 0),
  (text: "12,00", won: nil),
  (text: "1,000_000", won: nil),
  (text: "1__000", won: nil),
  (text: "_1000", won: nil),
  (text: "-5", won: nil),
  (text: "1.5", won: nil),
  (text: "", won: nil),
  (text: "원", won: nil),
  (text: "9223372036854775808", won: nil),
])
func moneyForms(text: String, won: Int64?) {
  #expect(ValueKind.parseMoney(text) == won)
}

@Test func typedAccessorsConvert() throws {
  let parsed = try #require(run("waitlist a.csv --service s --budget 120,000,000 --as-of 2024-02-29 --lang en"))
  #expect(try parsed.money("budget") == 120_000_000)
  #expect(try parsed.date("as-of") == CivilDate(year: 2024, month: 2, day: 29))
  #expect(try parsed.choice("lang", as: Language.self) == .english)
  #expect(try parsed.choice("format", as: OutputFormat.self) == .text)
  #expect(parsed.language == .english)
}

@Test func typedAccessorsNameTheOptionAndTheForm() throws {
  let parsed = ParsedArguments(spec: Commands.waitlist, values: ["service": ["s"], "budget": ["lots"]])
  #expect(throws: ArgumentError.invalidValue(option: "--budget", value: "lots", expected: .money)) {
    try parsed.money("budget")
  }
  #expect(throws: ArgumentError.invalidValue(option: "--service", value: "s", expected: .integer)) {
    try parsed.int("service")
  }
  #expect(ValueKind.parseInteger("-12") == -12)
  #expect(ValueKind.parseInteger("１２") == nil)
}

// MARK: Errors

@Test(arguments: [
  (line: "", error: ArgumentError.missingCommand(available: Commands.all.map(\.name) + ["help"])),
  (line: "chekc a.json", error: .unknownCommand("chekc", suggestion: "check")),
  (line: "frobnicate", error: .unknownCommand("frobnicate", suggestion: nil)),
  (line: "help lnit", error: .unknownCommand("lnit", suggestion: "lint")),
  (line: "check a.json --servce x", error: .unknownOption("--servce", suggestion: "--service")),
  (line: "check a.json --asof=2024-01-01", error: .unknownOption("--asof", suggestion: "--as-of")),
  (line: "check a.json -service x", error: .unknownOption("-service", suggestion: "--service")),
  (line: "check a.json --verbose", error: .unknownOption("--verbose", suggestion: nil)),
  (line: "check a.json -o x", error: .unknownOption("-o", suggestion: nil)),
  (line: "--servce x check", error: .unknownOption("--servce", suggestion: nil)),
  (line: "check a.json --service", error: .missingValue(option: "--service", valueName: "ID")),
  (line: "check a.json --service --as-of 2024-01-01", error: .missingValue(option: "--service", valueName: "ID")),
  (line: "batch a.csv --bom=yes", error: .unexpectedValue(flag: "--bom", value: "yes")),
  (line: "check a.json --as-of 2024-01-01 --as-of 2024-02-01", error: .duplicateOption("--as-of")),
  (line: "batch a.csv -o x --out y", error: .duplicateOption("--out")),
  (line: "waitlist a.csv --budget 1", error: .missingOption(option: "--service", valueName: "ID")),
  (
    line: "check a.json --as-of 2023-02-29",
    error: .invalidValue(option: "--as-of", value: "2023-02-29", expected: .date)
  ),
  (
    line: "check a.json --format csv",
    error: .invalidValue(option: "--format", value: "csv", expected: .choice(["text", "json"]))
  ),
  (
    line: "waitlist a.csv --service s --budget 12,00",
    error: .invalidValue(option: "--budget", value: "12,00", expected: .money)
  ),
  (line: "check", error: .missingArgument("APPLICANT.json")),
  (line: "diff old new", error: .missingArgument("APPLICANTS")),
  (line: "check a.json b.json", error: .tooManyArguments("b.json", limit: 1)),
  (line: "services extra", error: .tooManyArguments("extra", limit: 0)),
])
func errors(line: String, error: ArgumentError) {
  guard case .failure(let found, _, _) = parser.parse(words(line)) else {
    Issue.record("`\(line)` parsed")
    return
  }
  #expect(found == error)
  #expect(error.exitCode == .invalidUsage)
}

@Test func errorsRenderInKoreanByDefault() {
  let invocation = parser.parse(words("check a.json --servce x"))
  #expect(invocation == .failure(.unknownOption("--servce", suggestion: "--service"), command: "check", language: .korean))
  #expect(invocation.exitCode == .invalidUsage)
  #expect(
    parser.errorText(.unknownOption("--servce", suggestion: "--service"), command: "check", language: .korean) == """
      error[unknown-option]: 알 수 없는 옵션: `--servce`
        = help: 비슷한 이름: `--service`
        = help: 사용법: `screen check --help`

      """)
}

@Test func errorsRenderInEnglishWithLangEn() {
  let invocation = parser.parse(words("check a.json --format jsn --lang en"))
  let expected = ArgumentError.invalidValue(option: "--format", value: "jsn", expected: .choice(["text", "json"]))
  #expect(invocation == .failure(expected, command: "check", language: .english))
  #expect(
    parser.errorText(expected, command: "check", language: .english) == """
      error[invalid-value]: invalid value for `--format`: `jsn`
        = help: expected one of `text`, `json`
        = help: did you mean `json`?
        = help: for usage, run `screen check --help`

      """)
  #expect(
    parser.errorText(.missingCommand(available: ["check", "help"]), command: nil, language: .korean) == """
      error[missing-command]: 명령이 없음
        = help: 명령: `check`, `help`
        = help: 사용법: `screen --help`

      """)
}

@Test(arguments: [
  (name: "fr", candidates: ["ko", "en"], suggestion: String?.none),
  (name: "kr", candidates: ["ko", "en"], suggestion: "ko"),
  (name: "chekc", candidates: ["check", "chuck"], suggestion: "check"),
  (name: "--form", candidates: ["--format", "--from"], suggestion: "--from"),
  (name: "--fromat", candidates: ["--format"], suggestion: "--format"),
  (name: "--xyz", candidates: ["--format"], suggestion: nil),
])
func suggestionsWithinDistanceTwo(name: String, candidates: [String], suggestion: String?) {
  #expect(ArgumentParser.closest(to: name, among: candidates) == suggestion)
}

// MARK: Help

@Test(arguments: [
  (line: "--help", command: String?.none, language: Language.korean),
  (line: "-h", command: nil, language: .korean),
  (line: "help", command: nil, language: .korean),
  (line: "--lang en --help", command: nil, language: .english),
  (line: "help check", command: "check", language: .korean),
  (line: "help check --lang en", command: "check", language: .english),
  (line: "check --help", command: "check", language: .korean),
  (line: "check -h", command: "check", language: .korean),
  (line: "check --bogus --as-of never --help", command: "check", language: .korean),
  (line: "help --help", command: "help", language: .korean),
])
func helpRequests(line: String, command: String?, language: Language) {
  let invocation = parser.parse(words(line))
  #expect(invocation == .help(command: command, language: language))
  #expect(invocation.exitCode == .success)
}

@Test func checkHelpSnapshot() {
  #expect(
    parser.helpText(for: "check", language: .korean) == """
      OVERVIEW: 신청자 한 명의 자격 판정

      서비스마다 적격, 부적격, 판정 불가와 그 이유를 보여 주고, 적격이면
      지원 구간과 본인부담금을 보여 줍니다.

      USAGE: screen check <APPLICANT.json> [--service <ID> ...] [--as-of <DATE>]
             [--rules <DIR>] [--format <text|json>] [--lang <ko|en>]

      ARGUMENTS:
        <APPLICANT.json>      신청자 JSON 파일

      OPTIONS:
        --service <ID>        판정할 서비스 (없으면 모두) (여러 번 쓸 수 있음)
        --as-of <DATE>        기준일 YYYY-MM-DD (없으면 신청일)
        --rules <DIR>         규칙 폴더 (기본값: rulesets)
        --format <text|json>  출력 형식 (기본값: text)
        --lang <ko|en>        메시지 언어 (기본값: ko)
        -h, --help            도움말 보기

      EXAMPLES:
        # 모든 서비스로 판정
        screen check examples/saha-applicant.json

        # 한 서비스만, 기준일을 정해 판정
        screen check examples/saha-applicant.json --service saha-organizing --as-of 2024-03-02

        # 영어 JSON으로 출력
        screen check examples/saha-applicant.json --format json --lang en

      """)
}

@Test func checkHelpInEnglish() {
  let help = parser.helpText(for: "check", language: .english)
  #expect(help.hasPrefix("OVERVIEW: screen one applicant\n"))
  #expect(help.contains("\n  --rules <DIR>         ruleset folder (default: rulesets)\n"))
  #expect(help.contains("\n  # one service, on a given date\n"))
}

@Test(arguments: [nil] + (Commands.all + [ArgumentParser.helpCommand]).map(\.name) as [String?])
func helpFitsEightyCellsExceptExamples(command: String?) {
  for language in Language.allCases {
    let help = parser.helpText(for: command, language: language)
    #expect(help == parser.helpText(for: command, language: language))
    #expect(help.hasSuffix("\n") && !help.hasSuffix("\n\n"))
    let examples = help.components(separatedBy: "EXAMPLES:\n")[0]
    for line in examples.split(separator: "\n") {
      #expect(TextWidth.cells(of: line) <= HelpFormatter.width, "\(line)")
      #expect(line.last != " ", "trailing space: \(line)")
    }
  }
}

@Test(arguments: [Commands.tool] + Commands.all + [ArgumentParser.helpCommand])
func everyExampleParses(spec: CommandSpec) {
  #expect(!spec.examples.isEmpty)
  for example in spec.examples {
    let arguments = Array(words(example.invocation).dropFirst())
    switch parser.parse(arguments) {
    case .run, .help: break
    case .failure(let error, _, _): Issue.record("`\(example.invocation)`: \(error)")
    }
  }
}

// MARK: Exit codes

@Test(arguments: [
  (failure: ExitCode.Failure.badRows, code: Int32(1)),
  (failure: .failedTests, code: 1),
  (failure: .lintErrors, code: 1),
  (failure: .badArguments, code: 2),
  (failure: .badInput, code: 2),
  (failure: .rulesetErrors, code: 3),
])
func exitCodes(failure: ExitCode.Failure, code: Int32) {
  #expect(ExitCode(failure).rawValue == code)
}
