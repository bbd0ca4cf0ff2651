import Rules

/// What an option's value must look like: the parser checks it, the typed accessors convert it, and errors quote
/// it as the expected form.
///
/// ```swift
/// ValueKind.money.accepts("120,000,000")  // true
/// ValueKind.parseMoney("120_000_000")     // 120000000
/// ValueKind.date.accepts("2023-02-29")    // false: no such day
/// ```
public enum ValueKind: Sendable, Hashable {
  /// Any non-empty text: a service id, a path.
  case text
  /// A civil date `YYYY-MM-DD` that exists.
  case date
  /// A decimal integer, optionally signed.
  case integer
  /// Whole won, digits grouped by `_` or by `,` in threes, optionally ending in `원`.
  case money
  /// One of a closed set of words, e.g. `text`, `json`.
  case choice([String])

  /// Whether a value has this kind's form.
  ///
  /// - Parameter value: the value as written.
  /// - Returns: `true` when the typed accessor for this kind would accept it.
  public func accepts(_ value: String) -> Bool {
    switch self {
    case .text: return !value.isEmpty
    case .date: return CivilDate(iso: value) != nil
    case .integer: return ValueKind.parseInteger(value) != nil
    case .money: return ValueKind.parseMoney(value) != nil
    case .choice(let words): return words.contains(value)
    }
  }

  /// The expected form, for error messages.
  ///
  /// - Parameter language: the language of the message.
  /// - Returns: a lowercase phrase with an example in backticks.
  public func expectedForm(in language: Language) -> String {
    switch (self, language) {
    case (.text, .korean): return "비어 있지 않은 값"
    case (.text, .english): return "a non-empty value"
    case (.date, .korean): return "YYYY-MM-DD 형식의 날짜 (예: `2024-03-02`)"
    case (.date, .english): return "a date as YYYY-MM-DD, e.g. `2024-03-02`"
    case (.integer, .korean): return "정수 (예: `4`)"
    case (.integer, .english): return "an integer, e.g. `4`"
    case (.money, .korean): return "원 단위 금액 (예: `120_000_000`, `120,000,000`)"
    case (.money, .english): return "an amount in won, e.g. `120_000_000` or `120,000,000`"
    case (.choice(let words), .korean): return ValueKind.quoted(words) + " 중 하나"
    case (.choice(let words), .english): return "one of " + ValueKind.quoted(words)
    }
  }

  /// Parses a decimal integer.
  ///
  /// - Parameter text: digits with an optional leading `-` or `+`.
  /// - Returns: the integer, or `nil` when malformed or out of range.
  public static func parseInteger(_ text: String) -> Int? {
    let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
    return Int(text)
  }

  /// Parses an amount of money in whole won.
  ///
  /// Accepts `120000000`, `120_000_000` (underscores between digits, anywhere), `120,000,000` (commas between
  /// groups of three), each optionally followed by `원`. Mixing `_` and `,`, a sign, or a decimal point is an error.
  ///
  /// - Parameter text: the amount as written.
  /// - Returns: the amount, or `nil` when malformed or larger than `Int64.max`.
  /// - Complexity: O(n) in the length of `text`.
  public static func parseMoney(_ text: String) -> Int64? {
    var body = Substring(text)
    if body.hasSuffix("원") { body = body.dropLast() }
    guard let first = body.first, let last = body.last, isDigit(first), isDigit(last) else { return nil }
    if body.contains(",") {
      guard !body.contains("_") else { return nil }
      let groups = body.split(separator: ",", omittingEmptySubsequences: false)
      guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
    } else {
      guard !body.contains("__") else { return nil }
    }
    guard body.allSatisfy({ isDigit($0) || $0 == "_" || $0 == "," }) else { return nil }
    return Int64(String(body.filter(isDigit)))
  }

  /// Whether a character is an ASCII digit (not a Hangul or full-width numeral).
  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }

  /// Words as a comma-separated list in backticks.
  private static func quoted(_ words: [String]) -> String {
    words.map { "`\($0)`" }.joined(separator: ", ")
  }
}
