import Foundation
import Rules

// rules-fuzz: robustness fuzzer for the rule language's parser and checker.
//
// Each input is a corpus entry damaged by random mutators; input `i` of seed `s` is the same on every run, so a
// problem is named by `(s, i)` and regenerated with `--replay i`. See `Options.usage`.

let options: Options
do {
  guard let parsed = try Options.parse(Array(CommandLine.arguments.dropFirst())) else {
    print(Options.usage)
    exit(0)
  }
  options = parsed
} catch {
  Summary.printError("rules-fuzz: error: \(error.message)")
  exit(2)
}

let store = FailureStore()
let generator = InputGenerator(
  corpus: Corpus(directories: options.directories), seed: options.seed, mutators: options.mutators)

if let index = options.replay {
  let input = generator.input(at: index)
  let path = store.save(input.text, seed: options.seed, index: index) ?? "(not saved)"
  let heading = "seed \(options.seed), index \(index): \(Runner.origin(of: input))\nsaved \(path)"
  exit(Replay.run(input.text, heading: heading, options: options))
}
if let path = options.inputFile {
  guard let data = FileManager.default.contents(atPath: path) else {
    Summary.printError("rules-fuzz: error: cannot read `\(path)`")
    exit(2)
  }
  let text = String(decoding: data, as: UTF8.self)
  exit(Replay.run(text, heading: "\(path) (\(data.count) bytes)", options: options))
}

let replayCommand = options.replayCommand(index: 0).dropLast(2)  // Without the index, `0`.
CrashReporter.install(seed: options.seed, replayCommand: String(replayCommand), directory: store.directory)
let state = RunState(options: options, generator: generator, store: store)
Runner(state: state).run()
store.writeCurrent("seed \(options.seed): finished inputs \(options.start)..<\(options.start + options.count)\n")
print(Summary.text(state, finished: true))
let (hangs, violations) = Summary.counts(state)
exit(hangs > 0 || violations > 0 ? 1 : 0)
