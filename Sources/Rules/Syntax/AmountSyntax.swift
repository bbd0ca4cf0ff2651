/// An amount of money in a tier or price: a figure, or `undetermined "사유"` where the source gives none.
public enum AmountSyntax: Sendable, Hashable {
  /// A figure in whole won, and where it is written.
  case won(Int64, SourceRange)
  /// No figure in the source, with the reason shown to people.
  case undetermined(Label)
}
