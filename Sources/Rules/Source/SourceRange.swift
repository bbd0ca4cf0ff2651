/// A half-open range of UTF-8 byte offsets in one source file.
///
/// Ranges are cheap values; ``SourceFile/position(of:)`` turns their ends into lines and columns when a
/// diagnostic is rendered.
public struct SourceRange: Sendable, Hashable {
  /// The first byte covered.
  public var start: Int
  /// One past the last byte covered.
  public var end: Int

  /// Creates a range from two offsets.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// An empty range at one offset.
  public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }

  /// The smallest range covering both ranges.
  ///
  /// - Parameter other: another range in the same file.
  /// - Returns: the union's hull.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
