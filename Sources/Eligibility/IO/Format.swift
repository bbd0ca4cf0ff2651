import Rules

/// How numbers, amounts, periods and words appear in reports, in Korean and English.
public enum Format {
  /// Digits grouped by thousands: `2,674,134`.
  ///
  /// - Parameter number: the number.
  /// - Returns: the grouped digits, with `-` when negative.
  public static func grouped(_ number: Int64) -> String {
    let digits = Array(String(number.magnitude))
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return (number < 0 ? "-" : "") + out
  }

  /// An amount of money: `2,674,134원` / `2,674,134 won`.
  ///
  /// - Parameters:
  ///   - won: whole won.
  ///   - language: Korean or English.
  /// - Returns: the amount.
  public static func won(_ won: Int64, _ language: Language) -> String {
    language == .korean ? grouped(won) + "원" : grouped(won) + " won"
  }

  /// An exact amount that may have a fraction of a won (a percentage line): `1,114,222.5원`.
  ///
  /// - Parameters:
  ///   - amount: the exact amount.
  ///   - language: Korean or English.
  /// - Returns: whole won grouped, then up to 4 decimals without trailing zeros (rounded half up beyond).
  public static func won(_ amount: Rational, _ language: Language) -> String {
    guard let tenThousandths = amount.rounded(times: 10_000) else { return "?" }
    let whole = tenThousandths / 10_000
    var fraction = String(tenThousandths.magnitude % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let sign = tenThousandths < 0 && whole == 0 ? "-" : ""
    let number = sign + grouped(whole) + (fraction.isEmpty ? "" : "." + fraction)
    return language == .korean ? number + "원" : number + " won"
  }

  /// A ratio written exactly as a percentage when it has at most 4 decimals (`120%`, `85.5%`), otherwise rounded
  /// to one decimal (`100.3%`, for display only).
  ///
  /// - Parameter ratio: the ratio.
  /// - Returns: the percentage.
  public static func exactPercent(_ ratio: Rational) -> String {
    for places in 0...4 {
      var scale: Int64 = 100
      for _ in 0..<places { scale *= 10 }
      if let scaled = ratio.floor(times: scale), let check = Rational(scaled, scale), check == ratio {
        let digits = String(scaled.magnitude)
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let whole = padded.dropLast(places)
        let fraction = padded.suffix(places)
        return (scaled < 0 ? "-" : "") + whole + (places > 0 ? "." + fraction : "") + "%"
      }
    }
    return ratio.percentText
  }

  /// A calendar duration: `3개월`, `2년`, `14일` / `3 months`.
  ///
  /// - Parameters:
  ///   - duration: the duration.
  ///   - language: Korean or English.
  /// - Returns: the duration in words.
  public static func duration(_ duration: CalendarDuration, _ language: Language) -> String {
    guard language == .korean else { return duration.description }
    switch duration.unit {
    case .days: return "\(duration.amount)일"
    case .months: return "\(duration.amount)개월"
    case .years: return "\(duration.amount)년"
    }
  }

  /// A decision in words: 대상 / 비대상 / 판단불가, or eligible / ineligible / undetermined.
  ///
  /// - Parameters:
  ///   - decision: the decision.
  ///   - language: Korean or English.
  /// - Returns: the word.
  public static func decision(_ decision: Decision, _ language: Language) -> String {
    switch (decision, language) {
    case (.eligible, .korean): return "대상"
    case (.ineligible, .korean): return "비대상"
    case (.undetermined, .korean): return "판단불가"
    case (.eligible, .english): return "eligible"
    case (.ineligible, .english): return "ineligible"
    case (.undetermined, .english): return "undetermined"
    }
  }

  /// A comparison operator in words: 이하, 미만, 이상, 초과, 같음, 다름 / at most, less than, ….
  ///
  /// - Parameters:
  ///   - op: the operator.
  ///   - language: Korean or English.
  /// - Returns: the words.
  public static func operatorWords(_ op: ComparisonOperator, _ language: Language) -> String {
    switch (op, language) {
    case (.lessOrEqual, .korean): return "이하"
    case (.less, .korean): return "미만"
    case (.greaterOrEqual, .korean): return "이상"
    case (.greater, .korean): return "초과"
    case (.equal, .korean): return "같음"
    case (.notEqual, .korean): return "다름"
    case (.lessOrEqual, .english): return "at most"
    case (.less, .english): return "less than"
    case (.greaterOrEqual, .english): return "at least"
    case (.greater, .english): return "more than"
    case (.equal, .english): return "equal to"
    case (.notEqual, .english): return "not equal to"
    }
  }

  /// A truth as a mark: `✓` yes, `✗` no, `?` unknown.
  ///
  /// - Parameter truth: the truth.
  /// - Returns: the mark.
  public static func mark(_ truth: Truth) -> String {
    switch truth {
    case .yes: return "✓"
    case .no: return "✗"
    case .unknown: return "?"
    }
  }

  /// A truth as a JSON word: `yes`, `no`, `unknown`.
  ///
  /// - Parameter truth: the truth.
  /// - Returns: the word.
  public static func truthWord(_ truth: Truth) -> String {
    switch truth {
    case .yes: return "yes"
    case .no: return "no"
    case .unknown: return "unknown"
    }
  }

  /// The word for an unknown value: 모름 / unknown.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: the word.
  public static func unknown(_ language: Language) -> String { language == .korean ? "모름" : "unknown" }

  /// Text padded with spaces to a width in terminal cells (Hangul counts 2), for aligned columns.
  ///
  /// - Parameters:
  ///   - text: the text.
  ///   - cells: the width.
  /// - Returns: the text, padded on the right; unchanged when already as wide.
  public static func padded(_ text: String, to cells: Int) -> String {
    text + String(repeating: " ", count: max(0, cells - TextWidth.cells(of: text)))
  }
}
