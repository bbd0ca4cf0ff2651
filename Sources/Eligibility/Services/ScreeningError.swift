import Rules

/// A mistake in a screening request.
public enum ScreeningError: Error, Sendable, Hashable {
  /// No service has this id; with the closest id, if any.
  case unknownService(String, suggestion: String?)

  /// The mistake in words.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: e.g. ``알 수 없는 서비스: `saha-organising` (비슷한 이름: `saha-organizing`)``.
  public func message(in language: Language = .korean) -> String {
    switch (self, language) {
    case (.unknownService(let id, let suggestion), .korean):
      return "알 수 없는 서비스: `\(id)`" + (suggestion.map { " (비슷한 이름: `\($0)`)" } ?? "")
    case (.unknownService(let id, let suggestion), .english):
      return "unknown service `\(id)`" + (suggestion.map { " (did you mean `\($0)`?)" } ?? "")
    }
  }
}
