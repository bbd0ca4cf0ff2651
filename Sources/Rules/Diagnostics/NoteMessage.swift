/// The content of a ``Note``; rendered per language by ``NoteMessage/text(in:)``.
public enum NoteMessage: Sendable, Hashable {
  /// A similar name exists.
  case didYouMean(String)
  /// The parser expected one of these tokens.
  case expectedOneOf([String])
  /// The earlier definition of the same name.
  case previousDefinition(String)
  /// An input that demonstrates a gap or an unreachable row, as `field = value` pairs.
  case counterexample(String)
  /// The row that shadows an unreachable row.
  case shadowedBy(String)
  /// The diagnostic was silenced by a waiver, for this reason.
  case waived(String)
  /// An opening delimiter that was never closed.
  case unclosedHere(String)
  /// The earlier row with the same number.
  case firstRow(Int)
  /// A message that has no structure worth a case of its own, in both languages.
  case text(korean: String, english: String)

  /// The note's text in a language.
  ///
  /// - Parameter language: the rendering language.
  /// - Returns: lowercase text with no final period, names in backticks.
  public func text(in language: Language) -> String {
    switch (self, language) {
    case (.didYouMean(let name), .korean): return "비슷한 이름: `\(name)`"
    case (.didYouMean(let name), .english): return "did you mean `\(name)`?"
    case (.expectedOneOf(let tokens), .korean): return "여기에 올 수 있는 것: \(tokens.joined(separator: ", "))"
    case (.expectedOneOf(let tokens), .english): return "expected one of: \(tokens.joined(separator: ", "))"
    case (.previousDefinition(let name), .korean): return "`\(name)`의 처음 정의는 여기"
    case (.previousDefinition(let name), .english): return "`\(name)` was first defined here"
    case (.counterexample(let input), .korean): return "반례: \(input)"
    case (.counterexample(let input), .english): return "counterexample: \(input)"
    case (.shadowedBy(let row), .korean): return "앞의 행이 먼저 맞음: \(row)"
    case (.shadowedBy(let row), .english): return "an earlier row always matches first: \(row)"
    case (.waived(let reason), .korean): return "면제됨: \(reason)"
    case (.waived(let reason), .english): return "waived: \(reason)"
    case (.unclosedHere(let delimiter), .korean): return "여기서 연 `\(delimiter)`가 닫히지 않음"
    case (.unclosedHere(let delimiter), .english): return "`\(delimiter)` opened here is never closed"
    case (.firstRow(let n), .korean): return "\(n)행이 처음 나온 곳"
    case (.firstRow(let n), .english): return "row \(n) first appears here"
    case (.text(let korean, _), .korean): return korean
    case (.text(_, let english), .english): return english
    }
  }
}
