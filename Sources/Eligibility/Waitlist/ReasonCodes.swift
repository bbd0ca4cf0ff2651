import Foundation
import Rules

/// Short, stable reason codes for a batch row, derived from an explained outcome.
///
/// - A failed criterion is named by its label up to the first `:` (`"소득: 기준 중위소득 120% 이하"` → `소득`).
/// - A missing fact is `ask:` and the field's canonical name (`ask:monthly_income`).
/// - Other unknowns: `no-table:<table>:<date>`, `no-row:<table>:<key>`, `no-reference-date`, `arithmetic`,
///   `undetermined` (the source leaves it open).
/// - A service not in force on the reference date: `outside-period`.
/// - An eligible row whose amounts the source does not give: `amount-undetermined`.
public enum ReasonCodes {
  /// The reason codes of an outcome.
  ///
  /// - Parameters:
  ///   - outcome: the evaluated outcome.
  ///   - ruleset: the ruleset it came from (for field and table names).
  /// - Returns: codes without repeats, in order.
  public static func codes(for outcome: Outcome, in ruleset: CheckedRuleset) -> [String] {
    var codes: [String] = []
    switch outcome.decision {
    case .ineligible:
      if outcome.inForce == false {
        codes.append("outside-period")
      } else {
        codes += failed(outcome.eligibility)
      }
    case .undetermined:
      codes += outcome.reasons.map { code(for: $0, in: ruleset) }
    case .eligible:
      codes += outcome.reasons.map { code(for: $0, in: ruleset) }
      if case .undetermined? = outcome.subsidy { codes.append("amount-undetermined") }
      else if case .undetermined? = outcome.copay { codes.append("amount-undetermined") }
    }
    var seen: Set<String> = []
    return codes.filter { seen.insert($0).inserted }
  }

  /// The short names of the failed criteria directly under the root group (or the root itself when it is a leaf).
  static func failed(_ root: CriterionTrace) -> [String] {
    let failing = root.children.isEmpty ? [root] : root.children.filter { $0.truth == .no }
    return failing.map { short($0.label ?? "eligible") }
  }

  /// A label up to its first `:`, trimmed.
  static func short(_ label: String) -> String {
    let head = label.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? label
    let trimmed = head.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? label : trimmed
  }

  /// The code of one unknown reason.
  static func code(for reason: UnknownReason, in ruleset: CheckedRuleset) -> String {
    switch reason {
    case .fact(let slot): return "ask:" + ruleset.schema.fields[slot].name
    case .referenceDate: return "no-reference-date"
    case .noTableVersion(let table, let date): return "no-table:\(ruleset.tables[table].name):\(date)"
    case .noTableRow(let table, let key): return "no-row:\(ruleset.tables[table].name):\(key)"
    case .arithmetic: return "arithmetic"
    case .stated: return "undetermined"
    }
  }
}
