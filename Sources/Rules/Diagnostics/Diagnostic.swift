/// One finding about a ruleset: a value, rendered as text only at the edge.
///
/// Modelled on swift-syntax's `Diagnostic`: a severity, a code with its payload, the range it points at, notes and
/// fix-its. ``DiagnosticRenderer`` turns it into `file:line:column: error[E020 unknown-field]: …` with the source
/// line and a caret, in Korean or English, or into JSON.
public struct Diagnostic: Sendable, Hashable {
  /// How serious it is; usually ``DiagnosticCode/defaultSeverity``.
  public var severity: Severity
  /// What is wrong, with the names and values involved.
  public var code: DiagnosticCode
  /// The file the range is in.
  public var file: SourceFile
  /// The text the diagnostic points at.
  public var range: SourceRange
  /// Explanations and suggestions.
  public var notes: [Note]
  /// Edits that would fix the problem.
  public var fixIts: [FixIt]

  /// Creates a diagnostic with the code's default severity.
  ///
  /// - Parameters:
  ///   - code: what is wrong.
  ///   - file: the file.
  ///   - range: where.
  ///   - notes: explanations and suggestions.
  ///   - fixIts: edits that fix it.
  ///   - severity: overrides the code's default severity (a waived finding becomes a note).
  public init(
    _ code: DiagnosticCode, in file: SourceFile, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = [],
    severity: Severity? = nil
  ) {
    self.code = code
    self.file = file
    self.range = range
    self.notes = notes
    self.fixIts = fixIts
    self.severity = severity ?? code.defaultSeverity
  }

  /// The line and column where the diagnostic starts.
  public var position: SourcePosition { file.position(of: range.start) }

  /// Two diagnostics are equal when they say the same thing at the same place.
  public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    lhs.severity == rhs.severity && lhs.code == rhs.code && lhs.file.path == rhs.file.path && lhs.range == rhs.range
      && lhs.notes == rhs.notes && lhs.fixIts == rhs.fixIts
  }

  /// Hashes what ``==`` compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(severity)
    hasher.combine(code)
    hasher.combine(file.path)
    hasher.combine(range)
  }
}
