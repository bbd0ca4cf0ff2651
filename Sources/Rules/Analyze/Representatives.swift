/// One value from each cell of a term's domain, cut at the constants the conditions compare the term to.
///
/// Every test of the term against those constants has the same truth on all values of a cell, so checking one value
/// per cell decides the test for the whole domain:
/// - booleans: `false`, `true`;
/// - counts and money: `c - 1`, `c`, `c + 1` for each constant `c` (floor and ceiling of a fractional one);
/// - ratios: each constant, the exact midpoint between two neighbours (`110%` between `100%` and `120%`),
///   10 percentage points below the smallest (or half of it, to stay at zero or more) and 10 above the largest;
/// - dates: the day before, the day and the day after each constant;
/// - durations: each constant and one day less and more (compared as the evaluator does, a month as 31 days);
/// - enumerations: the first case of each class of cases that every constant case and set treats alike (each case
///   when the term is compared with another term);
/// - text: the first text of each class of the texts the constants name, and `기타` (or a variant not among them).
///
/// Facts and derived facts of type count, money and ratio are taken to be zero or more.
enum Representatives {
  /// The text standing for every text the conditions do not name.
  static let otherText = "기타"

  /// The representative values of a term, in ascending order for ordered types.
  ///
  /// - Parameters:
  ///   - term: the term and its constants.
  ///   - enumerations: the ruleset's enumerations.
  /// - Returns: the values, or `nil` when the term's type cannot be enumerated or exact arithmetic overflows.
  static func values(for term: Term, enumerations: [Enumeration]) -> [Value]? {
    switch term.type {
    case .bool:
      return [.bool(false), .bool(true)]
    case .count:
      return integers(term).map { $0.map(Value.count) }
    case .money:
      return integers(term).map { $0.map(Value.money) }
    case .ratio:
      return ratios(term).map { $0.map(Value.ratio) }
    case .date:
      return dates(term)
    case .duration:
      return durations(term)
    case .text:
      return texts(term)
    case .enumeration(let index):
      guard enumerations.indices.contains(index) else { return nil }
      return cases(term, count: enumerations[index].caseNames.count)
    case .exactMoney, .enumSet, .textList:
      return nil
    }
  }

  private static func integers(_ term: Term) -> [Int64]? {
    var points: Set<Int64> = []
    for constant in term.constants {
      guard let q = constant.rational, let low = q.floor(), let high = q.ceiling() else { return nil }
      for (base, step) in [(low, Int64(-1)), (low, 0), (high, 0), (high, 1)] {
        let (point, overflow) = base.addingReportingOverflow(step)
        if !overflow { points.insert(point) }
      }
    }
    var result = points.sorted()
    if term.nonNegative { result.removeAll { $0 < 0 } }
    return result.isEmpty ? [0] : result
  }

  private static func ratios(_ term: Term) -> [Rational]? {
    var constants: [Rational] = []
    for constant in term.constants {
      guard let q = constant.rational else { return nil }
      if !constants.contains(q) { constants.append(q) }
    }
    constants.sort()
    guard let smallest = constants.first, let largest = constants.last else { return [Rational(integer: 0)] }
    let step = Rational(percent: 10)
    let zero = Rational(integer: 0)
    var result: [Rational] = []
    guard let lower = Arithmetic.rational(.subtract, smallest, step) else { return nil }
    if !term.nonNegative || lower >= zero {
      result.append(lower)
    } else if smallest > zero {
      guard let half = Arithmetic.rational(.divide, smallest, Rational(integer: 2)) else { return nil }
      result.append(half)
    }
    for (index, q) in constants.enumerated() {
      if index > 0 {
        guard let sum = Arithmetic.rational(.add, constants[index - 1], q),
          let middle = Arithmetic.rational(.divide, sum, Rational(integer: 2))
        else { return nil }
        result.append(middle)
      }
      result.append(q)
    }
    guard let upper = Arithmetic.rational(.add, largest, step) else { return nil }
    result.append(upper)
    if term.nonNegative { result.removeAll { $0 < zero } }
    return result
  }

  private static func dates(_ term: Term) -> [Value]? {
    var days: Set<Int> = []
    for constant in term.constants {
      guard case .date(let date) = constant else { return nil }
      days.formUnion([date.dayNumber - 1, date.dayNumber, date.dayNumber + 1])
    }
    let result = days.sorted().compactMap { CivilDate(dayNumber: $0).map(Value.date) }
    guard !result.isEmpty else { return CivilDate(year: 2000, month: 1, day: 1).map { [.date($0)] } }
    return result
  }

  private static func durations(_ term: Term) -> [Value]? {
    var byDays: [Int64: Value] = [:]
    for constant in term.constants {
      guard case .duration(let duration) = constant else { return nil }
      let (days, overflow) =
        duration.unit == .days ? (duration.amount, false) : (duration.months ?? 0).multipliedReportingOverflow(by: 31)
      guard !overflow, days > .min, days < .max else { return nil }
      byDays[days] = constant
      for neighbour in [days - 1, days + 1] where byDays[neighbour] == nil {
        byDays[neighbour] = .duration(CalendarDuration(neighbour, .days))
      }
    }
    let result = byDays.sorted { $0.key < $1.key }.map(\.value)
    return result.isEmpty ? [.duration(CalendarDuration(0, .days))] : result
  }

  private static func texts(_ term: Term) -> [Value]? {
    var named: [String] = []
    var lists: [[String]] = []
    for constant in term.constants {
      switch constant {
      case .text(let text): lists.append([text])
      case .textList(let list): lists.append(list)
      default: return nil
      }
      for text in lists[lists.count - 1] where !named.contains(text) { named.append(text) }
    }
    var other = otherText
    while named.contains(other) { other += "'" }
    var seen: Set<[Bool]> = []
    var result: [Value] = []
    for text in named + [other] where seen.insert(lists.map { $0.contains(text) }).inserted {
      result.append(.text(text))
    }
    return result
  }

  private static func cases(_ term: Term, count: Int) -> [Value]? {
    guard !term.everyCase else { return (0..<count).map(Value.enumCase) }
    var seen: Set<[Bool]> = []
    var result: [Value] = []
    for index in 0..<count {
      var signature: [Bool] = []
      for constant in term.constants {
        switch constant {
        case .enumCase(let other): signature.append(other == index)
        case .enumSet(let mask): signature.append(index < 64 && mask & (1 << UInt64(index)) != 0)
        default: return nil
        }
      }
      if seen.insert(signature).inserted { result.append(.enumCase(index)) }
    }
    return result
  }
}
