/// The declarations of `screen`'s commands: what `screen --help` lists and the parser accepts.
///
/// Texts are written in Korean first, the language of the guidelines and of intake staff, with English for
/// `--lang en`. Each command has at least one example that runs against the files in this repository.
public enum Commands {
  /// Every command, in the order `screen --help` lists them (the parser adds `help`).
  public static let all: [CommandSpec] = [check, services, batch, waitlist, diff, test, lint]

  /// A parser for these commands.
  public static let parser = ArgumentParser(tool: tool, commands: all)

  /// The tool itself: `screen --help`.
  public static let tool = CommandSpec(
    name: "screen",
    abstract: LocalizedText("사회서비스 자격 판정 규칙 엔진", english: "a rules engine for social-service eligibility"),
    discussion: LocalizedText(
      """
      규칙 폴더(.rules)를 읽어 신청자의 자격, 본인부담금, 대기 순번을 판정하고
      판정마다 지침의 문장으로 이유를 보여 줍니다. 모르는 사실은 추측하지 않고
      '판정 불가'로 남깁니다.
      """,
      english: """
        Reads a ruleset folder (.rules) and decides eligibility, co-payments and
        waitlist order, explaining every decision in the guideline's own words.
        Missing facts are never guessed: the decision is left undetermined.
        """),
    examples: [
      CommandExample(
        "screen check examples/saha-applicant.json",
        LocalizedText("신청자 한 명을 모든 서비스로 판정", english: "screen one applicant for every service")),
      CommandExample("screen lint rulesets", LocalizedText("규칙 검사", english: "check the rulesets")),
      CommandExample("screen help batch", LocalizedText("`batch` 명령의 도움말", english: "help for `batch`")),
    ])

  /// `check APPLICANT.json`: one applicant, every service or the chosen ones.
  public static let check = CommandSpec(
    name: "check",
    abstract: LocalizedText("신청자 한 명의 자격 판정", english: "screen one applicant"),
    discussion: LocalizedText(
      """
      서비스마다 적격, 부적격, 판정 불가와 그 이유를 보여 주고, 적격이면
      지원 구간과 본인부담금을 보여 줍니다.
      """,
      english: """
        Shows, for each service, whether the applicant is eligible, ineligible or
        undetermined and why, and for eligible ones the tier and co-payment.
        """),
    arguments: [
      PositionalSpec(
        "applicant", valueName: "APPLICANT.json",
        help: LocalizedText("신청자 JSON 파일", english: "the applicant's JSON file"))
    ],
    options: [service(repeating: true), asOf, rules, .format([.text, .json], default: .text)],
    examples: [
      CommandExample(
        "screen check examples/saha-applicant.json",
        LocalizedText("모든 서비스로 판정", english: "screen for every service")),
      CommandExample(
        "screen check examples/saha-applicant.json --service saha-organizing --as-of 2024-03-02",
        LocalizedText("한 서비스만, 기준일을 정해 판정", english: "one service, on a given date")),
      CommandExample(
        "screen check examples/saha-applicant.json --format json --lang en",
        LocalizedText("영어 JSON으로 출력", english: "JSON output with English texts")),
    ])

  /// `services`: the services a ruleset declares.
  public static let services = CommandSpec(
    name: "services",
    abstract: LocalizedText("규칙 폴더의 서비스 목록", english: "list the services of a ruleset"),
    discussion: LocalizedText(
      "서비스 ID, 이름, 지역, 시행 기간을 보여 줍니다.",
      english: "Shows each service's id, title, region and effective period."),
    options: [rules, .format([.text, .json], default: .text)],
    examples: [
      CommandExample("screen services", LocalizedText("기본 규칙 폴더의 서비스", english: "services of the default folder")),
      CommandExample(
        "screen services --rules rulesets --format json",
        LocalizedText("JSON으로 출력", english: "as JSON")),
    ])

  // MARK: Options shared by several commands

  /// `--service ID`: restrict to services; repeating where a command screens for several.
  static func service(repeating: Bool, required: Bool = false) -> OptionSpec {
    .option(
      "service", valueName: "ID", repeating: repeating, required: required,
      help: required
        ? LocalizedText("서비스 ID", english: "the service id")
        : LocalizedText("판정할 서비스 (없으면 모두)", english: "service to screen for (default: all)"))
  }

  /// `--as-of DATE`: the reference date; today when absent.
  static let asOf = OptionSpec.option(
    "as-of", valueName: "DATE", kind: .date,
    help: LocalizedText("기준일 YYYY-MM-DD (없으면 신청일)", english: "reference date, YYYY-MM-DD (default: the application date)"))

  /// `--rules DIR`: the ruleset folder.
  static let rules = OptionSpec.option(
    "rules", valueName: "DIR", default: "rulesets", help: LocalizedText("규칙 폴더", english: "ruleset folder"))

  /// `-o, --out FILE`: where to write the answer; standard output when absent.
  static let out = OptionSpec.option(
    "out", short: "o", valueName: "FILE",
    help: LocalizedText("결과를 쓸 파일 (없으면 표준 출력)", english: "file to write to (default: standard output)"))

  /// `RULES_DIR`: an optional ruleset folder argument.
  static let rulesFolder = PositionalSpec(
    "rules", valueName: "RULES_DIR", arity: .optional, default: "rulesets",
    help: LocalizedText("규칙 폴더", english: "ruleset folder"))
}
