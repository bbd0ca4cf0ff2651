import Rules

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The entry point: parse the arguments, run the command, exit with its code.
let invocation = Commands.parser.parse(Array(CommandLine.arguments.dropFirst()))
let code: ExitCode
switch invocation {
case .help(let command, let language):
  print(Commands.parser.helpText(for: command, language: language), terminator: "")
  code = .success
case .failure(let error, let command, let language):
  Console.error(Commands.parser.errorText(error, command: command, language: language))
  code = error.exitCode
case .run(let arguments):
  code = CommandRunner.run(arguments)
}
exit(code.rawValue)
