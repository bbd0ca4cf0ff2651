/// A boolean condition over atoms, as lowered from criteria and row conditions (Kleene three-valued).
indirect enum Logic: Sendable, Hashable {
  /// An atom, by global index.
  case atom(Int)
  /// A constant truth (`true`, `false`, `undetermined "…"`).
  case constant(Truth)
  /// Negation.
  case not(Logic)
  /// Conjunction: `no` wins over `unknown`.
  case and([Logic])
  /// Disjunction: `yes` wins over `unknown`.
  case or([Logic])

  /// Calls `visit` with every atom, in order of appearance.
  func forEachAtom(_ visit: (Int) -> Void) {
    switch self {
    case .atom(let index): visit(index)
    case .constant: break
    case .not(let inner): inner.forEachAtom(visit)
    case .and(let parts), .or(let parts): parts.forEach { $0.forEachAtom(visit) }
    }
  }
}
