import Rules

/// A JSON value as an error message describes it: its kind and, for scalars, what was written.
public enum FoundValue: Sendable, Hashable {
  /// `true` or `false`.
  case bool(Bool)
  /// A number, as written.
  case number(String)
  /// A string.
  case string(String)
  /// An array.
  case array
  /// An object.
  case object
  /// `null` (only where a value is required, such as the document itself).
  case null

  /// Describes a JSON value.
  ///
  /// - Parameter value: the value.
  public init(_ value: JSONValue) {
    switch value {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .number(let n): self = .number(n)
    case .string(let s): self = .string(s)
    case .array: self = .array
    case .object: self = .object
    }
  }

  /// The value in words.
  ///
  /// - Parameter language: Korean or English.
  /// - Returns: e.g. `문자열 "abc"` / `string "abc"`.
  func text(in language: Language) -> String {
    switch (self, language) {
    case (.bool(let b), .korean): return "참·거짓 값 \(b)"
    case (.bool(let b), .english): return "boolean \(b)"
    case (.number(let n), .korean): return "수 \(n)"
    case (.number(let n), .english): return "number \(n)"
    case (.string(let s), .korean): return "문자열 \(JSONWriter.quoted(s))"
    case (.string(let s), .english): return "string \(JSONWriter.quoted(s))"
    case (.array, .korean): return "배열"
    case (.array, .english): return "array"
    case (.object, .korean): return "객체"
    case (.object, .english): return "object"
    case (.null, .korean): return "null"
    case (.null, .english): return "null"
    }
  }
}
