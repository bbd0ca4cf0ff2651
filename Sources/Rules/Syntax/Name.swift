/// An identifier as written, with where it was written.
public struct Name: Sendable, Hashable {
  /// The identifier's text.
  public var text: String
  /// Where it appears.
  public var range: SourceRange

  /// Creates a name.
  public init(_ text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}
