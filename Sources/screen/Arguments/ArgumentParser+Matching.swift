extension ArgumentParser {
  /// Finds the option a word names.
  ///
  /// - Parameters:
  ///   - token: a word that ``looksLikeOption(_:)``, not `--`.
  ///   - spec: the command.
  /// - Returns: the option, the name as written (`--out`, `-o`) and the value written in the same word, if any
  ///   (`--out=a.csv`, `-oa.csv`).
  /// - Throws: ``ArgumentError/unknownOption(_:suggestion:)`` with the closest long option.
  func resolve(
    _ token: String, in spec: CommandSpec
  ) throws(ArgumentError) -> (option: OptionSpec, written: String, inline: String?) {
    if token.hasPrefix("--") {
      let body = token.dropFirst(2)
      let name = body.prefix { $0 != "=" }
      let written = "--" + name
      guard let option = spec.option(named: String(name)) else {
        throw unknown(written, in: spec)
      }
      let inline = name.endIndex < body.endIndex ? String(body[body.index(after: name.endIndex)...]) : nil
      return (option, written, inline)
    }
    let afterDash = token.dropFirst()
    guard let first = afterDash.first, let option = spec.option(short: first) else {
      throw unknown(token, in: spec)
    }
    let written = "-" + String(first)
    var rest = afterDash.dropFirst()
    if rest.first == "=" { rest = rest.dropFirst() }
    if option.isFlag, !rest.isEmpty { throw unknown(token, in: spec) }
    return (option, written, rest.isEmpty ? nil : String(rest))
  }

  /// An unknown-option error with the closest long option of the command (`-service` suggests `--service`).
  private func unknown(_ written: String, in spec: CommandSpec) -> ArgumentError {
    .unknownOption(written, suggestion: ArgumentParser.closest(to: written, among: spec.allOptions.map(\.longForm)))
  }

  /// Gives the positional words to the command's positionals, in order.
  ///
  /// - Parameters:
  ///   - words: the positional words, in order.
  ///   - spec: the command.
  /// - Returns: the values by positional key; an absent optional positional has no entry.
  /// - Throws: ``ArgumentError/missingArgument(_:)`` for the first required positional without a word, else
  ///   ``ArgumentError/tooManyArguments(_:limit:)`` naming the first word left over.
  func assign(_ words: [String], to spec: CommandSpec) throws(ArgumentError) -> [String: [String]] {
    var remaining = words[...]
    var assigned: [String: [String]] = [:]
    for argument in spec.arguments {
      if argument.arity.needsValue, remaining.isEmpty { throw .missingArgument(argument.valueName) }
      if argument.arity.isVariadic {
        if !remaining.isEmpty { assigned[argument.key] = Array(remaining) }
        remaining = []
      } else if let word = remaining.popFirst() {
        assigned[argument.key] = [word]
      }
    }
    if let extra = remaining.first { throw .tooManyArguments(extra, limit: spec.arguments.count) }
    return assigned
  }
}
