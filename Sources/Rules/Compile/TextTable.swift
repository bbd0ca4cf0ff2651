/// Interned texts: each distinct string gets a dense `Int32` id, so that the hot loop compares integers.
///
/// A table starts with the text literals of a compiled ruleset (ids `0..<literalCount`); texts first seen in data
/// get the following ids. A text that no rule mentions therefore never equals a literal, yet two equal texts in
/// data (`employer_sido == sido`) still share an id.
public struct TextTable: Sendable, Hashable {
  /// The strings by id.
  public private(set) var strings: [String]
  /// How many leading ids are the ruleset's literals.
  public let literalCount: Int
  private var ids: [String: Int32]

  /// Creates a table seeded with literals.
  ///
  /// - Parameter literals: distinct strings; the `i`th gets id `i`.
  public init(literals: [String]) {
    strings = literals
    literalCount = literals.count
    ids = Dictionary(literals.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { a, _ in a })
  }

  /// The id of a text, adding it when new.
  ///
  /// - Complexity: amortised O(length of `text`).
  public mutating func intern(_ text: String) -> Int32 {
    if let id = ids[text] { return id }
    let id = Int32(strings.count)
    strings.append(text)
    ids[text] = id
    return id
  }

  /// The id of a text already in the table.
  public func id(of text: String) -> Int32? { ids[text] }

  /// The text of an id, or `nil` for an id not in the table.
  public func text(_ id: Int32) -> String? {
    id >= 0 && Int(id) < strings.count ? strings[Int(id)] : nil
  }
}
