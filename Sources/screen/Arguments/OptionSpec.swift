import Rules

/// One named option of a command: a boolean flag (`--bom`) or an option with a value (`--out FILE`).
///
/// Options are written `--name value` or `--name=value`; a declared short alias is written `-o value` or
/// `-ovalue`. A value is checked against its ``ValueKind`` while parsing, so a command never sees a malformed date
/// or amount.
///
/// ```swift
/// let out = OptionSpec.option(
///   "out", short: "o", valueName: "FILE",
///   help: LocalizedText("결과를 쓸 파일", english: "file to write the results to"))
/// ```
public struct OptionSpec: Sendable, Hashable {
  /// The long name without dashes, e.g. `as-of`; also the key of the typed accessors.
  public let name: String
  /// A one-letter alias written `-o`, if declared.
  public let short: Character?
  /// The placeholder shown in help (`FILE`), or `nil` for a flag, which takes no value.
  public let valueName: String?
  /// The form the value must have.
  public let kind: ValueKind
  /// The value used when the option is absent, if any; shown in help.
  public let defaultValue: String?
  /// Whether the option may be given more than once, each value kept in order.
  public let isRepeating: Bool
  /// Whether the command cannot run without it.
  public let isRequired: Bool
  /// One line of help.
  public let help: LocalizedText

  /// Whether this is a flag, which takes no value.
  public var isFlag: Bool { valueName == nil }

  /// The long form as written, e.g. `--as-of`.
  public var longForm: String { "--" + name }

  /// The label in help and usage: `-o, --out <FILE>`, `--bom`.
  public var label: String {
    var label = short.map { "-\($0), " } ?? ""
    label += longForm
    if let valueName { label += " <\(valueName)>" }
    return label
  }

  /// Declares an option that takes a value.
  ///
  /// - Parameters:
  ///   - name: the long name without dashes.
  ///   - short: a one-letter alias, if any.
  ///   - valueName: the placeholder in help; for a choice, `nil` shows the words joined by `|`.
  ///   - kind: the form of the value.
  ///   - defaultValue: the value when absent; must itself have the declared form.
  ///   - repeating: whether the option may be repeated.
  ///   - required: whether the option must be given.
  ///   - help: one line of help.
  /// - Returns: the option.
  public static func option(
    _ name: String, short: Character? = nil, valueName: String? = nil, kind: ValueKind = .text,
    default defaultValue: String? = nil, repeating: Bool = false, required: Bool = false, help: LocalizedText
  ) -> OptionSpec {
    let placeholder: String
    switch (valueName, kind) {
    case (.some(let valueName), _): placeholder = valueName
    case (nil, .choice(let words)): placeholder = words.joined(separator: "|")
    case (nil, _): placeholder = name.uppercased()
    }
    if let defaultValue {
      precondition(kind.accepts(defaultValue), "default `\(defaultValue)` of --\(name) has the wrong form")
    }
    return OptionSpec(
      name: name, short: short, valueName: placeholder, kind: kind, defaultValue: defaultValue,
      isRepeating: repeating, isRequired: required, help: help)
  }

  /// Declares a boolean flag: present or absent.
  ///
  /// - Parameters:
  ///   - name: the long name without dashes.
  ///   - short: a one-letter alias, if any.
  ///   - help: one line of help.
  /// - Returns: the flag.
  public static func flag(_ name: String, short: Character? = nil, help: LocalizedText) -> OptionSpec {
    OptionSpec(
      name: name, short: short, valueName: nil, kind: .text, defaultValue: nil, isRepeating: false,
      isRequired: false, help: help)
  }

  /// Declares `--format` with the formats a command can write.
  ///
  /// - Parameters:
  ///   - formats: the accepted formats, in the order help lists them.
  ///   - defaultFormat: the format when absent.
  /// - Returns: the option.
  public static func format(_ formats: [OutputFormat], default defaultFormat: OutputFormat) -> OptionSpec {
    .option(
      "format", kind: .choice(formats.map(\.rawValue)), default: defaultFormat.rawValue,
      help: LocalizedText("출력 형식", english: "output format"))
  }

  /// `--lang ko|en`: the language of messages, help and reports. Every command accepts it.
  public static let language = OptionSpec.option(
    "lang", kind: .choice(Language.allCases.map(\.rawValue)), default: Language.korean.rawValue,
    help: LocalizedText("메시지 언어", english: "language of messages"))

  /// `-h, --help`: print help to stdout and exit 0. Every command accepts it.
  public static let helpFlag = OptionSpec.flag(
    "help", short: "h", help: LocalizedText("도움말 보기", english: "show help"))

  /// The options every command accepts after its own: ``language`` and ``helpFlag``.
  public static let common: [OptionSpec] = [language, helpFlag]
}
