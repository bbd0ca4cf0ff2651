/// The command line of `csv-fuzz`.
///
/// ```
/// csv-fuzz [--count N] [--seed S] [--replay INDEX]
/// ```
struct FuzzOptions: Sendable {
  /// How many data rows to generate (spread over inputs of 0–64 rows).
  var count = 1_000_000
  /// The run's seed; with an input's index it fixes the input.
  var seed: UInt64 = 0
  /// Regenerate one input, print it and what the reader said.
  var replay: Int?

  /// The usage text.
  static let usage = """
    OVERVIEW: Feed generated and mutated applicant tables (CSV and JSON Lines, UTF-8 and CP949) to
    ApplicantTableReader; check that it never crashes, accounts for every row, reads clean tables exactly and
    gives the same answer whatever the block size.

    USAGE: csv-fuzz [--count <n>] [--seed <s>] [--replay <index>]

    OPTIONS:
      --count <n>         Data rows to generate (default: 1000000)
      --seed <s>          Seed, decimal or 0x-hex (default: 0)
      --replay <index>    Regenerate one input, print it escaped, and print what the reader delivered
      -h, --help          Show this help

    Exit status: 0 no problems, 1 an invariant broke, 2 bad arguments. A crash names its seed and input.
    """

  /// A command-line mistake.
  struct UsageError: Error {
    /// What is wrong.
    var message: String
  }

  /// Parses the arguments (without the program name).
  ///
  /// - Returns: the options, or `nil` for `--help`.
  /// - Throws: ``UsageError`` for an unknown option or a bad value.
  static func parse(_ arguments: [String]) throws(UsageError) -> FuzzOptions? {
    var options = FuzzOptions()
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      if argument == "-h" || argument == "--help" { return nil }
      let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
      guard let name = parts.first, ["--count", "--seed", "--replay"].contains(name) else {
        throw UsageError(message: "unknown argument `\(argument)`")
      }
      guard let value = parts.count == 2 ? parts[1] : remaining.popFirst() else {
        throw UsageError(message: "`\(name)` needs a value")
      }
      guard let number = value.hasPrefix("0x") ? UInt64(value.dropFirst(2), radix: 16) : UInt64(value.filter { $0 != "_" }) else {
        throw UsageError(message: "`\(name)` needs a non-negative number, not `\(value)`")
      }
      switch name {
      case "--count": options.count = Int(clamping: number)
      case "--seed": options.seed = number
      default: options.replay = Int(clamping: number)
      }
    }
    return options
  }
}
