import Rules

/// Renders ``ScreeningReport``s and ``ServiceCatalog``s for people (Korean by default, or English) and for tools
/// (JSON, `--format json`; keys documented in `docs/check-json.md`).
///
/// The text of a report: a header line (applicant, reference date), data warnings, then one block per service,
/// a blank line between blocks, and a summary line. A block:
/// ```
/// ■ saha-organizing 취약계층 정리수납지원서비스 (부산광역시 사하구) — 대상
///   ✓ 소득: 기준 중위소득 120% 이하 — 소득 (기준 중위소득 대비) 100.0% […] (조건: 120% 이하)
///   ✓ 가구특성 (하나 이상)
///      ✓ 통합사례관리 대상자 중 1인 가구 — 가구원수 (주민등록상 가구) 1 (조건: 1), 통합사례관리 대상자 예
///   우선순위     1 "통합사례관리 대상자 중 1인 가구"
///   등급         2 "기준 중위소득 100% 이하 중 1등급이 아닌 자" — 정부지원금 450,000원, 본인부담금 50,000원
///   서비스 가격  500,000원 (단위 미기재)
/// ```
/// Criteria are marked `✓` (충족), `✗` (미충족) or `?` (모름), nested by three spaces. A failed numeric test is
/// followed by `→ …이하이면 충족` and an unknown one by `→ 확인 필요: …`, but only where it can change the
/// decision (not under a group that holds anyway, nor, for questions, under one already decided). The key column is
/// as wide as the widest key of the language, so blocks align the same way for every service.
public enum ReportRenderer {
  /// A report as text for intake staff.
  ///
  /// - Parameters:
  ///   - report: the report.
  ///   - language: Korean (default) or English.
  /// - Returns: the text, every line ending with a line break.
  public static func text(_ report: ScreeningReport, language: Language = .korean) -> String {
    var lines: [String] = [header(report, language)]
    for warning in report.warnings {
      let word = language == .korean ? "자료 확인" : "check data"
      lines.append("⚠ \(word) [\(warning.code)]: \(warning.message(in: language))")
    }
    for service in report.services {
      lines.append("")
      lines += serviceLines(service, language)
    }
    lines.append("")
    lines.append(summary(report, language))
    return lines.map { $0 + "\n" }.joined()
  }

  /// A report as one JSON document (see `docs/check-json.md`).
  ///
  /// - Parameters:
  ///   - report: the report.
  ///   - language: the language of the `*_text`, `text` and `message` values; keys and codes do not change.
  /// - Returns: the document, ending with a line break.
  public static func json(_ report: ScreeningReport, language: Language = .korean) -> String {
    JSONWriter.write(jsonValue(report, language: language))
  }

  static func header(_ report: ScreeningReport, _ language: Language) -> String {
    var parts: [String] = []
    if let id = report.applicantID { parts.append((language == .korean ? "신청자 " : "applicant ") + id) }
    let date = report.referenceDate.date?.description ?? Format.unknown(language)
    switch (report.referenceDate.source, language) {
    case (.asOf, .korean): parts.append("기준일 \(date) (--as-of)")
    case (.applicationDate, .korean): parts.append("기준일 \(date) (신청일)")
    case (.unknown, .korean): parts.append("기준일 모름 (신청일도 --as-of도 없음)")
    case (.asOf, .english): parts.append("reference date \(date) (--as-of)")
    case (.applicationDate, .english): parts.append("reference date \(date) (application_date)")
    case (.unknown, .english): parts.append("reference date unknown (no application_date, no --as-of)")
    }
    parts.append("screen \(report.screenVersion)")
    return parts.joined(separator: " · ")
  }

  static func summary(_ report: ScreeningReport, _ language: Language) -> String {
    let counts = [Decision.eligible, .ineligible, .undetermined].map { (decision: $0, count: report.count($0)) }
    switch language {
    case .korean: return "요약: " + counts.map { "\(Format.decision($0.decision, language)) \($0.count)" }.joined(separator: " · ")
    case .english: return "summary: " + counts.map { "\($0.count) \(Format.decision($0.decision, language))" }.joined(separator: " · ")
    }
  }

  /// An amount: `450,000원`, or `미정 (사유)` / `undetermined (reason)`.
  static func amount(_ amount: Amount, _ language: Language) -> String {
    switch (amount, language) {
    case (.won(let won), _): return Format.won(won, language)
    case (.undetermined(let reason), .korean): return "미정 (\(reason))"
    case (.undetermined(let reason), .english): return "undetermined (\(reason))"
    }
  }

  /// A price with its unit: `월 240,000원`, `500,000원 (지원기간당)`, `500,000원 (단위 미기재)`.
  static func price(_ price: Amount, _ unit: PriceUnit?, _ language: Language) -> String {
    let base = amount(price, language)
    guard case .won = price else { return base }
    switch (unit, language) {
    case (.perMonth?, .korean): return "월 " + base
    case (.perPeriod?, .korean): return base + " (지원기간당)"
    case (.unstated?, .korean): return base + " (단위 미기재)"
    case (.perMonth?, .english): return base + " per month"
    case (.perPeriod?, .english): return base + " per support period"
    case (.unstated?, .english): return base + " (unit not stated)"
    case (nil, _): return base
    }
  }

  /// A price unit as a JSON word: `per_month`, `per_period`, `unstated`.
  static func unitWord(_ unit: PriceUnit) -> String {
    switch unit {
    case .perMonth: return "per_month"
    case .perPeriod: return "per_period"
    case .unstated: return "unstated"
    }
  }

  /// An effective period: `2023-01-01 ~ (종료일 없음)`, `2022-01-01 ~ 2022-12-31`.
  static func period(_ from: CivilDate?, _ to: CivilDate?, _ language: Language) -> String {
    let start = from?.description ?? (language == .korean ? "(시작일 없음)" : "(no start)")
    let end = to?.description ?? (language == .korean ? "(종료일 없음)" : "(open)")
    return "\(start) ~ \(end)"
  }

  /// Re-assessments: `없음` / `2회`, `none` / `2 times`.
  static func reassessments(_ count: Int, _ language: Language) -> String {
    switch (count, language) {
    case (0, .korean): return "없음"
    case (_, .korean): return "\(count)회"
    case (0, .english): return "none"
    case (1, .english): return "once"
    case (_, .english): return "\(count) times"
    }
  }
}
