/// Where a value sits in a JSON document, written as JSONPath: `$`, `$.monthly_income`, `$["월 소득"]`, `$[2]`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step from a value into a member or element.
  public enum Component: Sendable, Hashable {
    /// An object member by key.
    case key(String)
    /// An array element by index, from 0.
    case index(Int)
  }

  /// The steps from the document's root.
  public var components: [Component]

  /// The document's root, `$`.
  public static let root = JSONPath(components: [])

  /// Creates a path from its steps.
  ///
  /// - Parameter components: the steps from the root.
  public init(components: [Component]) { self.components = components }

  /// This path extended by an object key.
  ///
  /// - Parameter key: the member's key.
  /// - Returns: the member's path.
  public func appending(key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }

  /// This path extended by an array index.
  ///
  /// - Parameter index: the element's index.
  /// - Returns: the element's path.
  public func appending(index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

  /// `$.name` for keys that are ASCII identifiers, `$["…"]` for any other key, `$[3]` for indices.
  public var description: String {
    var out = "$"
    for component in components {
      switch component {
      case .index(let i): out += "[\(i)]"
      case .key(let key) where JSONPath.isIdentifier(key): out += "." + key
      case .key(let key): out += "[" + JSONWriter.quoted(key) + "]"
      }
    }
    return out
  }

  private static func isIdentifier(_ key: String) -> Bool {
    guard let first = key.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first == "_" else {
      return false
    }
    return key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
  }
}
