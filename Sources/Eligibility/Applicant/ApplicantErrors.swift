import Rules

/// Every mistake found in one applicant document, in document order.
public struct ApplicantErrors: Error, Sendable, Hashable {
  /// The mistakes; never empty when returned as a failure.
  public var errors: [ApplicantError]

  /// Creates the collection.
  ///
  /// - Parameter errors: the mistakes in document order.
  public init(_ errors: [ApplicantError]) { self.errors = errors }

  /// All mistakes as text, one after another.
  ///
  /// - Parameter language: Korean (default) or English.
  /// - Returns: each error's ``ApplicantError/rendered(in:)``.
  public func rendered(in language: Language = .korean) -> String {
    errors.map { $0.rendered(in: language) }.joined()
  }
}
