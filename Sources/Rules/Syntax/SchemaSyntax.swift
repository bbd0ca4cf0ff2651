/// `schema applicant "신청자" { field name: type "label" … }`: the input facts a ruleset reads.
public struct SchemaSyntax: Sendable, Hashable {
  /// The schema's name.
  public var name: Name
  /// Its label.
  public var label: Label
  /// The fields in written order.
  public var fields: [FieldSyntax]
  /// The whole block.
  public var range: SourceRange

  /// Creates a schema.
  public init(name: Name, label: Label, fields: [FieldSyntax], range: SourceRange) {
    self.name = name
    self.label = label
    self.fields = fields
    self.range = range
  }
}

/// `field monthly_income: money "월 소득(가구)"`.
public struct FieldSyntax: Sendable, Hashable {
  /// The canonical field name (JSON key and CSV header).
  public var name: Name
  /// The type's name: `bool`, `count`, `money`, `ratio`, `date`, `duration`, `text` or an enumeration.
  public var type: Name
  /// The label people read, also accepted as a CSV header.
  public var label: Label
  /// Other names staff's spreadsheets use for this column (`alias "가구원수"`), accepted as headers and keys.
  public var aliases: [Label] = []
  /// `source`, `note`, `choice`.
  public var annotations: Annotations
  /// The whole field line.
  public var range: SourceRange

  /// Creates a field.
  public init(name: Name, type: Name, label: Label, annotations: Annotations = Annotations(), range: SourceRange) {
    self.name = name
    self.type = type
    self.label = label
    self.annotations = annotations
    self.range = range
  }
}
