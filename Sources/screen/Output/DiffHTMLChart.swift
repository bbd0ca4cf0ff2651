import Eligibility
import Rules

/// The income distribution of a diff's gainers and losers as an inline SVG bar chart: income as a percentage of
/// the 기준 중위소득 (the NEW rules' `income_pct`) in 10-point bins from 0 to 200%, then 200% and over; two bar
/// series with labelled axes and a legend. Counts are applicant × service pairs; unknown incomes are counted
/// apart in the caption.
struct DiffHTMLChart {
  /// Bins: 0–10 … 190–200, then 200+.
  static let binCount = 21

  /// The changed rows.
  let rows: [DiffRow]
  /// Korean or English labels.
  let language: Language

  /// Gainers' and losers' counts per bin, and how many of each had no known income ratio.
  func bins() -> (gained: [Int], lost: [Int], unknown: Int) {
    var gained = Array(repeating: 0, count: Self.binCount)
    var lost = Array(repeating: 0, count: Self.binCount)
    var unknown = 0
    for row in rows where row.gained || row.lost {
      guard let ratio = row.incomeRatio, let tenths = ratio.floor(times: 10) else {
        unknown += 1
        continue
      }
      let bin = Int(min(Int64(Self.binCount - 1), max(0, tenths)))
      if row.gained { gained[bin] += 1 } else { lost[bin] += 1 }
    }
    return (gained, lost, unknown)
  }

  /// The `<figure>` with the SVG and its caption.
  func figure() -> String {
    let korean = language == .korean
    let (gained, lost, unknown) = bins()
    let width = 760, height = 320, left = 56, right = 16, top = 36, bottom = 64
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    let peak = max(1, (gained + lost).max() ?? 1)
    let step = Self.tickStep(peak)
    let yMax = ((peak + step - 1) / step) * step
    let slot = Double(plotWidth) / Double(Self.binCount)
    let barWidth = slot * 0.38
    func y(_ count: Int) -> Double { Double(top) + Double(plotHeight) * (1 - Double(count) / Double(yMax)) }
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(korean ? "새로 대상·대상 제외의 소득 분포" : "income of gainers and losers"))\">\n"
    // Grid lines and y ticks.
    var tick = 0
    while tick <= yMax {
      let ty = Self.fixed(y(tick))
      svg += "<line x1=\"\(left)\" y1=\"\(ty)\" x2=\"\(width - right)\" y2=\"\(ty)\" class=\"grid\"/>"
      svg += "<text x=\"\(left - 6)\" y=\"\(ty)\" class=\"tick\" text-anchor=\"end\" dominant-baseline=\"middle\">\(tick)</text>\n"
      tick += step
    }
    for bin in 0..<Self.binCount {
      let x0 = Double(left) + slot * Double(bin) + slot * 0.1
      for (series, counts) in [("gained", gained), ("lost", lost)] {
        let count = counts[bin]
        let x = series == "gained" ? x0 : x0 + barWidth
        if count > 0 {
          svg += "<rect x=\"\(Self.fixed(x))\" y=\"\(Self.fixed(y(count)))\" width=\"\(Self.fixed(barWidth))\" height=\"\(Self.fixed(Double(top + plotHeight) - y(count)))\" class=\"\(series)\"><title>\(HTMLText.escape(label(bin)))%: \(count)</title></rect>"
          svg += "<text x=\"\(Self.fixed(x + barWidth / 2))\" y=\"\(Self.fixed(y(count) - 3))\" class=\"value\" text-anchor=\"middle\">\(count)</text>\n"
        }
      }
      if bin % 2 == 0 || bin == Self.binCount - 1 {
        let tx = Self.fixed(Double(left) + slot * Double(bin))
        let text = bin == Self.binCount - 1 ? "200+" : String(bin * 10)
        let anchorX = bin == Self.binCount - 1 ? Self.fixed(Double(left) + slot * (Double(bin) + 0.5)) : tx
        svg += "<text x=\"\(anchorX)\" y=\"\(top + plotHeight + 16)\" class=\"tick\" text-anchor=\"middle\">\(text)</text>\n"
      }
    }
    svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(width - right)\" y2=\"\(top + plotHeight)\" class=\"axis\"/>"
    svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" class=\"axis\"/>\n"
    let xTitle = korean ? "소득 (기준 중위소득 대비 %, 10%p 구간)" : "income (% of the 기준 중위소득, 10-point bins)"
    let yTitle = korean ? "신청자 × 서비스 수" : "applicant × service pairs"
    svg += "<text x=\"\(left + plotWidth / 2)\" y=\"\(height - 18)\" class=\"title\" text-anchor=\"middle\">\(HTMLText.escape(xTitle))</text>\n"
    svg += "<text x=\"14\" y=\"\(top + plotHeight / 2)\" class=\"title\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(top + plotHeight / 2))\">\(HTMLText.escape(yTitle))</text>\n"
    let legendX = width - right - 220
    svg += "<rect x=\"\(legendX)\" y=\"8\" width=\"12\" height=\"12\" class=\"gained\"/><text x=\"\(legendX + 18)\" y=\"18\" class=\"tick\">\(HTMLText.escape(korean ? "새로 대상" : "gained"))</text>"
    svg += "<rect x=\"\(legendX + 110)\" y=\"8\" width=\"12\" height=\"12\" class=\"lost\"/><text x=\"\(legendX + 128)\" y=\"18\" class=\"tick\">\(HTMLText.escape(korean ? "대상 제외" : "lost"))</text>\n"
    svg += "</svg>"
    var caption = korean
      ? "새로 대상 \(gained.reduce(0, +))건, 대상 제외 \(lost.reduce(0, +))건 (신청자 × 서비스, 새 규칙의 소득 비율)"
      : "gained \(gained.reduce(0, +)), lost \(lost.reduce(0, +)) (applicant × service, NEW rules' income ratio)"
    if unknown > 0 { caption += korean ? " · 소득 비율 모름 \(unknown)건" : " · income ratio unknown: \(unknown)" }
    return "<figure>\n\(svg)\n<figcaption>\(HTMLText.escape(caption))</figcaption>\n</figure>\n"
  }

  /// A bin's range: `110–120` or `200+`.
  func label(_ bin: Int) -> String { bin == Self.binCount - 1 ? "200+" : "\(bin * 10)–\(bin * 10 + 10)" }

  /// A tick step giving at most about five ticks: 1, 2, 5, 10, 20, 50 …
  static func tickStep(_ peak: Int) -> Int {
    var step = 1
    while peak / step > 5 {
      if peak / (step * 2) <= 5 { return step * 2 }
      if peak / (step * 5) <= 5 { return step * 5 }
      step *= 10
    }
    return step
  }

  /// A coordinate with one decimal.
  static func fixed(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
  }
}

/// HTML text escaping.
enum HTMLText {
  /// Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
