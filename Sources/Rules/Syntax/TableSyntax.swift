/// `table median_income "기준 중위소득" key household_size: count -> money { version … }`.
public struct TableSyntax: Sendable, Hashable {
  /// The table's name.
  public var name: Name
  /// Its label.
  public var label: Label
  /// The key's name (documentation; the argument of a lookup).
  public var keyName: Name
  /// The key's type (`count` or an enumeration).
  public var keyType: Name
  /// The value type.
  public var valueType: Name
  /// The versions, each in force over a period.
  public var versions: [TableVersionSyntax]
  /// `source`, `note`, `choice`.
  public var annotations: Annotations
  /// The whole block.
  public var range: SourceRange

  /// Creates a table.
  public init(
    name: Name, label: Label, keyName: Name, keyType: Name, valueType: Name, versions: [TableVersionSyntax],
    annotations: Annotations = Annotations(), range: SourceRange
  ) {
    self.name = name
    self.label = label
    self.keyName = keyName
    self.keyType = keyType
    self.valueType = valueType
    self.versions = versions
    self.annotations = annotations
    self.range = range
  }
}

/// `version "2024" effective 2024-01-01 .. 2024-12-31 source "…" { 1: 2_228_445원 … beyond linear }`.
public struct TableVersionSyntax: Sendable, Hashable {
  /// The version's name, e.g. the year.
  public var name: Label
  /// First day in force.
  public var from: CivilDate
  /// Last day in force, or `nil` for open-ended.
  public var to: CivilDate?
  /// Where the period is written.
  public var periodRange: SourceRange
  /// `source`, `note`, `choice` (written before the rows).
  public var annotations: Annotations
  /// The rows: key and value expressions (literals).
  public var rows: [Row]
  /// Whether keys past the last row continue the last step (`beyond linear`).
  public var beyondLinear: Bool
  /// The whole version.
  public var range: SourceRange

  /// Creates a version.
  public init(
    name: Label, from: CivilDate, to: CivilDate?, periodRange: SourceRange, annotations: Annotations = Annotations(),
    rows: [Row], beyondLinear: Bool, range: SourceRange
  ) {
    self.name = name
    self.from = from
    self.to = to
    self.periodRange = periodRange
    self.annotations = annotations
    self.rows = rows
    self.beyondLinear = beyondLinear
    self.range = range
  }

  /// `key: value`.
  public struct Row: Sendable, Hashable {
    /// The key literal.
    public var key: ExprSyntax
    /// The value literal.
    public var value: ExprSyntax

    /// Creates a row.
    public init(key: ExprSyntax, value: ExprSyntax) {
      self.key = key
      self.value = value
    }
  }
}
