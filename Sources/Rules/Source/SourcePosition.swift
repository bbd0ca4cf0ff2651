/// A line and column in a source file, both counted from 1.
public struct SourcePosition: Sendable, Hashable, Comparable {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, counted in characters (Unicode scalars), not bytes or cells.
  public var column: Int
  /// The UTF-8 byte offset in the file.
  public var offset: Int

  /// Creates a position.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// Orders positions by their offset.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
}
