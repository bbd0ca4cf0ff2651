/// One positional argument of a command, e.g. `<APPLICANT.json>` or `[<RULES_DIR>]`.
///
/// Positionals are matched in declaration order. Required ones come first; an optional or variadic one may only
/// come last (``CommandSpec`` checks this).
public struct PositionalSpec: Sendable, Hashable {
  /// How many values a positional takes.
  public enum Arity: Sendable, Hashable {
    /// Exactly one: `<OLD>`.
    case required
    /// Zero or one: `[<RULES_DIR>]`.
    case optional
    /// Zero or more: `[<FILE> ...]`.
    case zeroOrMore
    /// One or more: `<FILE> ...`.
    case oneOrMore

    /// Whether at least one value is needed.
    public var needsValue: Bool { self == .required || self == .oneOrMore }

    /// Whether more than one value is taken.
    public var isVariadic: Bool { self == .zeroOrMore || self == .oneOrMore }
  }

  /// The key of the accessors, e.g. `applicant`.
  public let key: String
  /// The placeholder shown in usage and help, e.g. `APPLICANT.json`.
  public let valueName: String
  /// How many values it takes.
  public let arity: Arity
  /// The value when an optional positional is absent, if any; shown in help.
  public let defaultValue: String?
  /// One line of help.
  public let help: LocalizedText

  /// Declares a positional argument.
  ///
  /// - Parameters:
  ///   - key: the key of the accessors.
  ///   - valueName: the placeholder in usage and help.
  ///   - arity: how many values it takes.
  ///   - defaultValue: the value when an optional positional is absent.
  ///   - help: one line of help.
  public init(
    _ key: String, valueName: String, arity: Arity = .required, default defaultValue: String? = nil,
    help: LocalizedText
  ) {
    precondition(defaultValue == nil || !arity.needsValue, "a required positional `\(key)` has no default")
    self.key = key
    self.valueName = valueName
    self.arity = arity
    self.defaultValue = defaultValue
    self.help = help
  }

  /// The placeholder as written in usage: `<OLD>`, `[<RULES_DIR>]`, `<FILE> ...`, `[<FILE> ...]`.
  public var usage: String {
    switch arity {
    case .required: return "<\(valueName)>"
    case .optional: return "[<\(valueName)>]"
    case .zeroOrMore: return "[<\(valueName)> ...]"
    case .oneOrMore: return "<\(valueName)> ..."
    }
  }
}
