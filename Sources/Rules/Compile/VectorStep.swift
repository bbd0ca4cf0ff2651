/// One step of the vectorised value program: computes one or two registers for every record of a block.
///
/// Registers hold `Int64` values (counts, won, day numbers, case indices, text ids, 0/1) with a known flag per
/// record; a rational uses two. Arithmetic is exact and overflow-checked: overflow or division by zero makes the
/// result unknown, as in the reference ``Evaluator``; a rational that does not fit 64 bits unreduced marks the
/// record for the reference evaluator instead (its reduced form might fit).
struct VectorStep: Sendable, Hashable {
  /// What a step computes; also the key that shares a computation between its uses.
  enum Operation: Sendable, Hashable {
    /// An `Int64` column (count, money).
    case loadInt64(column: Int)
    /// Two `Int64` columns (ratio).
    case loadRatio(numerator: Int, denominator: Int)
    /// A day-number column.
    case loadDay(column: Int)
    /// A byte column (bool, enumeration).
    case loadByte(column: Int)
    /// A text-id column.
    case loadText(column: Int)
    /// The reference date.
    case loadReferenceDay
    /// Checked integer arithmetic, or min/max, on two registers.
    case integer(IntegerOperation, Int, Int)
    /// Checked integer negation.
    case negate(Int)
    /// Integer ÷ integer → ratio.
    case divide(Int, Int)
    /// Exact rational arithmetic, or min/max.
    case ratio(RatioOperation, RatioRegister, RatioRegister)
    /// Rational negation.
    case negateRatio(RatioRegister)
    /// A rational rounded to a whole number.
    case round(Builtin, RatioRegister)
    /// A parameter table's value for a key on a day.
    case lookup(table: Int, key: Int, day: Int)
    /// `years`, `months` or `days` between two day numbers.
    case span(Builtin, Int, Int)
    /// A date moved by whole months (clamped to the month's end).
    case addMonths(Int, Int64)
    /// A date moved by days.
    case addDays(Int, Int64)
  }

  /// Integer operations.
  enum IntegerOperation: Sendable, Hashable {
    case add, subtract, multiply, min, max
  }

  /// Rational operations.
  enum RatioOperation: Sendable, Hashable {
    case add, subtract, multiply, divide, min, max
  }

  /// What it computes.
  let operation: Operation
  /// The register written (the numerator for a rational result).
  let result: Int
  /// The denominator register of a rational result, else −1.
  let result2: Int
}
