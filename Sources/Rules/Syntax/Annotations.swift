/// The `source`, `note`, `choice` and `waive` clauses that may follow a declaration, clause, criterion or row.
public struct Annotations: Sendable, Hashable {
  /// `source "…"` citations: a seed file and line, or a public notice.
  public var sources: [Label] = []
  /// `note "…"` remarks shown in explanations.
  public var notes: [Label] = []
  /// `choice "P3" "…"` readings the project chose.
  public var choices: [ChoiceSyntax] = []
  /// `waive code because "…"` exceptions.
  public var waivers: [WaiverSyntax] = []

  /// Creates empty annotations.
  public init() {}

  /// Whether there are no annotations at all.
  public var isEmpty: Bool { sources.isEmpty && notes.isEmpty && choices.isEmpty && waivers.isEmpty }
}

/// `choice "P3" "…"`: a reading the project chose where the source is ambiguous.
public struct ChoiceSyntax: Sendable, Hashable {
  /// A short identifier of the reading, e.g. `P3` or `A46`.
  public var id: Label
  /// The reading and its reason.
  public var text: Label

  /// Creates a choice.
  public init(id: Label, text: Label) {
    self.id = id
    self.text = text
  }
}

/// `waive price-mismatch because "…"`: silences one named diagnostic at one place, with a reason.
public struct WaiverSyntax: Sendable, Hashable {
  /// The diagnostic's name, e.g. `price-mismatch`.
  public var code: Name
  /// Why the finding is accepted.
  public var reason: Label

  /// Creates a waiver.
  public init(code: Name, reason: Label) {
    self.code = code
    self.reason = reason
  }
}
