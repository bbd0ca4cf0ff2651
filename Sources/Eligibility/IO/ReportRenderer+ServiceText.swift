import Rules

extension ReportRenderer {
  /// The keys of a service block, in both languages; the key column is as wide as the widest key.
  enum Key: CaseIterable {
    case period, priority, tier, price, support, reassess, suspension, askNext, choices, sources

    func text(_ language: Language) -> String {
      switch (self, language) {
      case (.period, .korean): return "시행기간"
      case (.priority, .korean): return "우선순위"
      case (.tier, .korean): return "등급"
      case (.price, .korean): return "서비스 가격"
      case (.support, .korean): return "지원기간"
      case (.reassess, .korean): return "재판정"
      case (.suspension, .korean): return "서비스 중지"
      case (.askNext, .korean): return "확인할 사항"
      case (.choices, .korean): return "근거 선택"
      case (.sources, .korean): return "출처"
      case (.period, .english): return "in force"
      case (.priority, .english): return "priority"
      case (.tier, .english): return "tier"
      case (.price, .english): return "price"
      case (.support, .english): return "support"
      case (.reassess, .english): return "reassessment"
      case (.suspension, .english): return "suspended"
      case (.askNext, .english): return "ask next"
      case (.choices, .english): return "choices"
      case (.sources, .english): return "sources"
      }
    }

    static func width(_ language: Language) -> Int { allCases.map { TextWidth.cells(of: $0.text(language)) }.max() ?? 0 }
  }

  /// `  key   value`, and each further value on its own line under the first.
  static func keyed(_ key: Key, _ values: [String], _ language: Language) -> [String] {
    let width = Key.width(language)
    return values.enumerated().map { index, value in
      "  " + Format.padded(index == 0 ? key.text(language) : "", to: width) + "  " + value
    }
  }

  static func serviceLines(_ service: ServiceReport, _ language: Language) -> [String] {
    var title = "■ \(service.id) \(service.title)"
    if let region = service.region { title += " (\(region))" }
    var lines = [title + " — " + Format.decision(service.decision, language)]
    let root = service.eligibility
    if root.kind == .all, root.label == nil {
      let scope = Scope(failureMatters: root.result != .yes, unknownMatters: root.result == .unknown)
      for child in root.children { lines += criterionLines(child, depth: 0, scope, language) }
    } else {
      lines += criterionLines(root, depth: 0, Scope(failureMatters: true, unknownMatters: true), language)
    }
    var period = ReportRenderer.period(service.effectiveFrom, service.effectiveTo, language)
    if service.inForce == false { period += language == .korean ? " — 기준일에 시행 중이 아님" : " — not in force on the reference date" }
    lines += keyed(.period, [period], language)
    if let priority = service.priority { lines += keyed(.priority, ["\(priority.number) \"\(priority.label)\""], language) }
    if let tier = service.tier {
      var text = "\(tier.number) \"\(tier.label)\""
      var amounts: [String] = []
      if let subsidy = tier.subsidy { amounts.append((language == .korean ? "정부지원금 " : "subsidy ") + amount(subsidy, language)) }
      if let copay = tier.copay { amounts.append((language == .korean ? "본인부담금 " : "copay ") + amount(copay, language)) }
      if !amounts.isEmpty { text += " — " + amounts.joined(separator: ", ") }
      lines += keyed(.tier, [text], language)
    }
    if let price = service.price { lines += keyed(.price, [ReportRenderer.price(price, service.priceUnit, language)], language) }
    if let support = service.support { lines += keyed(.support, [Format.duration(support, language)], language) }
    if let count = service.reassessments { lines += keyed(.reassess, [reassessments(count, language)], language) }
    let holding = service.suspensions.filter { $0.result == .yes }.map { "\"\($0.label)\"" }
    if !holding.isEmpty { lines += keyed(.suspension, holding, language) }
    if !service.askNext.isEmpty { lines += keyed(.askNext, service.askNext.map { $0.text(in: language) }, language) }
    if !service.choices.isEmpty {
      let idWidth = service.choices.map { TextWidth.cells(of: $0.id) }.max() ?? 0
      lines += keyed(.choices, service.choices.map { Format.padded($0.id, to: idWidth) + "  " + $0.text }, language)
    }
    if !service.sources.isEmpty { lines += keyed(.sources, service.sources, language) }
    return lines
  }

  /// Whether, under the groups above a criterion, its failure or its unknown facts can change the decision: a
  /// failed test under a group that holds anyway, or an unknown one under a group already decided, needs no
  /// boundary or question.
  struct Scope {
    var failureMatters: Bool
    var unknownMatters: Bool

    func entering(_ group: CriterionReport) -> Scope {
      Scope(failureMatters: failureMatters && group.result != .yes, unknownMatters: unknownMatters && group.result == .unknown)
    }
  }

  static func criterionLines(_ criterion: CriterionReport, depth: Int, _ scope: Scope, _ language: Language) -> [String] {
    let indent = "  " + String(repeating: "   ", count: depth)
    var line = indent + Format.mark(criterion.result) + " "
    switch criterion.kind {
    case .test:
      line += criterion.label ?? (language == .korean ? "(이름 없는 조건)" : "(unlabelled test)")
      let details = criterion.comparisons.map { $0.text(in: language) } + criterion.facts.map { $0.text(in: language) }
      if !details.isEmpty { line += " — " + details.joined(separator: ", ") }
    case .all, .any:
      let word: String
      switch (criterion.kind, language) {
      case (.all, .korean): word = "(모두)"
      case (.all, .english): word = "(all)"
      case (_, .korean): word = "(하나 이상)"
      case (_, .english): word = "(at least one)"
      }
      line += (criterion.label.map { $0 + " " } ?? "") + word
    }
    var lines = [line]
    let detail = indent + "   → "
    if criterion.kind == .test, criterion.result == .no, scope.failureMatters, let boundary = criterion.boundary {
      lines.append(detail + boundary.sentence(in: language))
    }
    if criterion.kind == .test, criterion.result == .unknown, scope.unknownMatters, !criterion.unknown.isEmpty {
      let items = criterion.unknown.map { $0.text(in: language) }.joined(separator: ", ")
      lines.append(detail + (language == .korean ? "확인 필요: " : "needs: ") + items)
    }
    for child in criterion.children { lines += criterionLines(child, depth: depth + 1, scope.entering(criterion), language) }
    return lines
  }
}
