/// The text of a counterexample: `field = value` pairs, in the rules' own notation.
///
/// Names are the schema's field names, the let's name for a derived fact (`income_pct = 110%`), or the source
/// text of an opaque expression. Money is written `2_674_135원`, ratios as exact percentages (`110%`, `85.5%`),
/// dates ISO, enumeration cases by name, text quoted.
enum Counterexample {
  /// The pairs for the given terms, separated by `, `.
  ///
  /// - Parameters:
  ///   - variables: the terms to show, in order.
  ///   - terms: all terms.
  ///   - values: a value for each term, by index.
  ///   - enumerations: the ruleset's enumerations, for case names.
  /// - Returns: e.g. `status = none, single_parent = false, income_pct = 110%`.
  static func text(_ variables: [Int], terms: [Term], values: [Value], enumerations: [Enumeration]) -> String {
    variables.map { "\(terms[$0].name) = \(format(values[$0], type: terms[$0].type, enumerations: enumerations))" }
      .joined(separator: ", ")
  }

  /// One value as the rules write it.
  ///
  /// - Parameters:
  ///   - value: the value.
  ///   - type: its type (for an enumeration case, which enumeration names it).
  ///   - enumerations: the ruleset's enumerations.
  static func format(_ value: Value, type: ValueType, enumerations: [Enumeration]) -> String {
    switch value {
    case .money(let won): return grouped(won) + "원"
    case .ratio(let ratio): return percent(ratio)
    case .enumCase(let index):
      guard case .enumeration(let enumeration) = type, enumerations.indices.contains(enumeration),
        enumerations[enumeration].caseNames.indices.contains(index)
      else { return value.description }
      return enumerations[enumeration].caseNames[index]
    default: return value.description
    }
  }

  /// `2674135` as `2_674_135`.
  static func grouped(_ number: Int64) -> String {
    let digits = Array(String(number.magnitude))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += "_" }
      out.append(digit)
    }
    return (number < 0 ? "-" : "") + out
  }

  /// An exact percentage with as many decimals as it needs (up to six), else rounded to one decimal.
  static func percent(_ ratio: Rational) -> String {
    let numerator = Int128(ratio.numerator) * 100
    let denominator = Int128(ratio.denominator)
    var scale: Int128 = 1
    for decimals in 0...6 {
      let scaled = numerator * scale
      if scaled % denominator == 0 {
        let units = scaled / denominator
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let whole = magnitude / UInt128(scale)
        guard decimals > 0 else { return "\(sign)\(whole)%" }
        var fraction = String(magnitude % UInt128(scale))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        return "\(sign)\(whole).\(fraction)%"
      }
      scale *= 10
    }
    return ratio.percentText
  }
}
