import Rules
/// Writes a ``JSONValue`` as text: deterministic, two-space indentation, members in the order given, UTF-8 text
/// as is (only quotes, backslashes and control characters escaped), a line break at the end.
///
/// ```
/// {
///   "id": "saha-organizing",
///   "tags": [],
///   "price": {
///     "won": 500000
///   }
/// }
/// ```
public enum JSONWriter {
  /// The document as text.
  ///
  /// - Parameter value: the document.
  /// - Returns: the text, ending with a line break.
  public static func write(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    return out + "\n"
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped, other text as is.
  ///
  /// - Parameter text: the text.
  /// - Returns: the literal with its quotes.
  public static func quoted(_ text: String) -> String { JSONString.quoted(text) }

  private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let text): out += text
    case .string(let text): out += quoted(text)
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, element) in elements.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        write(element, indent: indent + 2, into: &out)
        out += i == elements.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, member) in members.enumerated() {
        out += String(repeating: " ", count: indent + 2) + quoted(member.key) + ": "
        write(member.value, indent: indent + 2, into: &out)
        out += i == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }
}
