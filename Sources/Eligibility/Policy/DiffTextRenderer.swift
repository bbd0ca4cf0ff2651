import Rules

/// A diff as readable text for the policy team: one block per service that changes (eligibility gained and
/// lost, tier and priority moves, waitlist movement, money over the support period), the services that do not
/// change in one line, then the changed rows with their reasons (the first ``rowLimit``).
public struct DiffTextRenderer: Sendable {
  /// The report.
  public let report: DiffReport
  /// Korean or English.
  public let language: Language
  /// Changed rows listed in full (the rest are counted; `--out` has them all).
  public var rowLimit = 50

  /// Creates a renderer.
  public init(report: DiffReport, language: Language) {
    self.report = report
    self.language = language
  }

  private var korean: Bool { language == .korean }

  /// The text.
  public func text() -> String {
    let outcome = report.outcome
    var out = korean
      ? "규칙 비교: \(report.oldFolder) (기준일 \(DiffReport.date(report.asOfOld, language))) → \(report.newFolder) (기준일 \(DiffReport.date(report.asOfNew, language)))\n"
      : "Rule change: \(report.oldFolder) (reference date \(DiffReport.date(report.asOfOld, language))) → \(report.newFolder) (reference date \(DiffReport.date(report.asOfNew, language)))\n"
    out += korean
      ? "신청자 \(outcome.screened)명 · 바뀐 행 \(outcome.rows.count)개 (신청자 × 서비스)\n"
      : "\(outcome.screened) applicants · \(outcome.rows.count) changed rows (applicant × service)\n"
    let changed = report.changedServices
    for summary in changed { out += "\n" + block(summary) }
    let unchanged = outcome.services.filter { s in !changed.contains { $0.id == s.id } }.map(\.id)
    if !unchanged.isEmpty {
      out += "\n" + (korean ? "변동 없음 (\(unchanged.count)개): " : "No change (\(unchanged.count)): ") + unchanged.joined(separator: ", ") + "\n"
    }
    for service in outcome.added {
      out += (korean ? "새 서비스: \(service.id) \(service.title) — 대상 \(service.eligible)명\n" : "Added service: \(service.id) \(service.title) — \(service.eligible) eligible\n")
    }
    for service in outcome.removed {
      out += (korean ? "없어진 서비스: \(service.id) \(service.title) — 대상이던 \(service.eligible)명\n" : "Removed service: \(service.id) \(service.title) — \(service.eligible) were eligible\n")
    }
    if !outcome.rows.isEmpty {
      out += "\n" + (korean ? "바뀐 행" : "Changed rows") + "\n"
      for row in outcome.rows.prefix(rowLimit) {
        out += "  \(row.id.isEmpty ? "row \(row.line)" : row.id) \(row.service): \(state(row.old)) → \(state(row.new))\n"
        for clause in row.why { out += "      \(clause)\n" }
      }
      if outcome.rows.count > rowLimit {
        out += korean
          ? "  … 외 \(outcome.rows.count - rowLimit)행 (전체는 --out FILE)\n"
          : "  … and \(outcome.rows.count - rowLimit) more rows (all of them with --out FILE)\n"
      }
    }
    return out
  }

  /// One service's block.
  func block(_ s: ServiceDiffSummary) -> String {
    var out = "■ \(s.id) \(s.title)\n"
    if korean {
      out += "  대상 \(s.oldBudget.eligible) → \(s.newBudget.eligible)명 · 새로 대상 \(s.gained) · 대상 제외 \(s.lost) · 등급 상향 \(s.tierUp) · 등급 하향 \(s.tierDown) · 우선순위 변경 \(s.priorityChanged)\n"
    } else {
      out += "  eligible \(s.oldBudget.eligible) → \(s.newBudget.eligible) · gained \(s.gained) · lost \(s.lost) · tier up \(s.tierUp) · tier down \(s.tierDown) · priority changed \(s.priorityChanged)\n"
    }
    if let mean = meanText(s) {
      let largest = s.largestMove.map { (($0.move > 0 ? "+" : "") + String($0.move)) + " (\($0.id))" } ?? "0"
      out += korean
        ? "  순위 이동 (양쪽 대상 \(s.eligibleBoth)명 중 \(s.rankMoved)명): 평균 \(mean) · 최대 \(largest)\n"
        : "  rank movement (\(s.rankMoved) of \(s.eligibleBoth) eligible on both sides): mean \(mean) · largest \(largest)\n"
    }
    out += "  " + (korean ? "정부지원금 합계 " : "total subsidy ") + money(s.oldBudget.subsidy, s.newBudget.subsidy)
      + (korean ? " · 본인부담금 합계 " : " · total copay ") + money(s.oldBudget.copay, s.newBudget.copay)
      + (korean ? " (지원기간 전체)\n" : " (whole support period)\n")
    let undetermined = max(s.oldBudget.undetermined, s.newBudget.undetermined)
    if undetermined > 0 {
      out += korean
        ? "  금액 미정: 이전 \(s.oldBudget.undetermined)명, 새 \(s.newBudget.undetermined)명 (합계에서 빠짐)\n"
        : "  cost undetermined: old \(s.oldBudget.undetermined), new \(s.newBudget.undetermined) (left out of the totals)\n"
    }
    return out
  }

  /// Mean |rank movement| to one decimal, or `nil` with nobody eligible on both sides.
  public func meanText(_ s: ServiceDiffSummary) -> String? {
    guard s.eligibleBoth > 0, let mean = Rational(Int64(s.rankMovementTotal), Int64(s.eligibleBoth)) else { return nil }
    guard let tenths = mean.rounded(times: 10) else { return nil }
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// Two totals and their difference: `a → b (±d)`.
  public func money(_ a: Int64, _ b: Int64) -> String {
    let delta = b &- a
    return Format.won(a, language) + " → " + Format.won(b, language) + " (" + (delta > 0 ? "+" : "") + Format.won(delta, language) + ")"
  }

  /// A result in a few words: `대상 2순위 3등급 본인부담금 100,000원 순위 4`.
  func state(_ r: BatchResult) -> String {
    var parts = [Format.decision(r.decision, language)]
    if let p = r.priorityNumber, r.decision == .eligible { parts.append(korean ? "\(p)순위" : "priority \(p)") }
    if let t = r.tierNumber { parts.append(korean ? "\(t)등급" : "tier \(t)") }
    if let c = r.copay?.won { parts.append((korean ? "본인부담금 " : "copay ") + Format.won(c, language)) }
    if let rank = r.rank { parts.append(korean ? "대기 \(rank)번" : "rank \(rank)") }
    return parts.joined(separator: " ")
  }
}
