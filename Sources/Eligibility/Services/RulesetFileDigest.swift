/// A ruleset file and the SHA-256 of its bytes, so that a report names exactly the rules it was made with.
public struct RulesetFileDigest: Sendable, Hashable {
  /// The path as loaded (`rulesets/saha-organizing.rules`).
  public var path: String
  /// 64 lowercase hexadecimal digits.
  public var sha256: String

  /// Creates a digest entry.
  public init(path: String, sha256: String) {
    self.path = path
    self.sha256 = sha256
  }
}
