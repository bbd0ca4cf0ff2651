/// A JSON document as read or written: objects keep their members in order, with duplicates, and numbers keep
/// the text they were written with, so that nothing is lost before a schema decides what a value means.
///
/// ```swift
/// let value = try JSONParser.parse(Array(#"{"household_size": 1}"#.utf8)).get()
/// value.members?.first?.key  // "household_size"
/// ```
public enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as the literal text written (`2674134`, `-1.5e3`); see ``ExactNumber``.
  case number(String)
  /// A string, unescaped.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object: members in document order, duplicates kept.
  case object([Member])

  /// One `"key": value` pair of an object.
  public struct Member: Sendable, Hashable {
    /// The key, unescaped.
    public var key: String
    /// The value.
    public var value: JSONValue
    /// The UTF-8 byte offset of the key's opening quote in the document (0 for built values).
    public var offset: Int

    /// Creates a member.
    ///
    /// - Parameters:
    ///   - key: the key.
    ///   - value: the value.
    ///   - offset: where the key starts in the source document, if read from one.
    public init(_ key: String, _ value: JSONValue, offset: Int = 0) {
      self.key = key
      self.value = value
      self.offset = offset
    }
  }

  /// The members, when the value is an object.
  public var members: [Member]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// An object built from ordered pairs, for writing.
  ///
  /// - Parameter pairs: keys and values in the order to write them.
  /// - Returns: the object.
  public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { Member($0.key, $0.value) })
  }

  /// A string, or `null` when absent.
  public static func string(orNull text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// A whole number.
  public static func integer(_ number: Int64) -> JSONValue { .number(String(number)) }

  /// A whole number, or `null` when absent.
  public static func integer(orNull number: Int64?) -> JSONValue { number.map { .number(String($0)) } ?? .null }

  /// A whole number from an `Int`, or `null` when absent.
  public static func integer(orNull number: Int?) -> JSONValue { number.map { .number(String($0)) } ?? .null }

  /// A whole number from an `Int`.
  public static func integer(_ number: Int) -> JSONValue { .number(String(number)) }
}
