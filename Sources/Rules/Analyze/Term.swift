/// A variable of the decision-list analysis, with the constants the conditions compare it to.
///
/// A term is an input fact, a derived fact (`let`, taken as an opaque input of its type), the reference date, an
/// arithmetic expression compared to a constant (opaque, e.g. `assets - min(housing_assets, 69_000_000원)`), or a
/// comparison of two non-constant sides (an opaque boolean, e.g. `last_support_date >= reference_date - 2 years`).
/// Terms are independent of each other, even when one is computed from another (`income_pct` and
/// `monthly_income`): an over-approximation of the inputs, exact when each fact is only compared with constants.
struct Term: Sendable {
  /// What the term stands for; equal keys are one variable.
  enum Key: Sendable, Hashable {
    /// An input fact, by schema slot.
    case field(Int)
    /// A derived fact, by index.
    case derived(Int)
    /// The evaluation's reference date.
    case referenceDate
    /// Any other expression, with its ranges cleared so that two occurrences are one variable.
    case expression(CheckedExpr)
  }

  /// What the term stands for.
  var key: Key
  /// Its type (`bool` for an opaque comparison).
  var type: ValueType
  /// The name shown in counterexamples: the field's or let's name, or the expression's source text.
  var name: String
  /// The constants it is compared to, in first-seen order.
  var constants: [Value] = []
  /// Whether its values are zero or more (input and derived counts, money and ratios).
  var nonNegative: Bool
  /// Whether each case of its enumeration must be a value of its own (it is compared with another term).
  var everyCase = false

  /// Records a constant once.
  mutating func add(_ constant: Value) {
    if !constants.contains(constant) { constants.append(constant) }
  }
}
