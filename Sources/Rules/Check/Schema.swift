/// The input facts a ruleset reads, with their types and labels, as declared by `schema`.
public struct Schema: Sendable, Hashable {
  /// The schema's name.
  public var name: String
  /// Its label.
  public var label: String
  /// The fields; a field's index is its slot in ``Facts``.
  public var fields: [Field]

  /// One input fact.
  public struct Field: Sendable, Hashable {
    /// The canonical name (JSON key, CSV header).
    public var name: String
    /// The label people read (also a CSV header alias).
    public var label: String
    /// The type.
    public var type: ValueType
    /// Provenance.
    public var annotations: CheckedAnnotations
    /// Further names accepted as CSV headers and JSON keys.
    public var aliases: [String] = []
  }

  /// Every name a field is known by: canonical names, labels and aliases (for suggestions).
  public var allNames: [String] { fields.map(\.name) + fields.map(\.label) + fields.flatMap(\.aliases) }

  /// The slot of a field by canonical name, label or alias.
  ///
  /// - Complexity: O(fields).
  public func slot(named name: String) -> Int? {
    fields.firstIndex { $0.name == name } ?? fields.firstIndex { $0.label == name }
      ?? fields.firstIndex { $0.aliases.contains(name) }
  }
}

/// An enumeration: its cases' names and labels, in declared order (a case's index is its value).
public struct Enumeration: Sendable, Hashable {
  /// The enumeration's name.
  public var name: String
  /// Its label.
  public var label: String
  /// Case names as written (`livelihood`, `3`).
  public var caseNames: [String]
  /// Case labels.
  public var caseLabels: [String]

  /// The index of a case by name or label.
  public func caseIndex(_ text: String) -> Int? {
    caseNames.firstIndex(of: text) ?? caseLabels.firstIndex(of: text)
  }
}

/// A named subset of an enumeration.
public struct NamedSet: Sendable, Hashable {
  /// The set's name.
  public var name: String
  /// Its label.
  public var label: String
  /// The enumeration's index.
  public var enumeration: Int
  /// Member bit mask.
  public var mask: UInt64
  /// Provenance.
  public var annotations: CheckedAnnotations
}

/// A derived fact: computed once per record from facts, tables and other derived facts.
public struct Derived: Sendable, Hashable {
  /// The name.
  public var name: String
  /// The label people read.
  public var label: String
  /// The definition.
  public var value: CheckedExpr
  /// Provenance.
  public var annotations: CheckedAnnotations
}
