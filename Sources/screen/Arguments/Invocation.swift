import Rules

/// What the command line asks for, once parsed: run a command, print help, or report a mistake.
///
/// ```swift
/// switch parser.parse(Array(CommandLine.arguments.dropFirst())) {
/// case .run(let parsed): …  // run parsed.command
/// case .help(let command, let language):
///   print(parser.helpText(for: command, language: language), terminator: "")  // stdout, exit 0
/// case .failure(let error, let command, let language):
///   // stderr: parser.errorText(error, command: command, language: language); exit 2
/// }
/// ```
public enum Invocation: Sendable, Hashable {
  /// Run a command with these arguments.
  case run(ParsedArguments)
  /// Print the help of a command, or of the tool when `nil`, to stdout, and exit 0.
  case help(command: String?, language: Language)
  /// Print the error to stderr and exit with its code; `command` is the command it concerns, if known.
  case failure(ArgumentError, command: String?, language: Language)

  /// The exit code when the invocation ends without running a command, else `nil`.
  public var exitCode: ExitCode? {
    switch self {
    case .run: return nil
    case .help: return .success
    case .failure(let error, _, _): return error.exitCode
    }
  }
}
