/// A checked program: every file of a ruleset folder, names resolved, types checked, ready to evaluate or
/// compile.
public struct CheckedRuleset: Sendable {
  /// The input schema.
  public var schema: Schema
  /// Enumerations by index.
  public var enumerations: [Enumeration]
  /// Named sets.
  public var sets: [NamedSet]
  /// Parameter tables by index.
  public var tables: [ParameterTable]
  /// Derived facts in evaluation order (each after those it uses).
  public var derived: [Derived]
  /// Services in file order.
  public var services: [CheckedService]
  /// The files the ruleset was read from.
  public var files: [SourceFile]

  /// The index of a service by id.
  public func serviceIndex(_ id: String) -> Int? { services.firstIndex { $0.id == id } }
}
