/// The syntax tree of one `.rules` file: its top-level declarations in written order.
///
/// Produced by ``Parser/parse(_:)`` together with every diagnostic; a file with mistakes still yields a tree.
public struct RulesetSyntax: Sendable, Hashable {
  /// The file parsed.
  public var file: SourceFile
  /// The declarations in written order.
  public var declarations: [Declaration]

  /// Creates a tree.
  public init(file: SourceFile, declarations: [Declaration]) {
    self.file = file
    self.declarations = declarations
  }
}

/// A top-level declaration.
public enum Declaration: Sendable, Hashable {
  /// `schema`.
  case schema(SchemaSyntax)
  /// `enum`.
  case enumeration(EnumSyntax)
  /// `set`.
  case set(SetSyntax)
  /// `table`.
  case table(TableSyntax)
  /// `let`.
  case binding(LetSyntax)
  /// `service`.
  case service(ServiceSyntax)
}
