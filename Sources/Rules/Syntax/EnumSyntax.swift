/// `enum status "수급 자격" { none "해당없음" livelihood "생계급여 수급자" … }`.
public struct EnumSyntax: Sendable, Hashable {
  /// The enumeration's name, also usable as a field type.
  public var name: Name
  /// Its label.
  public var label: Label
  /// The cases in written order.
  public var cases: [Case]
  /// `source`, `note`, `choice`.
  public var annotations: Annotations
  /// The whole block.
  public var range: SourceRange

  /// Creates an enumeration.
  public init(name: Name, label: Label, cases: [Case], annotations: Annotations = Annotations(), range: SourceRange) {
    self.name = name
    self.label = label
    self.cases = cases
    self.annotations = annotations
    self.range = range
  }

  /// One case: an identifier or a number, and its label.
  public struct Case: Sendable, Hashable {
    /// The case's name as written (`livelihood`, `3`).
    public var name: Name
    /// Its label.
    public var label: Label

    /// Creates a case.
    public init(name: Name, label: Label) {
      self.name = name
      self.label = label
    }
  }
}

/// `set recipient "기초생활수급자" = status { livelihood, medical }`: a named subset of an enumeration.
public struct SetSyntax: Sendable, Hashable {
  /// The set's name.
  public var name: Name
  /// Its label.
  public var label: Label
  /// The enumeration it is a subset of.
  public var enumeration: Name
  /// The members.
  public var members: [Name]
  /// `source`, `note`, `choice`.
  public var annotations: Annotations
  /// The whole declaration.
  public var range: SourceRange

  /// Creates a set.
  public init(
    name: Name, label: Label, enumeration: Name, members: [Name], annotations: Annotations = Annotations(),
    range: SourceRange
  ) {
    self.name = name
    self.label = label
    self.enumeration = enumeration
    self.members = members
    self.annotations = annotations
    self.range = range
  }
}
