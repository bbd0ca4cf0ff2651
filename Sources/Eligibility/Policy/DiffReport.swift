import Rules

/// A finished diff with what it needs to be shown and replayed: both rule folders (files and SHA-256), both
/// reference dates, and the outcome.
public struct DiffReport: Sendable {
  /// The OLD folder as given.
  public var oldFolder: String
  /// The NEW folder as given.
  public var newFolder: String
  /// The OLD rules.
  public var old: ScreeningContext
  /// The NEW rules.
  public var new: ScreeningContext
  /// The OLD side's reference date (`nil`: each application date).
  public var asOfOld: CivilDate?
  /// The NEW side's reference date.
  public var asOfNew: CivilDate?
  /// What the diff found.
  public var outcome: DiffOutcome

  /// Creates a report.
  public init(
    oldFolder: String, newFolder: String, old: ScreeningContext, new: ScreeningContext, asOfOld: CivilDate?, asOfNew: CivilDate?,
    outcome: DiffOutcome
  ) {
    self.oldFolder = oldFolder
    self.newFolder = newFolder
    self.old = old
    self.new = new
    self.asOfOld = asOfOld
    self.asOfNew = asOfNew
    self.outcome = outcome
  }

  /// A reference date in words: the date, or 각 신청일 / each application date.
  public static func date(_ date: CivilDate?, _ language: Language) -> String {
    date?.description ?? (language == .korean ? "각 신청일" : "each application date")
  }

  /// The services with any change (a moved row, or a budget difference), in NEW order.
  public var changedServices: [ServiceDiffSummary] {
    let moved = Set(outcome.rows.map(\.service))
    return outcome.services.filter { moved.contains($0.id) || $0.oldBudget != $0.newBudget }
  }

  /// The run summary for standard error: counts, dates and every ruleset file's SHA-256 on both sides.
  public func provenance(language: Language) -> String {
    let korean = language == .korean
    var lines: [String] = []
    lines.append(
      korean
        ? "screen \(ScreenVersion.current) · 이전 \(oldFolder) (기준일 \(Self.date(asOfOld, language))) → 새 \(newFolder) (기준일 \(Self.date(asOfNew, language)))"
        : "screen \(ScreenVersion.current) · old \(oldFolder) (reference date \(Self.date(asOfOld, language))) → new \(newFolder) (reference date \(Self.date(asOfNew, language)))")
    lines.append(
      korean
        ? "입력 \(outcome.rowsIn)행 = 판정 \(outcome.screened)행 + 거부 \(outcome.rejected)행 · 바뀐 행 \(outcome.rows.count)개 (신청자 × 서비스)"
        : "in \(outcome.rowsIn) rows = screened \(outcome.screened) + rejected \(outcome.rejected) · \(outcome.rows.count) changed rows (applicant × service)")
    lines.append(korean ? "이전:" : "old:")
    for file in old.files { lines.append("  \(file.sha256)  \(file.path)") }
    lines.append(korean ? "새:" : "new:")
    for file in new.files { lines.append("  \(file.sha256)  \(file.path)") }
    return lines.joined(separator: "\n") + "\n"
  }
}
