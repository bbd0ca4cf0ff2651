extension Commands {
  /// `test [RULES_DIR]`: run the `example` cases of every service.
  public static let test = CommandSpec(
    name: "test",
    abstract: LocalizedText("규칙의 예제(example) 실행", english: "run the examples of a ruleset"),
    discussion: LocalizedText(
      """
      실패한 예제가 있으면 종료 코드 1, 규칙이 컴파일되지 않으면 3으로 끝납니다.
      """,
      english: """
        Exits with 1 when an example fails, and 3 when the rulesets do not compile.
        """),
    arguments: [rulesFolder],
    options: [
      .flag(
        "boundaries",
        help: LocalizedText(
          "기준값 바로 위와 아래의 경계 사례도 만들어 실행",
          english: "also run generated cases just above and below each threshold")),
      .flag(
        "write",
        help: LocalizedText(
          "만든 경계 사례를 규칙 파일의 example로 써넣기",
          english: "write the generated boundary cases into the rules as examples")),
    ],
    examples: [
      CommandExample("screen test", LocalizedText("기본 규칙 폴더의 예제 실행", english: "run the default folder's examples")),
      CommandExample(
        "screen test rulesets --boundaries",
        LocalizedText("경계 사례까지 실행", english: "include boundary cases")),
    ])

  /// `lint [RULES_DIR]`: report errors and warnings in a ruleset.
  public static let lint = CommandSpec(
    name: "lint",
    abstract: LocalizedText("규칙 검사 (오류와 경고)", english: "check a ruleset for errors and warnings"),
    discussion: LocalizedText(
      """
      빈틈, 도달할 수 없는 행, 표의 기간 공백 같은 문제를 찾습니다. 오류가 있으면
      종료 코드 1로 끝납니다.
      """,
      english: """
        Finds gaps, unreachable rows, gaps between table versions and the like.
        Exits with 1 when there are errors.
        """),
    arguments: [rulesFolder],
    options: [.format([.text, .json], default: .text)],
    examples: [
      CommandExample("screen lint", LocalizedText("기본 규칙 폴더 검사", english: "check the default folder")),
      CommandExample(
        "screen lint rulesets --format json",
        LocalizedText("진단을 JSON으로 출력", english: "diagnostics as JSON")),
    ])
}
