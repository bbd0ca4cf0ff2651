/// An example invocation shown under `EXAMPLES:` in help.
///
/// ```
/// EXAMPLES:
///   # 모든 서비스로 판정
///   screen check examples/saha-applicant.json
/// ```
public struct CommandExample: Sendable, Hashable {
  /// What the example does, shown as a `#` comment above it.
  public let description: LocalizedText
  /// The whole command line, starting with the tool name.
  public let invocation: String

  /// Creates an example.
  ///
  /// - Parameters:
  ///   - invocation: the command line, e.g. `screen check examples/saha-applicant.json`.
  ///   - description: what it does.
  public init(_ invocation: String, _ description: LocalizedText) {
    self.invocation = invocation
    self.description = description
  }
}
