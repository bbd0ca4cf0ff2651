/// A mistake on the command line, as a value; rendered in Korean or English by ``message(in:)`` and ``notes(in:)``.
///
/// Each case names the problem with a stable ``code`` (`unknown-option`), like the diagnostics of the rule
/// language. Suggestions are computed when the error is made, so tests can compare them.
///
/// ```swift
/// ArgumentError.unknownOption("--servce", suggestion: "--service").message(in: .korean)
/// // "알 수 없는 옵션: `--servce`"
/// ```
public enum ArgumentError: Error, Sendable, Hashable {
  /// An option the command does not declare, as written (without any `=value`), and the closest declared name
  /// within edit distance 2.
  case unknownOption(String, suggestion: String?)
  /// An option that needs a value came last, or before another option.
  case missingValue(option: String, valueName: String)
  /// A flag written with `=value`, e.g. `--bom=yes`.
  case unexpectedValue(flag: String, value: String)
  /// An option given twice that may only be given once.
  case duplicateOption(String)
  /// A required option is absent.
  case missingOption(option: String, valueName: String)
  /// A value that does not have the option's form, and what was expected.
  case invalidValue(option: String, value: String, expected: ValueKind)
  /// A required positional argument is absent; its placeholder, e.g. `APPLICANT.json`.
  case missingArgument(String)
  /// More positional values than the command takes: the first extra value and the most the command takes.
  case tooManyArguments(String, limit: Int)
  /// No command was given.
  case missingCommand(available: [String])
  /// A command word that does not exist, and the closest one within edit distance 2.
  case unknownCommand(String, suggestion: String?)

  /// The stable name of the problem, e.g. `unknown-option`.
  public var code: String {
    switch self {
    case .unknownOption: return "unknown-option"
    case .missingValue: return "missing-value"
    case .unexpectedValue: return "unexpected-value"
    case .duplicateOption: return "duplicate-option"
    case .missingOption: return "missing-option"
    case .invalidValue: return "invalid-value"
    case .missingArgument: return "missing-argument"
    case .tooManyArguments: return "too-many-arguments"
    case .missingCommand: return "missing-command"
    case .unknownCommand: return "unknown-command"
    }
  }

  /// The exit code: every argument error exits with ``ExitCode/invalidUsage`` (2).
  public var exitCode: ExitCode { ExitCode(.badArguments) }
}
