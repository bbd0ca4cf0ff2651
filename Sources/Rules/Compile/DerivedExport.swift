/// Where a derived fact's value lives in the registers, so that evaluation can write it out (ranking keys such
/// as `income_pct`), and how to turn the two words written back into the ``Value`` the reference gives.
struct DerivedExport: Sendable, Hashable {
  /// The registers.
  enum Form: Sendable, Hashable {
    /// A whole number, day number or case index.
    case integer(Int)
    /// A rational.
    case ratio(RatioRegister)
  }

  /// The registers.
  let form: Form
  /// The derived fact's type.
  let type: ValueType

  /// Writes one record's value: numerator and denominator, the denominator 0 when unknown.
  ///
  /// - Parameters:
  ///   - registers: the block's registers.
  ///   - i: the record's position in the block.
  @inline(__always)
  func words(_ registers: BlockRegisters, record i: Int) -> (Int64, Int64) {
    switch form {
    case .integer(let r):
      return registers.flag(r)[i] != 0 ? (registers.value(r)[i], 1) : (0, 0)
    case .ratio(let r):
      let known = registers.flag(r.numerator)[i] & registers.flag(r.denominator)[i]
      return known != 0 ? (registers.value(r.numerator)[i], registers.value(r.denominator)[i]) : (0, 0)
    }
  }

  /// The words of a reference value (for records the reference evaluator decides).
  static func words(_ value: Value?) -> (Int64, Int64) {
    switch value {
    case .ratio(let r)?: return (r.numerator, r.denominator)
    case .count(let v)?, .money(let v)?: return (v, 1)
    case .date(let d)?: return (Int64(d.dayNumber), 1)
    case .enumCase(let i)?: return (Int64(i), 1)
    default: return (0, 0)
    }
  }

  /// The value of known words.
  func value(numerator: Int64, denominator: Int64) -> Value? {
    switch type {
    case .ratio: return Rational(numerator, denominator).map(Value.ratio)
    case .money: return .money(numerator)
    case .count: return .count(numerator)
    case .date: return Int(exactly: numerator).flatMap(CivilDate.init(dayNumber:)).map(Value.date)
    case .enumeration: return .enumCase(Int(numerator))
    default: return nil
    }
  }
}

extension ProgramBuilder {
  /// Lowers a derived fact for export, or `nil` when it has no compiled form of a supported type (the caller
  /// then restores the builder).
  mutating func export(_ index: Int) -> DerivedExport? {
    let expression = ruleset.derived[index].value
    guard let lowered = try? value(expression) else { return nil }
    switch (expression.type, lowered) {
    case (.ratio, .ratio(let r)): return DerivedExport(form: .ratio(r), type: .ratio)
    case (.money, .integer(let r)), (.count, .integer(let r)), (.date, .integer(let r)), (.enumeration, .integer(let r)):
      return DerivedExport(form: .integer(r), type: expression.type)
    default: return nil
    }
  }
}
