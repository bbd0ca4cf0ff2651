/// Test cases at every threshold a service's rules mention, made from one of its passing examples so that the
/// other criteria still hold.
///
/// For each ``Threshold`` of the service:
/// - a money or count fact against a constant: the constant, one below and one above (never below zero); a date
///   fact: the day, the day before and the day after; a ratio fact: the constant itself;
/// - a derived ratio of a money fact over a money amount (`income_pct = monthly_income / median_income[…]`):
///   the money fact inverted through the example's denominator, as ``Evaluator`` explains a failed test:
///   exactly N% with 1원 below and above when N% of the denominator is whole (2024 1인 120%: 2,674,133원,
///   2,674,134원, 2,674,135원), else the largest amount at or below N% and 1원 more;
/// - an age (`years(birth_date, reference_date)`) against N: for the age `k` at which the comparison flips, born
///   `k` years before the reference date (the birthday: age `k`) and one day later (the day before the birthday:
///   age `k − 1`); and, when the host names the reference date's field, born on 29 February with the reference
///   date on 28 February and 1 March of a common year in which the person turns `k` (age `k − 1`, then `k`).
/// And, when the host names the reference date's field, the effective period's first day and the day before,
/// and its last day and the day after. A case that changes the same facts to the same values as an earlier one
/// (`income_pct <= 120%` and `120% < income_pct`) is left out.
public enum BoundaryCases {
  /// One generated case.
  public struct Case: Sendable, Hashable {
    /// What the case is at: a threshold's text (`income_pct <= 120%`) or `effective`.
    public var subject: String
    /// The facts changed from the base example, in order: field slot and value.
    public var changes: [Change]
    /// The case's facts: the base example's with the changes.
    public var facts: Facts
    /// The reference date to evaluate on.
    public var referenceDate: CivilDate?
  }

  /// A fact set by a case.
  public struct Change: Sendable, Hashable {
    /// The field's slot.
    public var slot: Int
    /// Its value.
    public var value: Value
  }

  /// The first example of a service that expects `eligible` and is eligible: the base of its boundary cases.
  ///
  /// - Parameters:
  ///   - index: the service's index.
  ///   - evaluator: the evaluator.
  ///   - referenceDate: the reference date of an example's facts (the host's rule, e.g. its application date).
  /// - Returns: the example, or `nil` when none passes as eligible.
  public static func base(
    service index: Int, evaluator: Evaluator, referenceDate: (Facts) -> CivilDate?
  ) -> CheckedExample? {
    evaluator.ruleset.services[index].examples.first { example in
      example.result == .eligible
        && evaluator.evaluate(
          service: index, on: evaluator.prepare(example.facts, referenceDate: referenceDate(example.facts))
        ).decision == .eligible
    }
  }

  /// The boundary cases of a service.
  ///
  /// - Parameters:
  ///   - index: the service's index.
  ///   - evaluator: the evaluator.
  ///   - base: the facts of a passing example (``base(service:evaluator:referenceDate:)``).
  ///   - referenceDate: the base's reference date.
  ///   - referenceSlot: the field holding the reference date (the application date), if the host has one: the
  ///     effective-period and 29 February cases change it.
  /// - Returns: the cases, by threshold in source order, then the effective period's.
  public static func generate(
    service index: Int, evaluator: Evaluator, base: Facts, referenceDate: CivilDate?, referenceSlot: Int?
  ) -> [Case] {
    let ruleset = evaluator.ruleset
    let service = ruleset.services[index]
    let record = evaluator.prepare(base, referenceDate: referenceDate)
    var cases: [Case] = []
    var seen: Set<[Change]> = []
    func add(_ subject: String, _ changes: [Change], reference: CivilDate? = referenceDate) {
      guard seen.insert(changes).inserted else { return }
      var facts = base
      for change in changes { facts[change.slot] = change.value }
      var date = reference
      if let referenceSlot, let change = changes.first(where: { $0.slot == referenceSlot }), case .date(let d) = change.value {
        date = d
      }
      cases.append(Case(subject: subject, changes: changes, facts: facts, referenceDate: date))
    }
    func day(_ date: CivilDate, _ offset: Int) -> CivilDate? { CivilDate(dayNumber: date.dayNumber + offset) }

    for threshold in Threshold.all(in: service) {
      let text = threshold.text
      switch (threshold.subject, threshold.constant) {
      case (.field(let slot), .money(let c)):
        for v in [c - 1, c, c + 1] where v >= 0 { add(text, [Change(slot: slot, value: .money(v))]) }
      case (.field(let slot), .count(let c)):
        for v in [c - 1, c, c + 1] where v >= 0 { add(text, [Change(slot: slot, value: .count(v))]) }
      case (.field(let slot), .date(let c)):
        for offset in [-1, 0, 1] { if let d = day(c, offset) { add(text, [Change(slot: slot, value: .date(d))]) } }
      case (.field(let slot), .ratio(let c)):
        add(text, [Change(slot: slot, value: .ratio(c))])
      case (.derived(let derived), let constant):
        let definition = ruleset.derived[derived].value
        if let (slot, denominator) = Threshold.moneyRatio(definition), let t = constant.rational {
          var ignored: [ComparisonTrace]?
          guard case .money(let scale)? = evaluator.evaluate(denominator, in: record, trace: &ignored).value,
            let floor = t.floor(times: scale), let ceiling = t.ceiling(times: scale)
          else { continue }
          let amounts = floor == ceiling ? [floor - 1, floor, floor + 1] : [floor, floor + 1]
          for v in amounts where v >= 0 { add(text, [Change(slot: slot, value: .money(v))]) }
        } else if case .call(.years, let arguments) = definition.kind, arguments.count == 2,
          case .field(let birthSlot) = arguments[0].kind, case .referenceDate = arguments[1].kind,
          case .count(let c) = constant, let reference = referenceDate
        {
          let ages: [Int64]
          switch threshold.op {
          case .greaterOrEqual, .less: ages = [c]
          case .greater, .lessOrEqual: ages = [c + 1]
          case .equal, .notEqual: ages = [c, c + 1]
          }
          for k in ages {
            guard let birthday = reference.adding(months: -12 * Int(k)) else { continue }
            add(text, [Change(slot: birthSlot, value: .date(birthday))])
            if let after = day(birthday, 1) { add(text, [Change(slot: birthSlot, value: .date(after))]) }
            if let referenceSlot, let year = leapYear(turning: Int(k), near: reference.year, service: service),
              let born = CivilDate(year: year - Int(k), month: 2, day: 29),
              let before = CivilDate(year: year, month: 2, day: 28), let on = CivilDate(year: year, month: 3, day: 1)
            {
              for date in [before, on] {
                add(text, [Change(slot: birthSlot, value: .date(born)), Change(slot: referenceSlot, value: .date(date))])
              }
            }
          }
        }
      default:
        continue
      }
    }
    if let referenceSlot {
      if let from = service.effectiveFrom, let before = day(from, -1) {
        for date in [before, from] { add("effective", [Change(slot: referenceSlot, value: .date(date))]) }
      }
      if let to = service.effectiveTo, let after = day(to, 1) {
        for date in [to, after] { add("effective", [Change(slot: referenceSlot, value: .date(date))]) }
      }
    }
    return cases
  }

  /// A common year, at or before `year` (else after), in which someone born on 29 February turns `age`, with the
  /// service in force on its 28 February and 1 March.
  static func leapYear(turning age: Int, near year: Int, service: CheckedService) -> Int? {
    let candidates = (0...8).map { year - $0 } + (1...8).map { year + $0 }
    return candidates.first { y in
      !CivilDate.isLeap(y) && CivilDate.isLeap(y - age)
        && [CivilDate(year: y, month: 2, day: 28), CivilDate(year: y, month: 3, day: 1)].allSatisfy {
          $0.map(service.isInForce(on:)) ?? false
        }
    }
  }
}
