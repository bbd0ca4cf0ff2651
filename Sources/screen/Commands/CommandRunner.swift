import Eligibility
import Foundation
import Rules

/// Runs a parsed command and maps its failures to one exit code each.
enum CommandRunner {
  /// Runs a command.
  ///
  /// - Parameter arguments: the parsed command line.
  /// - Returns: the process's exit code.
  static func run(_ arguments: ParsedArguments) -> ExitCode {
    let language = arguments.language
    do {
      switch arguments.command {
      case "check": return try CheckCommand.run(arguments)
      case "services": return try ServicesCommand.run(arguments)
      case "batch": return try BatchCommand.run(arguments)
      case "waitlist": return try WaitlistCommand.run(arguments)
      case "diff": return try DiffCommand.run(arguments)
      case "test": return try TestCommand.run(arguments)
      case "lint": return try LintCommand.run(arguments)
      default:
        // The parser accepts only the commands of `Commands.all`, each dispatched above.
        preconditionFailure("no runner for the declared command `\(arguments.command)`")
      }
    } catch let error as ArgumentError {
      Console.error(Commands.parser.errorText(error, command: arguments.command, language: language))
      return error.exitCode
    } catch let failure as CommandFailure {
      Console.error(failure.message)
      return failure.code
    } catch {
      Console.error(String(describing: error))
      return .invalidUsage
    }
  }

  /// Loads the ruleset folder named by `--rules`.
  static func loadRules(_ arguments: ParsedArguments) throws(CommandFailure) -> ScreeningContext {
    try loadRules(arguments.string("rules") ?? "rulesets", language: arguments.language)
  }

  /// Loads one rule folder: exit 2 when unreadable, 3 with the diagnostics when it does not compile.
  static func loadRules(_ folder: String, language: Language) throws(CommandFailure) -> ScreeningContext {
    do {
      return try Screening.load(rulesDirectory: folder)
    } catch {
      switch error {
      case .unreadable(let readError):
        let message = language == .korean
          ? "error: 규칙 폴더를 읽을 수 없음: \(readError.path) (\(readError.reason))"
          : "error: cannot read the ruleset folder \(readError.path) (\(readError.reason))"
        throw CommandFailure(message: message, code: .invalidUsage)
      case .invalidRuleset(let diagnostics):
        let text = DiagnosticRenderer.render(diagnostics, language: language) + "\n"
          + DiagnosticRenderer.summary(of: diagnostics, language: language)
        throw CommandFailure(message: text, code: .rulesetsDoNotCompile)
      }
    }
  }
}

/// A command's failure: the message for stderr and the exit code.
struct CommandFailure: Error {
  /// Rendered text for stderr.
  var message: String
  /// The exit code.
  var code: ExitCode
}
