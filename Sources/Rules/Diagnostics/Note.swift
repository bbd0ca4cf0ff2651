/// A secondary message attached to a diagnostic: why (`note`) or how to fix it (`help`).
public struct Note: Sendable, Hashable {
  /// Whether the note explains (`note`) or suggests a fix (`help`).
  public enum Kind: String, Sendable, Hashable {
    /// Explains why the diagnostic was reported.
    case note
    /// Suggests how to fix it.
    case help
  }

  /// `note` or `help`.
  public var kind: Kind
  /// What the note says, rendered per language.
  public var message: NoteMessage
  /// Where the note points, if anywhere other than the diagnostic's own range.
  public var range: SourceRange?

  /// Creates a note.
  public init(_ kind: Kind, _ message: NoteMessage, range: SourceRange? = nil) {
    self.kind = kind
    self.message = message
    self.range = range
  }
}
