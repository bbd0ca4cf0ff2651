import Rules

extension ReportRenderer {
  /// The services of a ruleset as text, for `screen services`:
  /// ```
  /// saha-organizing  취약계층 정리수납지원서비스 (부산광역시 사하구)
  ///                  시행기간 2023-01-01 ~ (종료일 없음) · 서비스 가격 500,000원 (단위 미기재) · 지원기간 3개월 · 재판정 없음
  ///                  출처 002_36d7a86073e0eb52.txt:6120-6174
  /// ```
  ///
  /// - Parameters:
  ///   - catalog: the catalog.
  ///   - language: Korean (default) or English.
  /// - Returns: one block per service, every line ending with a line break.
  public static func text(_ catalog: ServiceCatalog, language: Language = .korean) -> String {
    let width = catalog.entries.map { TextWidth.cells(of: $0.id) }.max() ?? 0
    let pad = String(repeating: " ", count: width + 2)
    var lines: [String] = []
    for entry in catalog.entries {
      lines.append(Format.padded(entry.id, to: width) + "  " + entry.title + (entry.region.map { " (\($0))" } ?? ""))
      var facts = [(language == .korean ? "시행기간 " : "in force ") + period(entry.effectiveFrom, entry.effectiveTo, language)]
      if let price = entry.price { facts.append((language == .korean ? "서비스 가격 " : "price ") + ReportRenderer.price(price, entry.priceUnit, language)) }
      if let support = entry.support { facts.append((language == .korean ? "지원기간 " : "support ") + Format.duration(support, language)) }
      if let count = entry.reassessments {
        facts.append((language == .korean ? "재판정 " : "reassessment ") + reassessments(count, language))
      }
      facts.append(language == .korean ? "예시 \(entry.exampleCount)개" : "\(entry.exampleCount) examples")
      lines.append(pad + facts.joined(separator: " · "))
      if !entry.sources.isEmpty {
        lines.append(pad + (language == .korean ? "출처 " : "sources ") + entry.sources.joined(separator: ", "))
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The services of a ruleset as one JSON document: `screen_version` and `services`, each with `id`, `title`,
  /// `region`, `effective_from`, `effective_to`, `price`, `support_period`, `reassessments`, `examples` and
  /// `sources` (see `docs/check-json.md`).
  ///
  /// - Parameters:
  ///   - catalog: the catalog.
  ///   - language: the language of the `text` values.
  /// - Returns: the document, ending with a line break.
  public static func json(_ catalog: ServiceCatalog, language: Language = .korean) -> String {
    let services = catalog.entries.map { entry -> JSONValue in
      var support: JSONValue = .null
      if let s = entry.support {
        support = .object(["amount": .integer(s.amount), "unit": .string(s.unit.rawValue), "text": .string(Format.duration(s, language))])
      }
      var price: JSONValue = .null
      if let amount = entry.price { price = priceJSON(amount, entry.priceUnit, language) }
      let sources: [JSONValue] = entry.sources.map(JSONValue.string)
      return .object([
        "id": .string(entry.id),
        "title": .string(entry.title),
        "region": .string(orNull: entry.region),
        "effective_from": .string(orNull: entry.effectiveFrom?.description),
        "effective_to": .string(orNull: entry.effectiveTo?.description),
        "price": price,
        "support_period": support,
        "reassessments": .integer(orNull: entry.reassessments),
        "examples": .integer(entry.exampleCount),
        "sources": .array(sources),
      ])
    }
    return JSONWriter.write(.object(["screen_version": .string(ScreenVersion.current), "services": .array(services)]))
  }
}
