/// A string literal as written (a title, a criterion's label, a reason), with where it was written.
public struct Label: Sendable, Hashable {
  /// The string's value, escapes resolved.
  public var text: String
  /// Where the literal appears, quotes included.
  public var range: SourceRange

  /// Creates a label.
  public init(_ text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}
