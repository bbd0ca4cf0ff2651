import Rules

extension ArgumentError {
  /// The one-line message, without the `error[code]:` prefix.
  ///
  /// One `switch` per language, so that a case without a translation does not compile. Lowercase, no final
  /// period, names in backticks after a colon (no 을/를 agreement), as `docs/language.md` diagnostics.
  ///
  /// - Parameter language: the language of the message.
  /// - Returns: the message.
  public func message(in language: Language) -> String {
    switch language {
    case .korean: return koreanMessage
    case .english: return englishMessage
    }
  }

  private var koreanMessage: String {
    switch self {
    case .unknownOption(let option, _): return "알 수 없는 옵션: `\(option)`"
    case .missingValue(let option, _): return "값이 없는 옵션: `\(option)`"
    case .unexpectedValue(let flag, _): return "값을 받지 않는 옵션: `\(flag)`"
    case .duplicateOption(let option): return "두 번 이상 쓴 옵션: `\(option)`"
    case .missingOption(let option, _): return "필수 옵션이 없음: `\(option)`"
    case .invalidValue(let option, let value, _): return "`\(option)`의 값이 잘못됨: `\(value)`"
    case .missingArgument(let name): return "필요한 인자가 없음: `<\(name)>`"
    case .tooManyArguments(let extra, _): return "남는 인자: `\(extra)`"
    case .missingCommand: return "명령이 없음"
    case .unknownCommand(let command, _): return "알 수 없는 명령: `\(command)`"
    }
  }

  private var englishMessage: String {
    switch self {
    case .unknownOption(let option, _): return "unknown option `\(option)`"
    case .missingValue(let option, _): return "missing value for option `\(option)`"
    case .unexpectedValue(let flag, _): return "flag `\(flag)` takes no value"
    case .duplicateOption(let option): return "option `\(option)` given more than once"
    case .missingOption(let option, _): return "missing required option `\(option)`"
    case .invalidValue(let option, let value, _): return "invalid value for `\(option)`: `\(value)`"
    case .missingArgument(let name): return "missing argument `<\(name)>`"
    case .tooManyArguments(let extra, _): return "unexpected argument `\(extra)`"
    case .missingCommand: return "missing command"
    case .unknownCommand(let command, _): return "unknown command `\(command)`"
    }
  }

  /// The `help` lines under the message: how to fix it, including any "did you mean".
  ///
  /// - Parameter language: the language of the lines.
  /// - Returns: zero or more lines, each without the `= help:` prefix.
  public func helpLines(in language: Language) -> [String] {
    let korean = language == .korean
    switch self {
    case .unknownOption(_, let suggestion), .unknownCommand(_, let suggestion):
      return suggestion.map { [NoteMessage.didYouMean($0).text(in: language)] } ?? []
    case .missingValue(let option, let valueName):
      return [korean ? "값과 함께 쓰기: `\(option) <\(valueName)>`" : "write `\(option) <\(valueName)>`"]
    case .unexpectedValue(let flag, _):
      return [korean ? "값 없이 쓰기: `\(flag)`" : "write `\(flag)` without a value"]
    case .duplicateOption(let option):
      return [korean ? "한 번만 쓰기: `\(option)`" : "give `\(option)` once"]
    case .missingOption(let option, let valueName):
      return [korean ? "추가하기: `\(option) <\(valueName)>`" : "add `\(option) <\(valueName)>`"]
    case .invalidValue(_, let value, let expected):
      let form = expected.expectedForm(in: language)
      var lines = [korean ? "기대하는 값: " + form : "expected " + form]
      if case .choice(let words) = expected, let word = ArgumentParser.closest(to: value, among: words) {
        lines.append(NoteMessage.didYouMean(word).text(in: language))
      }
      return lines
    case .missingArgument:
      return []
    case .tooManyArguments(_, let limit):
      switch (limit, language) {
      case (0, .korean): return ["이 명령은 인자를 받지 않음"]
      case (0, .english): return ["this command takes no arguments"]
      case (_, .korean): return ["받는 인자 수: 최대 \(limit)개"]
      case (_, .english): return ["this command takes at most \(limit) argument\(limit == 1 ? "" : "s")"]
      }
    case .missingCommand(let available):
      let list = available.map { "`\($0)`" }.joined(separator: ", ")
      return [korean ? "명령: \(list)" : "commands: \(list)"]
    }
  }

  /// The error as text for stderr, rustc style, every line ending in `\n`:
  /// ```
  /// error[unknown-option]: 알 수 없는 옵션: `--servce`
  ///   = help: 비슷한 이름: `--service`
  ///   = help: 사용법: `screen check --help`
  /// ```
  ///
  /// - Parameters:
  ///   - language: the language of the message; `error` and the code stay English.
  ///   - helpCommand: the command that prints the relevant help, e.g. `screen check --help`.
  /// - Returns: the text.
  public func rendered(in language: Language, helpCommand: String) -> String {
    var lines = ["error[\(code)]: " + message(in: language)]
    lines += helpLines(in: language).map { "  = help: " + $0 }
    lines.append("  = help: " + (language == .korean ? "사용법: `\(helpCommand)`" : "for usage, run `\(helpCommand)`"))
    return lines.map { $0 + "\n" }.joined()
  }
}
