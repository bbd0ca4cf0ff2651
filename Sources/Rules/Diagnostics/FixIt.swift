/// A suggested edit that fixes a diagnostic: replace the text in ``range`` with ``replacement``.
public struct FixIt: Sendable, Hashable {
  /// The text to replace (empty to insert).
  public var range: SourceRange
  /// The new text.
  public var replacement: String

  /// Creates a fix-it.
  public init(range: SourceRange, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}
