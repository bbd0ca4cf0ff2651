extension Commands {
  /// `batch APPLICANTS`: many applicants, one result row each.
  public static let batch = CommandSpec(
    name: "batch",
    abstract: LocalizedText("신청자 여러 명을 한꺼번에 판정", english: "screen many applicants at once"),
    discussion: LocalizedText(
      """
      신청자마다 한 행씩 결과를 씁니다. 읽지 못한 행은 건너뛰어 --errors 파일에
      기록하고, 그런 행이 있으면 종료 코드 1로 끝납니다.
      """,
      english: """
        Writes one result row per applicant. Rows that cannot be read are skipped
        and written to the --errors file; if there are any, the exit code is 1.
        """),
    arguments: [
      PositionalSpec(
        "applicants", valueName: "APPLICANTS",
        help: LocalizedText("신청자 파일 (CSV 또는 JSON Lines)", english: "applicants file (CSV or JSON Lines)"))
    ],
    options: [
      out, .format([.csv, .jsonl], default: .csv),
      .flag("bom", help: LocalizedText("CSV 앞에 UTF-8 BOM 쓰기 (엑셀용)", english: "start CSV with a UTF-8 BOM (for Excel)")),
      .flag(
        "no-rank",
        help: LocalizedText(
          "대기 순번 없이 읽는 대로 바로 쓰기 (입력이 커도 메모리 일정)",
          english: "no waitlist ranks: write rows as they are screened (memory stays flat)")),
      service(repeating: true), asOf,
      .option(
        "encoding", kind: .choice(["auto", "utf8", "cp949"]), default: "auto",
        help: LocalizedText("입력 파일 인코딩 (auto: UTF-8인지 보고 아니면 CP949)", english: "encoding of the input file (auto: UTF-8 if valid, else CP949)")),
      .option(
        "errors", valueName: "FILE",
        help: LocalizedText("읽지 못한 행을 쓸 파일", english: "file to write unreadable rows to")),
      rules,
    ],
    examples: [
      CommandExample(
        "screen batch applicants.csv --out results.csv --bom",
        LocalizedText("엑셀에서 열 CSV로 저장", english: "save a CSV that Excel opens")),
      CommandExample(
        "screen batch applicants.csv --encoding cp949 --errors bad-rows.csv",
        LocalizedText("CP949 파일을 읽고 읽지 못한 행은 따로 저장", english: "read CP949, keep unreadable rows apart")),
      CommandExample(
        "screen batch all-applicants.csv --no-rank --out results.csv",
        LocalizedText("아주 큰 파일을 순번 없이 판정만", english: "a very large file, decisions only, no ranks")),
      CommandExample(
        "screen batch applicants.jsonl --format jsonl --service saha-organizing -o results.jsonl",
        LocalizedText("한 서비스만, JSON Lines로", english: "one service, as JSON Lines")),
    ])

  /// `waitlist APPLICANTS --service ID --budget WON`: who is served first, within a budget.
  public static let waitlist = CommandSpec(
    name: "waitlist",
    abstract: LocalizedText("예산 안에서 대기 순번 정하기", english: "rank applicants for a service within a budget"),
    discussion: LocalizedText(
      """
      적격자를 서비스의 순위 규칙(rank by)대로 세우고, 지원금 합계가 예산을
      넘지 않는 데까지 선정합니다.
      """,
      english: """
        Orders eligible applicants by the service's rank rule and selects them
        while the total subsidy stays within the budget.
        """),
    arguments: [
      PositionalSpec(
        "applicants", valueName: "APPLICANTS",
        help: LocalizedText("신청자 파일 (CSV 또는 JSON Lines)", english: "applicants file (CSV or JSON Lines)"))
    ],
    options: [
      service(repeating: false, required: true),
      .option(
        "budget", valueName: "WON", kind: .money, required: true,
        help: LocalizedText("예산 (원, 예: 120_000_000)", english: "budget in won, e.g. 120_000_000")),
      .format([.text, .csv, .json], default: .text), asOf, rules,
    ],
    examples: [
      CommandExample(
        "screen waitlist applicants.csv --service saha-organizing --budget 120_000_000",
        LocalizedText("예산 1억 2천만 원으로 선정", english: "select within a budget of 120 million won")),
      CommandExample(
        "screen waitlist applicants.csv --service saha-organizing --budget 50,000,000 --format csv",
        LocalizedText("CSV로 출력", english: "as CSV")),
    ])

  /// `diff OLD NEW APPLICANTS`: whose decision changes between two ruleset versions.
  public static let diff = CommandSpec(
    name: "diff",
    abstract: LocalizedText("두 규칙 버전의 판정 비교", english: "compare decisions under two ruleset versions"),
    discussion: LocalizedText(
      "판정이나 본인부담금이 바뀌는 신청자만, 바뀐 이유와 함께 보여 줍니다.",
      english: "Shows only the applicants whose decision or co-payment changes, and why."),
    arguments: [
      PositionalSpec("old", valueName: "OLD", help: LocalizedText("이전 규칙 폴더", english: "the old ruleset folder")),
      PositionalSpec("new", valueName: "NEW", help: LocalizedText("새 규칙 폴더", english: "the new ruleset folder")),
      PositionalSpec(
        "applicants", valueName: "APPLICANTS",
        help: LocalizedText("신청자 파일 (CSV 또는 JSON Lines)", english: "applicants file (CSV or JSON Lines)")),
    ],
    options: [
      .option(
        "as-of-old", valueName: "DATE", kind: .date,
        help: LocalizedText("이전 규칙의 기준일 (없으면 각 신청일)", english: "reference date for OLD (default: each application date)")),
      .option(
        "as-of-new", valueName: "DATE", kind: .date,
        help: LocalizedText("새 규칙의 기준일 (없으면 각 신청일)", english: "reference date for NEW (default: each application date)")),
      out, .format([.text, .html], default: .text),
    ],
    examples: [
      CommandExample(
        "screen diff rulesets-2023 rulesets applicants.csv --as-of-old 2023-12-31 --as-of-new 2024-01-01",
        LocalizedText("2023년 규칙과 2024년 규칙 비교", english: "compare the 2023 and 2024 rules")),
      CommandExample(
        "screen diff rulesets-2023 rulesets applicants.csv --format html -o diff.html",
        LocalizedText("HTML 보고서로 저장", english: "save an HTML report")),
    ])
}
