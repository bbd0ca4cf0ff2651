/// The provenance kept with a checked rule: its sources, notes and the project's choices.
public struct CheckedAnnotations: Sendable, Hashable {
  /// `source` citations.
  public var sources: [String]
  /// `note` remarks.
  public var notes: [String]
  /// `choice` readings: id and text.
  public var choices: [Choice]
  /// `waive` exceptions: code name and reason.
  public var waivers: [Waiver]

  /// Creates annotations from their syntax.
  public init(_ syntax: Annotations) {
    sources = syntax.sources.map(\.text)
    notes = syntax.notes.map(\.text)
    choices = syntax.choices.map { Choice(id: $0.id.text, text: $0.text.text) }
    waivers = syntax.waivers.map { Waiver(code: $0.code.text, reason: $0.reason.text, range: $0.code.range) }
  }

  /// Creates empty annotations.
  public init() {
    sources = []
    notes = []
    choices = []
    waivers = []
  }

  /// A reading the project chose.
  public struct Choice: Sendable, Hashable {
    /// Its short id, e.g. `P3`.
    public var id: String
    /// The reading and reason.
    public var text: String
  }

  /// A documented exception to one diagnostic.
  public struct Waiver: Sendable, Hashable {
    /// The diagnostic's name.
    public var code: String
    /// Why it is accepted.
    public var reason: String
    /// Where the waiver is written.
    public var range: SourceRange
  }

  /// Appends another set.
  mutating func merge(_ other: CheckedAnnotations) {
    sources += other.sources
    notes += other.notes
    choices += other.choices
    waivers += other.waivers
  }
}
