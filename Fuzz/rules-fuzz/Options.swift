/// The command line of `rules-fuzz`.
///
/// ```
/// rules-fuzz [--count N] [--seed S] [--timeout-ms T] [--jobs J] [--start I] [--stages LIST]
///            [--mutators LIST] [--replay INDEX | --input FILE] [DIR …]
/// ```
/// Options take `--name value` or `--name=value`; `--` ends the options.
struct Options: Sendable {
  /// How many inputs to run.
  var count = 1_000_000
  /// The run's seed; with the corpus it fixes every input.
  var seed: UInt64 = 0
  /// An input that takes longer than this, in milliseconds, is a hang.
  var timeoutMilliseconds = 2_000
  /// How many threads run inputs.
  var jobs = 2
  /// The first index to run (inputs `start..<start + count`), to resume near a crash.
  var start = 0
  /// Run only this input, print what it is and what the library said.
  var replay: Int?
  /// Run only this saved input file (from `.fuzz-failures/`), and describe it.
  var inputFile: String?
  /// The stages run after parsing (`--stages parse,check,render`).
  var stages = Set(Stage.allCases)
  /// The mutators inputs are made with (`--mutators drop-token,long-line`); all by default.
  var mutators = Mutator.allCases
  /// Where the corpus `*.rules` files are.
  var directories = Options.defaultDirectories
  /// The corpus directories used when none are named.
  static let defaultDirectories = ["rulesets", "Tests/RulesTests/Goldens"]

  /// The command that runs input `index` of this run alone, with every option that changes what it is.
  ///
  /// - Parameter index: the input's index.
  /// - Returns: `rules-fuzz --seed S [--mutators …] [--stages …] [DIR …] --replay I`.
  func replayCommand(index: Int) -> String {
    var words = ["rules-fuzz", "--seed", String(seed)]
    if mutators != Mutator.allCases { words += ["--mutators", mutators.map(\.rawValue).joined(separator: ",")] }
    if stages != Set(Stage.allCases) {
      words += ["--stages", Stage.allCases.filter(stages.contains).map(\.rawValue).joined(separator: ",")]
    }
    if directories != Options.defaultDirectories { words += directories }
    return (words + ["--replay", String(index)]).joined(separator: " ")
  }

  /// The usage text, printed by `--help`.
  static let usage = """
    OVERVIEW: Feed mutated rulesets to the parser and checker; report hangs and broken invariants.

    USAGE: rules-fuzz [options] [<directory> ...]

    ARGUMENTS:
      <directory>         Corpus directories searched for *.rules (default: rulesets Tests/RulesTests/Goldens)

    OPTIONS:
      --count <n>         Inputs to run (default: 1000000)
      --seed <s>          Seed, decimal or 0x-hex (default: 0)
      --timeout-ms <t>    An input slower than this is a hang (default: 2000)
      --jobs <j>          Worker threads (default: 2)
      --start <i>         First input index (default: 0)
      --stages <list>     Stages to run, comma-separated: parse, check, render (default: all; parse always runs)
      --mutators <list>   Mutators to use, comma-separated (default: all):
                          \(mutatorList)
      --replay <index>    Regenerate and run one input, save it to .fuzz-failures/, and describe it
      --input <file>      Run one saved input file and describe it
      -h, --help          Show this help

    EXAMPLE:
      rules-fuzz --count 200000 --seed 7 rulesets
      rules-fuzz --seed 7 --replay 123456

    Input i of seed s is the same on every run; a crash is located by .fuzz-failures/current.
    Exit status: 0 no problems, 1 a hang or broken invariant, 2 bad arguments.
    """

  private static let mutatorList = Mutator.allCases.map(\.rawValue).joined(separator: ", ")

  /// A command-line mistake.
  struct UsageError: Error {
    /// What is wrong, for stderr.
    var message: String
  }

  /// Parses the arguments (without the program name).
  ///
  /// - Parameter arguments: the arguments.
  /// - Returns: the options, or `nil` when `--help` was asked for.
  /// - Throws: ``UsageError`` for an unknown option, a missing or malformed value.
  static func parse(_ arguments: [String]) throws(UsageError) -> Options? {
    var options = Options()
    var directories: [String] = []
    var remaining = arguments[...]
    var optionsEnded = false
    while let argument = remaining.popFirst() {
      if optionsEnded || !argument.hasPrefix("-") {
        directories.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument == "-h" || argument == "--help" { return nil }
      var name = argument
      var value: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      func next() throws(UsageError) -> String {
        if let value { return value }
        guard let following = remaining.popFirst() else { throw UsageError(message: "missing value for `\(name)`") }
        return following
      }
      switch name {
      case "--count": options.count = try integer(next(), for: name, minimum: 0)
      case "--timeout-ms": options.timeoutMilliseconds = try integer(next(), for: name, minimum: 1)
      case "--jobs": options.jobs = try integer(next(), for: name, minimum: 1)
      case "--start": options.start = try integer(next(), for: name, minimum: 0)
      case "--replay": options.replay = try integer(next(), for: name, minimum: 0)
      case "--input": options.inputFile = try next()
      case "--stages":
        let names = try next().split(separator: ",").map { String($0) }
        var stages: Set<Stage> = [.parse]
        for name in names {
          guard let stage = Stage(rawValue: name) else {
            throw UsageError(message: "unknown stage `\(name)`: expected parse, check or render")
          }
          stages.insert(stage)
        }
        options.stages = stages
      case "--mutators":
        var mutators: [Mutator] = []
        for name in try next().split(separator: ",") {
          guard let mutator = Mutator(rawValue: String(name)) else {
            throw UsageError(message: "unknown mutator `\(name)`; see `rules-fuzz --help`")
          }
          if !mutators.contains(mutator) { mutators.append(mutator) }
        }
        guard !mutators.isEmpty else { throw UsageError(message: "`--mutators` needs at least one mutator") }
        options.mutators = Mutator.allCases.filter(mutators.contains)
      case "--seed":
        let text = try next()
        let parsed = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
        guard let parsed else {
          throw UsageError(message: "invalid seed `\(text)`: expected a 64-bit unsigned integer")
        }
        options.seed = parsed
      default:
        throw UsageError(message: "unknown option `\(name)`; see `rules-fuzz --help`")
      }
    }
    if !directories.isEmpty { options.directories = directories }
    return options
  }

  private static func integer(_ text: String, for name: String, minimum: Int) throws(UsageError) -> Int {
    let digits = text.filter { $0 != "_" }
    guard let value = Int(digits), value >= minimum else {
      throw UsageError(message: "invalid value `\(text)` for `\(name)`: expected an integer of at least \(minimum)")
    }
    return value
  }
}
