import Eligibility
import Rules

/// A diff as one self-contained HTML page: inline CSS (with `@media print`) and an inline SVG chart, no script,
/// no external fonts or images. Sections: the summary per service, the income distribution of gainers and losers,
/// the changed rows (the first ``rowLimit``), and the provenance (both rule folders' files with SHA-256, the
/// reference dates). Every text is escaped.
struct DiffHTML {
  /// The report.
  let report: DiffReport
  /// Korean or English.
  let language: Language
  /// Changed rows shown (the rest are counted in a note).
  var rowLimit = 500

  private var korean: Bool { language == .korean }

  private static let style = """
    body{font-family:"Noto Sans KR","Malgun Gothic","Apple SD Gothic Neo",sans-serif;color:#1a1a1a;margin:2em auto;max-width:1100px;padding:0 1em;line-height:1.45}
    h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:2px solid #1f4e79;padding-bottom:.2em}
    .meta{color:#555}table{border-collapse:collapse;width:100%;font-size:.9em}
    th,td{word-break:keep-all;border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eef3f8;word-break:keep-all}
    td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .plus{color:#1b5e20}.minus{color:#b71c1c}.note{color:#555;font-size:.9em}code{font-size:.85em;word-break:break-all}
    figure{margin:1em 0}figcaption{color:#555;font-size:.9em}
    svg .grid{stroke:#ddd;stroke-width:1}svg .axis{stroke:#333;stroke-width:1.2}
    svg .gained{fill:#1f4e79}svg .lost{fill:#e69f00;stroke:#8a5a00;stroke-width:.6}
    svg text{font-family:inherit;fill:#222}svg .tick{font-size:11px}svg .value{font-size:10px}svg .title{font-size:12px}
    @media print{body{margin:0;max-width:none;font-size:9.5pt;color:#000}h2{break-after:avoid}
    table{font-size:8.5pt}thead{display:table-header-group}tr,figure{break-inside:avoid}
    th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    svg rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}@page{size:A4 landscape;margin:12mm}}
    """

  /// The page.
  func document() -> String {
    let outcome = report.outcome
    let title = korean ? "규칙 변경 영향 보고서" : "Rule change impact report"
    var html = "<!DOCTYPE html>\n<html lang=\"\(korean ? "ko" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html += "<title>\(e(title)): \(e(report.oldFolder)) → \(e(report.newFolder))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
    html += "<h1>\(e(title))</h1>\n"
    html += "<p class=\"meta\">\(e(korean ? "이전" : "old")) <code>\(e(report.oldFolder))</code> (\(e(korean ? "기준일" : "reference date")) \(e(DiffReport.date(report.asOfOld, language)))) → \(e(korean ? "새" : "new")) <code>\(e(report.newFolder))</code> (\(e(korean ? "기준일" : "reference date")) \(e(DiffReport.date(report.asOfNew, language))))<br>"
    html += e(korean
      ? "신청자 \(outcome.screened)명 (거부 \(outcome.rejected)행) · 바뀐 행 \(outcome.rows.count)개 (신청자 × 서비스) · screen \(ScreenVersion.current)"
      : "\(outcome.screened) applicants (\(outcome.rejected) rows rejected) · \(outcome.rows.count) changed rows (applicant × service) · screen \(ScreenVersion.current)")
    html += "</p>\n"
    html += summary()
    html += "<h2>\(e(korean ? "새로 대상·대상 제외의 소득 분포" : "Income of gainers and losers"))</h2>\n"
    html += DiffHTMLChart(rows: outcome.rows, language: language).figure()
    html += changedRows()
    html += provenance()
    html += "</body>\n</html>\n"
    return html
  }

  private func e(_ text: String) -> String { HTMLText.escape(text) }

  private func summary() -> String {
    let outcome = report.outcome
    var html = "<h2>\(e(korean ? "서비스별 요약" : "Summary per service"))</h2>\n<table>\n<thead><tr>"
    let headers = korean
      ? ["서비스", "대상 (이전 → 새)", "새로 대상", "대상 제외", "등급 상향", "등급 하향", "우선순위 변경", "평균 순위 이동", "최대 순위 이동", "정부지원금 합계 (이전 → 새)", "본인부담금 합계 (이전 → 새)"]
      : ["service", "eligible (old → new)", "gained", "lost", "tier up", "tier down", "priority changed", "mean rank move", "largest rank move", "total subsidy (old → new)", "total copay (old → new)"]
    html += headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    let text = DiffTextRenderer(report: report, language: language)
    for s in outcome.services {
      let largest = s.largestMove.map { ($0.move > 0 ? "+" : "") + String($0.move) + " (\($0.id))" } ?? "–"
      let cells: [(String, Bool)] = [
        ("\(s.id) \(s.title)", false), ("\(s.oldBudget.eligible) → \(s.newBudget.eligible)", true), (String(s.gained), true),
        (String(s.lost), true), (String(s.tierUp), true), (String(s.tierDown), true), (String(s.priorityChanged), true),
        (text.meanText(s) ?? "–", true), (largest, true), (text.money(s.oldBudget.subsidy, s.newBudget.subsidy), true),
        (text.money(s.oldBudget.copay, s.newBudget.copay), true),
      ]
      html += "<tr>" + cells.map { "<td\($0.1 ? " class=\"n\"" : "")>\(e($0.0))</td>" }.joined() + "</tr>\n"
    }
    html += "</tbody>\n</table>\n"
    html += "<p class=\"note\">\(e(korean ? "합계는 지원기간 전체 (월 단가 × 지원 개월 수, 또는 기간당 금액), 대상 전원 기준. 순위 이동은 양쪽 모두 대상인 신청자의 |이전 순위 − 새 순위|; 등급 상향 = 더 작은 번호의 등급으로." : "Totals cover the whole support period (per month × support months, or per period) for everyone eligible. Rank movement is |old rank − new rank| among those eligible on both sides; tier up = to a lower-numbered tier."))</p>\n"
    for service in outcome.added {
      html += "<p>\(e(korean ? "새 서비스: \(service.id) \(service.title) — 대상 \(service.eligible)명" : "Added service: \(service.id) \(service.title) — \(service.eligible) eligible"))</p>\n"
    }
    for service in outcome.removed {
      html += "<p>\(e(korean ? "없어진 서비스: \(service.id) \(service.title) — 대상이던 \(service.eligible)명" : "Removed service: \(service.id) \(service.title) — \(service.eligible) were eligible"))</p>\n"
    }
    return html
  }

  private func changedRows() -> String {
    let rows = report.outcome.rows
    var html = "<h2>\(e(korean ? "바뀐 행" : "Changed rows"))</h2>\n"
    if rows.isEmpty { return html + "<p>\(e(korean ? "바뀐 행이 없습니다." : "No row changes."))</p>\n" }
    if rows.count > rowLimit {
      html += "<p class=\"note\">\(e(korean ? "전체 \(rows.count)행 중 처음 \(rowLimit)행만 보입니다. 전체는 --out FILE (CSV)로 받으세요." : "Showing the first \(rowLimit) of \(rows.count) rows; write them all as CSV with --out FILE."))</p>\n"
    }
    let headers = korean
      ? ["행", "번호", "서비스", "판정", "우선순위", "등급", "본인부담금", "대기 순번", "이유"]
      : ["line", "id", "service", "result", "priority", "tier", "copay", "rank", "why"]
    html += "<table>\n<thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    func pair(_ a: String, _ b: String) -> String { a == b ? a : "\(a) → \(b)" }
    func number(_ n: Int?) -> String { n.map(String.init) ?? "–" }
    for row in rows.prefix(rowLimit) {
      let cells: [(String, Bool)] = [
        (String(row.line), true), (row.id, false), (row.service, false),
        (pair(Format.decision(row.old.decision, language), Format.decision(row.new.decision, language)), false),
        (pair(number(row.old.priorityNumber), number(row.new.priorityNumber)), true),
        (pair(number(row.old.tierNumber), number(row.new.tierNumber)), true),
        (pair(row.old.copay?.won.map { Format.won($0, language) } ?? "–", row.new.copay?.won.map { Format.won($0, language) } ?? "–"), true),
        (pair(number(row.old.rank), number(row.new.rank)), true),
      ]
      html += "<tr>" + cells.map { "<td\($0.1 ? " class=\"n\"" : "")>\(e($0.0))</td>" }.joined()
      html += "<td>" + row.why.map(e).joined(separator: "<br>") + "</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private func provenance() -> String {
    var html = "<h2>\(e(korean ? "출처" : "Provenance"))</h2>\n"
    for (name, folder, context, date) in [
      (korean ? "이전 규칙" : "old rules", report.oldFolder, report.old, report.asOfOld),
      (korean ? "새 규칙" : "new rules", report.newFolder, report.new, report.asOfNew),
    ] {
      html += "<p><strong>\(e(name))</strong> <code>\(e(folder))</code> · \(e(korean ? "기준일" : "reference date")) \(e(DiffReport.date(date, language)))</p>\n"
      html += "<table>\n<thead><tr><th>\(e(korean ? "파일" : "file"))</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
      for file in context.files { html += "<tr><td>\(e(file.path))</td><td><code>\(e(file.sha256))</code></td></tr>\n" }
      html += "</tbody>\n</table>\n"
    }
    let table = report.outcome.table
    html += "<p class=\"note\">\(e(korean ? "입력 \(report.outcome.rowsIn)행 = 판정 \(report.outcome.screened)행 + 거부 \(report.outcome.rejected)행 · 인코딩 \(table.encoding.rawValue) · 신청자 파일은 새 규칙의 스키마로 읽음" : "in \(report.outcome.rowsIn) rows = screened \(report.outcome.screened) + rejected \(report.outcome.rejected) · encoding \(table.encoding.rawValue) · applicants read with the NEW rules' schema"))</p>\n"
    return html
  }
}
