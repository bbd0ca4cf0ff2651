import Rules

/// Text a person reads, written in Korean first and in English for `--lang en`.
///
/// Help texts, abstracts and example descriptions are values of this type, so that every string in a command's
/// help exists in both languages: a spec without its English text does not compile.
///
/// ```swift
/// let abstract = LocalizedText("신청자 한 명의 자격 판정", english: "screen one applicant")
/// abstract.text(in: .english)  // "screen one applicant"
/// ```
public struct LocalizedText: Sendable, Hashable {
  /// The Korean text, the default.
  public let korean: String
  /// The English text.
  public let english: String

  /// Creates a text in both languages.
  ///
  /// - Parameters:
  ///   - korean: the Korean text.
  ///   - english: the English text.
  public init(_ korean: String, english: String) {
    self.korean = korean
    self.english = english
  }

  /// The text in one language.
  ///
  /// - Parameter language: the language to read it in.
  /// - Returns: ``korean`` or ``english``.
  public func text(in language: Language) -> String {
    switch language {
    case .korean: return korean
    case .english: return english
    }
  }
}
