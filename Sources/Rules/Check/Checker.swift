/// The outcome of checking a ruleset: the program (when it has no errors) and every diagnostic.
public struct CheckResult: Sendable {
  /// The checked program, or `nil` when any error was found.
  public var ruleset: CheckedRuleset?
  /// All diagnostics: lexical, syntax, name, type and table findings, in file and source order.
  public var diagnostics: [Diagnostic]

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Resolves names and checks types across the files of a ruleset folder.
///
/// One namespace holds fields, derived facts (`let`), sets and tables; enumerations are types. The checker
/// reports every problem it finds (unknown names with a suggestion, type mismatches, duplicates, cycles, table
/// periods that overlap or leave gaps, unused definitions) and builds a ``CheckedRuleset`` when there is no error.
public struct Checker {
  var diagnostics: [Diagnostic] = []
  var file: SourceFile
  var schema = Schema(name: "", label: "", fields: [])
  var enumerations: [Enumeration] = []
  var enumIndex: [String: Int] = [:]
  var sets: [NamedSet] = []
  var tables: [ParameterTable] = []
  var derived: [Derived] = []
  var symbols: [String: Symbol] = [:]
  var letSyntax: [String: (LetSyntax, SourceFile)] = [:]
  var letStack: [String] = []
  var used: Set<String> = []
  var definitionRanges: [String: (SourceFile, SourceRange)] = [:]

  /// What a name in an expression refers to.
  enum Symbol {
    case field(Int)
    case derived(Int)
    case set(Int)
    case table(Int)
    case pendingLet
    /// A let whose definition has an error (already reported): uses say nothing more.
    case failedLet
  }

  /// Checks the parsed files of one ruleset folder.
  ///
  /// - Parameter files: every parsed file; their syntax diagnostics are included in the result.
  /// - Returns: the checked program (if error-free) and all diagnostics.
  public static func check(_ files: [ParsedFile]) -> CheckResult {
    var checker = Checker(file: files.first?.syntax.file ?? SourceFile(path: "<none>", text: ""))
    for parsed in files { checker.diagnostics += parsed.diagnostics }
    let syntaxErrors = checker.diagnostics.contains { $0.severity == .error }
    let syntaxCount = checker.diagnostics.count
    let ruleset = checker.run(files.map(\.syntax))
    // A line with a syntax error holds a partial tree: what the checker says about it would only repeat it.
    let brokenLines = Set(checker.diagnostics.prefix(syntaxCount).filter { $0.severity == .error }.map {
      "\($0.file.path):\($0.file.line(of: $0.range.start))"
    })
    checker.diagnostics = Array(checker.diagnostics.prefix(syntaxCount))
      + checker.diagnostics.dropFirst(syntaxCount).filter { !brokenLines.contains("\($0.file.path):\($0.file.line(of: $0.range.start))") }
    let hasErrors = syntaxErrors || checker.diagnostics.contains { $0.severity == .error }
    let order = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($0.element.syntax.file.path, $0.offset) })
    let sorted = checker.diagnostics.enumerated().sorted {
      (order[$0.element.file.path] ?? 0, $0.element.range.start, $0.offset)
        < (order[$1.element.file.path] ?? 0, $1.element.range.start, $1.offset)
    }.map(\.element)
    return CheckResult(ruleset: hasErrors ? nil : ruleset, diagnostics: sorted)
  }

  mutating func report(_ code: DiagnosticCode, _ range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []) {
    diagnostics.append(Diagnostic(code, in: file, at: range, notes: notes, fixIts: fixIts))
  }

  /// Records a definition; reports a duplicate (pointing at the first) and returns `false` for one.
  mutating func define(_ name: Name, as symbol: Symbol) -> Bool {
    if let (firstFile, firstRange) = definitionRanges[name.text] {
      let note = firstFile.path == file.path
        ? Note(.note, .previousDefinition(name.text), range: firstRange)
        : Note(.note, .text(korean: "처음 정의: \(firstFile.path)", english: "first defined in \(firstFile.path)"))
      report(.duplicateDefinition(name.text), name.range, notes: [note])
      return false
    }
    definitionRanges[name.text] = (file, name.range)
    symbols[name.text] = symbol
    return true
  }

  mutating func run(_ trees: [RulesetSyntax]) -> CheckedRuleset {
    // Types first: enumerations, then the schema, sets and tables, then lets and services.
    for tree in trees {
      file = tree.file
      for case .enumeration(let e) in tree.declarations { declareEnum(e) }
    }
    var schemas: [(SchemaSyntax, SourceFile)] = []
    for tree in trees {
      for case .schema(let s) in tree.declarations { schemas.append((s, tree.file)) }
    }
    if let (first, firstFile) = schemas.first {
      file = firstFile
      declareSchema(first)
      for (extra, extraFile) in schemas.dropFirst() {
        file = extraFile
        report(.duplicateDefinition(extra.name.text), extra.name.range, notes: [
          Note(.note, .text(korean: "스키마는 하나만: \(firstFile.path)", english: "only one schema: \(firstFile.path)"))
        ])
      }
    } else if let tree = trees.first {
      file = tree.file
      report(.missingSchema, .at(0))
    }
    for tree in trees {
      file = tree.file
      for declaration in tree.declarations {
        switch declaration {
        case .set(let s): declareSet(s)
        case .table(let t): declareTable(t)
        case .binding(let l):
          if define(l.name, as: .pendingLet) { letSyntax[l.name.text] = (l, tree.file) }
        default: break
        }
      }
    }
    for tree in trees {
      for case .binding(let l) in tree.declarations where letSyntax[l.name.text] != nil {
        file = tree.file
        _ = resolveLet(l.name.text)
      }
    }
    var services: [CheckedService] = []
    var serviceIDs: [String: SourceRange] = [:]
    for tree in trees {
      file = tree.file
      for case .service(let s) in tree.declarations {
        if let first = serviceIDs[s.id.text] {
          report(.duplicateDefinition(s.id.text), s.id.range, notes: [Note(.note, .previousDefinition(s.id.text), range: first)])
          continue
        }
        serviceIDs[s.id.text] = s.id.range
        if let service = checkService(s) { services.append(service) }
      }
    }
    reportUnused(trees)
    return CheckedRuleset(
      schema: schema, enumerations: enumerations, sets: sets, tables: tables, derived: derived, services: services,
      files: trees.map(\.file))
  }

  mutating func reportUnused(_ trees: [RulesetSyntax]) {
    for tree in trees {
      file = tree.file
      for declaration in tree.declarations {
        let name: Name
        switch declaration {
        case .set(let s): name = s.name
        case .table(let t): name = t.name
        case .binding(let l): name = l.name
        default: continue
        }
        if !used.contains(name.text), definitionRanges[name.text]?.1 == name.range {
          report(.unusedDefinition(name.text), name.range)
        }
      }
    }
  }

  /// Resolves a type name: a builtin type or an enumeration.
  mutating func resolveType(_ name: Name) -> ValueType? {
    switch name.text {
    case "bool": return .bool
    case "count": return .count
    case "money": return .money
    case "ratio": return .ratio
    case "date": return .date
    case "duration": return .duration
    case "text": return .text
    default:
      if let index = enumIndex[name.text] { return .enumeration(index) }
      let candidates = ["bool", "count", "money", "ratio", "date", "duration", "text"] + enumerations.map(\.name)
      report(
        .unknownType(name.text), name.range,
        notes: Suggestion.closest(to: name.text, among: candidates).map { [Note(.help, .didYouMean($0))] } ?? [],
        fixIts: Suggestion.closest(to: name.text, among: candidates).map { [FixIt(range: name.range, replacement: $0)] } ?? [])
      return nil
    }
  }
}
