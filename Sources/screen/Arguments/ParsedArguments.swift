import Rules

/// The arguments of one command after parsing: every value already has its option's form.
///
/// Read values with the accessors, keyed by the long option name or the positional key. An absent option yields
/// its declared default, else `nil`. Asking for a name the spec does not declare is a programming error and stops
/// the program.
///
/// ```swift
/// let parsed = …  // screen check a.json --as-of 2024-03-02
/// parsed.argument("applicant")  // "a.json"
/// try parsed.date("as-of")      // CivilDate 2024-03-02
/// parsed.string("rules")        // "rulesets" (the default)
/// ```
public struct ParsedArguments: Sendable, Hashable {
  /// The command that was parsed.
  public let spec: CommandSpec
  /// The values of options given, by long name, in the order written.
  public let values: [String: [String]]
  /// The flags given, by long name.
  public let flags: Set<String>
  /// The positional values, by key; absent optional positionals have no entry.
  public let positionals: [String: [String]]

  /// Creates parsed arguments; the parser is the usual source.
  ///
  /// - Parameters:
  ///   - spec: the command.
  ///   - values: option values by long name.
  ///   - flags: flags given, by long name.
  ///   - positionals: positional values by key.
  public init(
    spec: CommandSpec, values: [String: [String]] = [:], flags: Set<String> = [],
    positionals: [String: [String]] = [:]
  ) {
    self.spec = spec
    self.values = values
    self.flags = flags
    self.positionals = positionals
  }

  /// The command word, e.g. `check`.
  public var command: String { spec.name }

  /// The language chosen with `--lang`, Korean by default.
  public var language: Language {
    string(OptionSpec.language.name).flatMap(Language.init(rawValue:)) ?? .korean
  }

  /// The value of an option: the last one given, else its default.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: the value, or `nil` when absent without a default.
  public func string(_ name: String) -> String? {
    values[name]?.last ?? declared(name).defaultValue
  }

  /// Every value of a repeating option, in order; the default alone when none was given.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: the values, possibly none.
  public func strings(_ name: String) -> [String] {
    values[name] ?? declared(name).defaultValue.map { [$0] } ?? []
  }

  /// Whether a flag was given.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: `true` when present.
  public func flag(_ name: String) -> Bool {
    precondition(declared(name).isFlag, "`--\(name)` is not a flag of `\(command)`")
    return flags.contains(name)
  }

  /// The value of a positional argument, or its default when absent.
  ///
  /// - Parameter key: the positional's key.
  /// - Returns: the first value, or `nil`.
  public func argument(_ key: String) -> String? {
    arguments(key).first
  }

  /// Every value of a positional argument (several for a variadic one), or its default when absent.
  ///
  /// - Parameter key: the positional's key.
  /// - Returns: the values, possibly none.
  public func arguments(_ key: String) -> [String] {
    guard let positional = spec.argument(key: key) else {
      preconditionFailure("`\(command)` declares no argument `\(key)`")
    }
    return positionals[key] ?? positional.defaultValue.map { [$0] } ?? []
  }

  /// A date option, e.g. `--as-of 2024-03-02`.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: the date, or `nil` when absent without a default.
  /// - Throws: ``ArgumentError/invalidValue(option:value:expected:)`` when not a real `YYYY-MM-DD` date.
  public func date(_ name: String) throws(ArgumentError) -> CivilDate? {
    try typed(name, .date) { CivilDate(iso: $0) }
  }

  /// An integer option.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: the integer, or `nil` when absent without a default.
  /// - Throws: ``ArgumentError/invalidValue(option:value:expected:)`` when not an integer.
  public func int(_ name: String) throws(ArgumentError) -> Int? {
    try typed(name, .integer, ValueKind.parseInteger)
  }

  /// An amount of money in won: `120_000_000`, `120,000,000`, `120000000` or `120,000,000원`.
  ///
  /// - Parameter name: the long name without dashes.
  /// - Returns: the amount, or `nil` when absent without a default.
  /// - Throws: ``ArgumentError/invalidValue(option:value:expected:)`` when not an amount.
  public func money(_ name: String) throws(ArgumentError) -> Int64? {
    try typed(name, .money, ValueKind.parseMoney)
  }

  /// A choice among an enumeration's raw values, e.g. `--format json` as ``OutputFormat/json``.
  ///
  /// - Parameters:
  ///   - name: the long name without dashes.
  ///   - type: the enumeration; its raw values are the words people type.
  /// - Returns: the case, or `nil` when absent without a default.
  /// - Throws: ``ArgumentError/invalidValue(option:value:expected:)`` when no case has that raw value.
  public func choice<Choice: RawRepresentable & CaseIterable>(
    _ name: String, as type: Choice.Type
  ) throws(ArgumentError) -> Choice? where Choice.RawValue == String {
    let expected: ValueKind
    if case .choice(let words) = declared(name).kind {
      expected = .choice(words)
    } else {
      expected = .choice(Choice.allCases.map(\.rawValue))
    }
    return try typed(name, expected) { Choice(rawValue: $0) }
  }

  /// The option's declaration; a name the command does not declare is a programming error.
  private func declared(_ name: String) -> OptionSpec {
    guard let option = spec.option(named: name) else {
      preconditionFailure("`\(command)` declares no option `--\(name)`")
    }
    return option
  }

  /// Converts the option's value, or reports it with the expected form.
  private func typed<Value>(
    _ name: String, _ expected: ValueKind, _ convert: (String) -> Value?
  ) throws(ArgumentError) -> Value? {
    guard let text = string(name) else { return nil }
    guard let value = convert(text) else {
      throw .invalidValue(option: declared(name).longForm, value: text, expected: expected)
    }
    return value
  }
}
