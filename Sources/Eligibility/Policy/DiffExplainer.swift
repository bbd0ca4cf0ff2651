import Rules

/// Says why one applicant × service moved between the OLD and NEW rules: re-evaluates the applicant with the
/// reference ``Evaluator`` on both sides and compares the top-level criteria (by label), the matched priority and
/// tier rows, the amounts, the ranking values, and the versions of the parameter tables in force.
///
/// A flipped criterion shows its comparisons as evaluated on each side, e.g.
/// `소득: 118.3% ≤ 120% → 124.1% > 120% (기준 중위소득 2023 → 2024)`: ratios to one decimal
/// (``Rational/percentText``, exact when they have at most one), money with ``Format/won(_:_:)-(Int64,_)``.
/// A table-version note is attached to the clauses that compare a derived fact (the lookup happens there).
public struct DiffExplainer: Sendable {
  /// The OLD rules.
  public let old: ScreeningContext
  /// The NEW rules.
  public let new: ScreeningContext
  /// The OLD side's reference date.
  public let asOfOld: CivilDate?
  /// The NEW side's reference date.
  public let asOfNew: CivilDate?
  /// The reasons' language.
  public let language: Language

  /// Creates an explainer.
  public init(old: ScreeningContext, new: ScreeningContext, asOfOld: CivilDate?, asOfNew: CivilDate?, language: Language) {
    self.old = old
    self.new = new
    self.asOfOld = asOfOld
    self.asOfNew = asOfNew
    self.language = language
  }

  private var korean: Bool { language == .korean }

  /// The clauses explaining one moved row, and the applicant's NEW income ratio (`income_pct`).
  ///
  /// - Parameters:
  ///   - oldFacts: the facts by OLD slot.
  ///   - newFacts: the facts by NEW slot.
  ///   - o: the OLD result (ranked).
  ///   - n: the NEW result (ranked).
  /// - Returns: at least one clause.
  public func explain(oldFacts: Facts, newFacts: Facts, old o: BatchResult, new n: BatchResult) -> (why: [String], incomeRatio: Rational?) {
    let oldDate = ReferenceDate.resolve(asOf: asOfOld, facts: oldFacts, schema: old.ruleset.schema).date
    let newDate = ReferenceDate.resolve(asOf: asOfNew, facts: newFacts, schema: new.ruleset.schema).date
    let oldRecord = old.evaluator.prepare(oldFacts, referenceDate: oldDate)
    let newRecord = new.evaluator.prepare(newFacts, referenceDate: newDate)
    let before = old.evaluator.evaluate(service: o.service, on: oldRecord)
    let after = new.evaluator.evaluate(service: n.service, on: newRecord)
    let tables = tableChanges(oldDate, newDate)
    var tablesShown = false
    var why: [String] = []
    if before.inForce != after.inForce {
      why.append((korean ? "시행기간: " : "effective period: ") + inForce(before.inForce) + " → " + inForce(after.inForce))
    }
    let oldTop = top(before.eligibility)
    let newTop = top(after.eligibility)
    for (index, criterion) in newTop.enumerated() {
      let name = ReasonCodes.short(criterion.label ?? "eligible")
      let match = oldTop.first { ReasonCodes.short($0.label ?? "eligible") == name }
        ?? (oldTop.count == newTop.count ? oldTop[index] : nil)
      guard let match else {
        why.append((korean ? "새 기준 " : "new criterion ") + name + ": " + truth(criterion.truth))
        continue
      }
      guard match.truth != criterion.truth else { continue }
      var clause = name + ": " + comparisons(match, criterion)
      if !tables.isEmpty, involvesDerived(match) || involvesDerived(criterion) {
        clause += " (" + tables.joined(separator: ", ") + ")"
        tablesShown = true
      }
      why.append(clause)
    }
    for criterion in oldTop where !newTop.contains(where: { ReasonCodes.short($0.label ?? "") == ReasonCodes.short(criterion.label ?? "") }) {
      if oldTop.count != newTop.count {
        why.append((korean ? "삭제된 기준 " : "removed criterion ") + ReasonCodes.short(criterion.label ?? "eligible") + ": " + truth(criterion.truth))
      }
    }
    if o.decision == .eligible, n.decision == .eligible {
      if o.priorityNumber != n.priorityNumber {
        why.append((korean ? "우선순위 " : "priority ") + row(o.priorityNumber, old.ruleset.services[o.service].priority) + " → "
          + row(n.priorityNumber, new.ruleset.services[n.service].priority))
      }
      if o.tierNumber != n.tierNumber {
        why.append((korean ? "등급 " : "tier ") + row(o.tierNumber, old.ruleset.services[o.service].tiers) + " → "
          + row(n.tierNumber, new.ruleset.services[n.service].tiers))
      } else if o.subsidy != n.subsidy || o.copay != n.copay {
        why.append(
          (korean ? "등급 \(n.tierNumber.map(String.init) ?? "-") 금액: 정부지원금 " : "tier \(n.tierNumber.map(String.init) ?? "-") amounts: subsidy ")
            + amount(o.subsidy) + " → " + amount(n.subsidy) + (korean ? ", 본인부담금 " : ", copay ") + amount(o.copay) + " → " + amount(n.copay))
      }
      if o.rankValues != n.rankValues {
        why += rankValueChanges(o, n)
      }
    }
    if !tablesShown, !tables.isEmpty, !why.isEmpty || o.rankValues != n.rankValues { why += tables }
    if why.isEmpty, o.rank != n.rank { why.append(rankOnly(old: o.rank, new: n.rank)) }
    if why.isEmpty { why.append(korean ? "규칙 변경 (기준별 차이 없음)" : "rules changed (no criterion differs)") }
    var ratio: Rational?
    if let index = new.ruleset.derived.firstIndex(where: { $0.name == "income_pct" }), case .ratio(let r)? = newRecord.derived[index].value {
      ratio = r
    }
    return (why, ratio)
  }

  /// The clause for a row that moved only in rank (others moved it).
  public func rankOnly(old: Int?, new: Int?) -> String {
    let from = old.map(String.init) ?? "-"
    let to = new.map(String.init) ?? "-"
    return korean ? "순위 \(from) → \(to) (다른 신청자의 변동)" : "rank \(from) → \(to) (other applicants moved)"
  }

  // MARK: - Parts

  /// The criteria directly under the root (or the root when it is a leaf).
  private func top(_ root: CriterionTrace) -> [CriterionTrace] { root.children.isEmpty ? [root] : root.children }

  /// Every comparison in a criterion's subtree, in order.
  private func leaves(_ trace: CriterionTrace) -> [ComparisonTrace] {
    trace.comparisons + trace.children.flatMap(leaves)
  }

  /// Whether a criterion compares something computed from a parameter table (a lookup, directly or through
  /// derived facts): the clauses a table-version note belongs to.
  private func involvesDerived(_ trace: CriterionTrace) -> Bool {
    leaves(trace).contains { usesTable($0.left) || usesTable($0.right) }
  }

  private func usesTable(_ expression: CheckedExpr) -> Bool {
    var found = false
    var seen: Set<Int> = []
    func visit(_ e: CheckedExpr) {
      e.forEach { sub in
        switch sub.kind {
        case .lookup: found = true
        case .derived(let index) where index < new.ruleset.derived.count && seen.insert(index).inserted:
          visit(new.ruleset.derived[index].value)
        default: break
        }
      }
    }
    visit(expression)
    return found
  }

  /// The comparisons that differ, old → new; or the truths when there are none to show.
  private func comparisons(_ before: CriterionTrace, _ after: CriterionTrace) -> String {
    let a = leaves(before)
    let b = leaves(after)
    var parts: [String] = []
    if a.count == b.count {
      for (x, y) in zip(a, b) {
        let left = comparison(x, old.ruleset)
        let right = comparison(y, new.ruleset)
        if left != right || x.truth != y.truth { parts.append(left + " → " + right) }
      }
    } else if !a.isEmpty || !b.isEmpty {
      parts.append(a.map { comparison($0, old.ruleset) }.joined(separator: ", ") + " → " + b.map { comparison($0, new.ruleset) }.joined(separator: ", "))
    }
    if parts.isEmpty { return truth(before.truth) + " → " + truth(after.truth) }
    return parts.prefix(3).joined(separator: "; ")
  }

  /// A comparison as evaluated: `118.3% ≤ 120%`, with the operator negated when it failed and `?` when unknown.
  private func comparison(_ trace: ComparisonTrace, _ ruleset: CheckedRuleset) -> String {
    let symbol: String
    switch (trace.op, trace.truth) {
    case (_, .unknown): symbol = "?"
    case (.lessOrEqual, .yes), (.greater, .no): symbol = "≤"
    case (.less, .yes), (.greaterOrEqual, .no): symbol = "<"
    case (.greaterOrEqual, .yes), (.less, .no): symbol = "≥"
    case (.greater, .yes), (.lessOrEqual, .no): symbol = ">"
    case (.equal, .yes), (.notEqual, .no): symbol = "="
    case (.notEqual, .yes), (.equal, .no): symbol = "≠"
    }
    return value(trace.leftValue, trace.left.type, ruleset) + " " + symbol + " " + value(trace.rightValue, trace.right.type, ruleset)
  }

  /// A value for people.
  private func value(_ value: Value?, _ type: ValueType, _ ruleset: CheckedRuleset) -> String {
    guard let value else { return "?" }
    switch value {
    case .money(let won): return Format.won(won, language)
    case .ratio(let r): return type == .exactMoney ? Format.won(r, language) : Self.percent(r)
    case .count(let n): return String(n)
    case .bool(let b): return korean ? (b ? "예" : "아니오") : (b ? "yes" : "no")
    case .date(let d): return d.description
    case .text(let t): return "\"" + t + "\""
    case .enumCase(let i):
      if case .enumeration(let e) = type, i < ruleset.enumerations[e].caseLabels.count { return ruleset.enumerations[e].caseLabels[i] }
      return value.description
    default: return value.description
    }
  }

  /// A ratio as a percentage: exact when it has at most one decimal, else rounded to one.
  static func percent(_ r: Rational) -> String {
    let exact = Format.exactPercent(r)
    let decimals = exact.split(separator: ".").dropFirst().first.map { $0.count - 1 } ?? 0
    return decimals <= 1 ? exact : r.percentText
  }

  private func truth(_ truth: Truth) -> String {
    switch truth {
    case .yes: return korean ? "충족" : "met"
    case .no: return korean ? "미충족" : "not met"
    case .unknown: return korean ? "모름" : "unknown"
    }
  }

  private func inForce(_ value: Bool?) -> String {
    switch value {
    case true?: return korean ? "시행 중" : "in force"
    case false?: return korean ? "시행기간 외" : "not in force"
    case nil: return korean ? "모름" : "unknown"
    }
  }

  private func row(_ number: Int?, _ list: DecisionList?) -> String {
    guard let number else { return korean ? "없음" : "none" }
    guard let label = list?.rows.first(where: { $0.number == number })?.label else { return String(number) }
    return "\(number) \"\(label)\""
  }

  private func amount(_ amount: Amount?) -> String { amount?.won.map { Format.won($0, language) } ?? "-" }

  /// The parameter tables whose version differs between the two reference dates: `기준 중위소득 2023 → 2024`.
  private func tableChanges(_ oldDate: CivilDate?, _ newDate: CivilDate?) -> [String] {
    var changes: [String] = []
    for table in new.ruleset.tables {
      guard let before = old.ruleset.tables.first(where: { $0.name == table.name }) else { continue }
      let a = oldDate.flatMap { before.version(on: $0) }
      let b = newDate.flatMap { table.version(on: $0) }
      guard a != b else { continue }
      let none = korean ? "없음" : "none"
      if let a, let b, a.name == b.name {
        changes.append(table.label + " " + b.name + (korean ? " (표 값 변경)" : " (values changed)"))
      } else {
        changes.append(table.label + " " + (a?.name ?? none) + " → " + (b?.name ?? none))
      }
    }
    return changes
  }

  /// The ranking values that differ: `순위 기준 소득 비율: 118.3% → 112.0%`.
  private func rankValueChanges(_ o: BatchResult, _ n: BatchResult) -> [String] {
    let keys = new.ruleset.services[n.service].rankKeys.filter { key in
      if case .priority = key.source { return false }
      return true
    }
    var out: [String] = []
    for (index, key) in keys.enumerated() where index < o.rankValues.count && index < n.rankValues.count {
      guard o.rankValues[index] != n.rankValues[index] else { continue }
      let label: String
      let type: ValueType
      switch key.source {
      case .derived(let d): (label, type) = (new.ruleset.derived[d].label, new.ruleset.derived[d].value.type)
      case .field(let slot): (label, type) = (new.ruleset.schema.fields[slot].label, new.ruleset.schema.fields[slot].type)
      case .priority: continue
      }
      out.append(
        (korean ? "순위 기준 " : "ranking key ") + label + ": " + value(o.rankValues[index], type, old.ruleset) + " → "
          + value(n.rankValues[index], type, new.ruleset))
    }
    return out
  }
}
