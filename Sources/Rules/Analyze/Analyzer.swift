/// Static analysis of decision lists (`priority first`, `tier first`): gaps and unreachable rows, each with a
/// concrete input, found without an external solver.
///
/// For each service and list, the conditions are reduced to tests of *terms* (facts, derived facts, the reference
/// date, opaque expressions) against constants (``FormulaBuilder``). Each term's domain is cut at its constants and
/// one value is taken from each cell (``Representatives``); the product of those values over the terms the
/// eligibility and the list read is enumerated (``ListAnalysis``). Since every test has one truth on a whole cell,
/// the enumeration decides the list for every input the terms can express.
///
/// Findings:
/// - `decision-gap` (warning, at the list): an input that passes eligibility (truth yes) but matches no row, with a
///   `counterexample` note over the terms the list reads. Inputs whose eligibility is unknown are not eligible.
/// - `unreachable-row` (warning, at the row): no *eligible* input reaches the row. When eligible inputs satisfy its
///   condition but earlier rows always match them first, a `shadowedBy` note names those rows and a
///   `counterexample` shows one such input; otherwise a note says its condition holds for no eligible input, or for
///   no input at all. Rows reached only by ineligible inputs count as unreachable, since only eligible applicants
///   are ever placed on a list. A partly shadowed row that some eligible input reaches is no finding.
///
/// A `waive decision-gap because "…"` on the list clause, or `waive unreachable-row because "…"` on the row or the
/// list clause, keeps the finding with severity `note` and a `waived` note.
///
/// Limits: terms are independent (a derived fact is not tied to the facts it is computed from, e.g. `income_pct` to
/// `monthly_income`), so a counterexample may combine values no applicant has when a list reads both a derived
/// fact and its inputs. Facts and derived facts of type count, money and ratio are taken to be zero or more. When
/// the cells exceed ``cellLimit``, a term's type cannot be enumerated, or no input is eligible at all, the list is
/// checked without eligibility: unreachable rows only (a row no input reaches is no eligible input's either), no
/// gaps; when that fails too, the list is skipped with no finding.
public enum Analyzer {
  /// The most cells enumerated for one list.
  public static let cellLimit = 1 << 16

  /// Analyses every service's priority and tier lists.
  ///
  /// - Parameter ruleset: a checked ruleset.
  /// - Returns: gaps and unreachable rows, in service order and, within a service, in source order.
  /// - Complexity: O(cells × size of the conditions) per list, cells ≤ ``cellLimit``.
  public static func analyze(_ ruleset: CheckedRuleset) -> [Diagnostic] {
    ruleset.services.flatMap { analyze($0, in: ruleset, limit: cellLimit) }
  }

  /// Analyses one service's lists.
  static func analyze(_ service: CheckedService, in ruleset: CheckedRuleset, limit: Int) -> [Diagnostic] {
    var builder = FormulaBuilder(ruleset: ruleset, file: service.file)
    let eligibility = builder.formula(service.eligibility)
    let lists = [("priority", service.priority), ("tier", service.tiers)].compactMap { name, list in
      list.map { (name: name, list: $0) }
    }
    let formulas = lists.map { entry in entry.list.rows.map { builder.formula($0.condition) } }
    let context = Context(
      service: service, terms: builder.terms,
      domains: builder.terms.map { Representatives.values(for: $0, enumerations: ruleset.enumerations) },
      enumerations: ruleset.enumerations)

    var diagnostics: [Diagnostic] = []
    for (entry, rows) in zip(lists, formulas) {
      var listTerms: [Int] = []
      for row in rows { row.collectTerms(into: &listTerms) }
      let eligibilityTerms = eligibility.terms.filter { !listTerms.contains($0) }
      if let result = ListAnalysis.run(
        eligibility: eligibility, rows: rows, variables: listTerms + eligibilityTerms, domains: context.domains,
        limit: limit)
      {
        let shown = listTerms.isEmpty ? eligibilityTerms : listTerms
        diagnostics += context.diagnostics(result, name: entry.name, list: entry.list, rows: rows, shown: shown)
      } else if let result = ListAnalysis.run(
        eligibility: nil, rows: rows, variables: listTerms, domains: context.domains, limit: limit)
      {
        diagnostics += context.diagnostics(result, name: entry.name, list: entry.list, rows: rows, shown: listTerms)
      }
    }
    return diagnostics.enumerated().sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
      .map(\.element)
  }

  /// What turning a ``ListAnalysis`` into diagnostics needs.
  private struct Context {
    var service: CheckedService
    var terms: [Term]
    var domains: [[Value]?]
    var enumerations: [Enumeration]

    /// The findings of one list: its gap, then its unreachable rows.
    ///
    /// - Parameters:
    ///   - result: the list's analysis.
    ///   - name: `priority` or `tier`.
    ///   - list: the list.
    ///   - rows: the rows' formulas.
    ///   - shown: the terms a counterexample shows, in order.
    func diagnostics(_ result: ListAnalysis, name: String, list: DecisionList, rows: [Formula], shown: [Int])
      -> [Diagnostic]
    {
      var diagnostics: [Diagnostic] = []
      if let gap = result.gap {
        let example = Counterexample.text(shown, terms: terms, values: gap, enumerations: enumerations)
        diagnostics.append(
          finding(
            .decisionGap(list: name), at: list.range, notes: [Note(.note, .counterexample(example))],
            waivers: list.annotations.waivers))
      }
      for (index, status) in result.rows.enumerated() {
        let row = list.rows[index]
        var notes: [Note]
        switch status {
        case .reachable:
          continue
        case .shadowed(let earlier, let witness):
          let names = earlier.map { "\(list.rows[$0].number) \"\(list.rows[$0].label)\"" }.joined(separator: ", ")
          var read: [Int] = []
          for formula in [rows[index]] + earlier.map({ rows[$0] }) { formula.collectTerms(into: &read) }
          let example = Counterexample.text(
            shown.filter(read.contains), terms: terms, values: witness, enumerations: enumerations)
          notes = [Note(.note, .shadowedBy(names), range: earlier.first.map { list.rows[$0].range })]
          if !example.isEmpty { notes.append(Note(.note, .counterexample(example))) }
        case .neverEligible:
          notes = [
            Note(
              .note,
              .text(
                korean: "대상자 중에는 이 행의 조건에 맞는 입력이 없음",
                english: "no eligible input satisfies this row's condition"))
          ]
        case .never:
          notes = [
            Note(
              .note,
              .text(korean: "이 행의 조건에 맞는 입력이 없음", english: "no input satisfies this row's condition"))
          ]
        }
        diagnostics.append(
          finding(
            .unreachableRow(list: name, row: row.number), at: row.range, notes: notes,
            waivers: row.annotations.waivers + list.annotations.waivers))
      }
      return diagnostics
    }

    /// A finding, lowered to a note when a waiver names its code.
    private func finding(
      _ code: DiagnosticCode, at range: SourceRange, notes: [Note], waivers: [CheckedAnnotations.Waiver]
    ) -> Diagnostic {
      guard let waiver = waivers.first(where: { $0.code == code.name }) else {
        return Diagnostic(code, in: service.file, at: range, notes: notes)
      }
      return Diagnostic(
        code, in: service.file, at: range, notes: notes + [Note(.note, .waived(waiver.reason))], severity: .note)
    }
  }
}
