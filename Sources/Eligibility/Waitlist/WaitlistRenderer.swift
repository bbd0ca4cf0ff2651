import Rules

/// Renders a budget selection: 선정/대기 with rank, costs per tier, totals and the money left over, as text
/// (Korean or English), CSV or JSON.
public struct WaitlistRenderer: Sendable {
  /// The selection.
  public var selection: BudgetSelection
  /// The service.
  public var service: CheckedService
  /// The language of texts.
  public var language: Language

  /// Creates a renderer.
  public init(selection: BudgetSelection, service: CheckedService, language: Language) {
    self.selection = selection
    self.service = service
    self.language = language
  }

  private var korean: Bool { language == .korean }

  private func won(_ amount: Int64?) -> String { amount.map { Format.won($0, language) } ?? (korean ? "미정" : "undetermined") }

  /// The plain-text report.
  public func text() -> String {
    var lines: [String] = []
    lines.append("\(service.id) \(service.title) — \(korean ? "예산" : "budget") \(won(selection.budget))")
    lines.append(basis())
    lines.append(korean ? "순위  신청자            우선순위  등급  정부지원금        본인부담금        결과" : "rank  applicant         priority  tier  subsidy           copay             result")
    for entry in selection.entries {
      let result = entry.result
      var row: [String] = [pad(String(result.rank ?? 0), 4, right: true), pad(result.id, 16)]
      row.append(pad(result.priorityNumber.map(String.init) ?? "-", 8, right: true))
      row.append(pad(result.tierNumber.map(String.init) ?? "-", 4, right: true))
      row.append(pad(won(entry.cost), 16, right: true))
      row.append(pad(won(entry.copayTotal), 16, right: true))
      row.append(entry.selected ? (korean ? "선정" : "selected") : (korean ? "대기" : "waiting"))
      lines.append(row.joined(separator: "  "))
    }
    lines.append(korean ? "등급별" : "by tier")
    for tier in selection.tiers {
      let name = tier.tier.map { korean ? "\($0)등급" : "tier \($0)" } ?? (korean ? "등급 없음" : "no tier")
      let capacity = tier.capacityAlone.map { korean ? ", 예산만으로 최대 \($0)명" : ", the budget alone allows \($0)" } ?? ""
      lines.append(
        korean
          ? "  \(name): 선정 \(tier.selected)명, 대기 \(tier.waiting)명, 1인당 \(won(tier.costEach)), 정부지원금 \(won(tier.subsidyTotal)), 본인부담금 \(won(tier.copayTotal))\(capacity)"
          : "  \(name): selected \(tier.selected), waiting \(tier.waiting), each \(won(tier.costEach)), subsidy \(won(tier.subsidyTotal)), copay \(won(tier.copayTotal))\(capacity)")
    }
    let selected = selection.entries.filter(\.selected).count
    let waiting = selection.entries.count - selected
    lines.append(
      korean
        ? "합계: 선정 \(selected)명, 대기 \(waiting)명, 정부지원금 \(won(selection.subsidyTotal)), 본인부담금 \(won(selection.copayTotal)), 남은 예산 \(won(selection.remaining))"
        : "total: selected \(selected), waiting \(waiting), subsidy \(won(selection.subsidyTotal)), copay \(won(selection.copayTotal)), left over \(won(selection.remaining))")
    return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }

  /// How costs are counted, or why they cannot be.
  func basis() -> String {
    switch selection.problem {
    case .noBudgetUnit?:
      return korean
        ? "비용을 계산할 수 없음: 가격 단위가 출처에 없고 규칙에 `budget` 읽기가 없음"
        : "costs cannot be computed: the price has no unit and the ruleset declares no `budget` reading"
    case .noSupportMonths?:
      return korean ? "비용을 계산할 수 없음: 지원기간이 개월 단위가 아님" : "costs cannot be computed: the support period is not in months"
    case nil:
      let choices = service.budgetAnnotations.choices.map(\.id).joined(separator: ", ")
      let reading = choices.isEmpty ? "" : " (\(choices))"
      return selection.months == 1
        ? (korean ? "비용 기준: 정부지원금 (지원기간당)\(reading)" : "cost basis: subsidy per support period\(reading)")
        : (korean ? "비용 기준: 월 정부지원금 × \(selection.months)개월\(reading)" : "cost basis: monthly subsidy × \(selection.months) months\(reading)")
    }
  }

  private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let cells = TextWidth.cells(of: text)
    let fill = String(repeating: " ", count: max(0, width - cells))
    return right ? fill + text : text + fill
  }

  /// One CSV row per applicant: `rank,id,priority,tier,gov_subsidy_total,copay_total,selected`.
  public func csv() -> String {
    var text = "rank,id,priority,tier,gov_subsidy_total,copay_total,selected\n"
    for entry in selection.entries {
      let result = entry.result
      var cells: [String] = [String(result.rank ?? 0), result.id]
      cells.append(result.priorityNumber.map(String.init) ?? "")
      cells.append(result.tierNumber.map(String.init) ?? "")
      cells.append(entry.cost.map(String.init) ?? "")
      cells.append(entry.copayTotal.map(String.init) ?? "")
      cells.append(entry.selected ? "true" : "false")
      text += cells.map(BatchTableWriter.csvCell).joined(separator: ",") + "\n"
    }
    return text
  }

  /// The selection as one JSON document, with the run's provenance.
  public func json(provenance: BatchProvenance) -> String {
    let entries: [JSONValue] = selection.entries.map { entry in
      .object([
        "rank": .integer(orNull: entry.result.rank), "id": .string(entry.result.id),
        "priority": .integer(orNull: entry.result.priorityNumber), "tier": .integer(orNull: entry.result.tierNumber),
        "gov_subsidy_total": .integer(orNull: entry.cost), "copay_total": .integer(orNull: entry.copayTotal),
        "selected": .bool(entry.selected),
      ])
    }
    let tiers: [JSONValue] = selection.tiers.map { tier in
      .object([
        "tier": .integer(orNull: tier.tier), "selected": .integer(tier.selected), "waiting": .integer(tier.waiting),
        "gov_subsidy_each": .integer(orNull: tier.costEach), "gov_subsidy_total": .integer(tier.subsidyTotal),
        "copay_total": .integer(tier.copayTotal), "capacity_alone": .integer(orNull: tier.capacityAlone),
      ])
    }
    let document: JSONValue = .object([
      "service": .string(service.id), "budget": .integer(selection.budget), "months": .integer(selection.months),
      "cost_basis": .string(basis()), "gov_subsidy_total": .integer(selection.subsidyTotal),
      "copay_total": .integer(selection.copayTotal), "remaining": .integer(selection.remaining),
      "tiers": .array(tiers), "applicants": .array(entries),
      "provenance": provenance.jsonValue(),
    ])
    return JSONWriter.write(document)
  }
}

extension String {
  /// The line without trailing blanks.
  func replacingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
