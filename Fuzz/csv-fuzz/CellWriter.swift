import Rules

/// Writes random facts as table cells in every form the reader accepts, remembering the fact each cell means:
/// the oracle for clean inputs.
struct CellWriter {
  /// The enumerations the schema's enumeration types index.
  let enumerations: [Enumeration]
  /// Whether the text must be encodable in CP949 (no `₩`).
  var forCP949 = false

  private static let texts = ["A1", "홍길동", "사하구", "a,b", "say \"hi\"", "두 줄\n둘째 줄", "x\r\ny", "tab\there", "똠방각하", "😀 emoji"]
  private static let trueWords = ["1", "true", "TRUE", "True", "Y", "y", "예"]
  private static let falseWords = ["0", "false", "FALSE", "False", "N", "n", "아니오", "아니요"]

  /// A random fact of a type and a cell that means it.
  ///
  /// - Returns: the cell text (never empty) and its fact, or `nil` when the type has no table form.
  func cell(_ type: ValueType, using random: inout SplitMix64) -> (text: String, value: Value)? {
    switch type {
    case .text:
      var text = random.chance(50) ? "A\(Int.random(in: 0..<100_000, using: &random))" : random.pick(CellWriter.texts)
      if forCP949, text.unicodeScalars.contains(where: { $0.value > 0xFFFF }) { text = "B1" }
      return (text, .text(text))
    case .bool:
      let flag = Bool.random(using: &random)
      return (random.pick(flag ? CellWriter.trueWords : CellWriter.falseWords), .bool(flag))
    case .count:
      let value = random.chance(90) ? Int64.random(in: 0...20, using: &random) : Int64.random(in: 0...Int64.max, using: &random)
      return (String(value), .count(value))
    case .money:
      let value = random.chance(80) ? Int64.random(in: 0...10_000_000_000, using: &random) : Int64.random(in: 0...Int64.max, using: &random)
      return (money(value, using: &random), .money(value))
    case .date:
      guard let date = CivilDate(dayNumber: Int.random(in: -25_567...22_000, using: &random)) else { return nil }
      let iso = date.description
      let forms = [iso, iso.replacingDashes(with: "."), iso.replacingDashes(with: "")]
      return (random.pick(forms), .date(date))
    case .ratio:
      let hundredths = Int64.random(in: 0...300, using: &random)
      guard let ratio = Rational(hundredths, 100) else { return nil }
      return (random.chance(50) ? "\(hundredths)%" : decimal(hundredths), .ratio(ratio))
    case .duration:
      let amount = Int64.random(in: 0...36, using: &random)
      let forms: [(String, CalendarDuration.Unit)] = [
        ("\(amount) months", .months), ("\(amount)개월", .months), ("\(amount)년", .years), ("\(amount) years", .years),
        ("\(amount)일", .days), ("\(amount) days", .days),
      ]
      let (text, unit) = random.pick(forms)
      return (text, .duration(CalendarDuration(amount, unit)))
    case .enumeration(let index) where enumerations.indices.contains(index):
      let enumeration = enumerations[index]
      guard !enumeration.caseNames.isEmpty else { return nil }
      let caseIndex = Int.random(in: enumeration.caseNames.indices, using: &random)
      let text = random.chance(50) ? enumeration.caseNames[caseIndex] : enumeration.caseLabels[caseIndex]
      return (text, .enumCase(caseIndex))
    case .enumeration, .exactMoney, .enumSet, .textList:
      return nil
    }
  }

  private func money(_ value: Int64, using random: inout SplitMix64) -> String {
    let plain = String(value)
    var grouped = ""
    for (offset, digit) in plain.enumerated() {
      if offset > 0, (plain.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    var forms = [plain, grouped, grouped + "원", plain + " 원"]
    if !forCP949 { forms.append("₩" + grouped) }
    return random.pick(forms)
  }

  private func decimal(_ hundredths: Int64) -> String {
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}

extension String {
  /// The text with every `-` replaced.
  fileprivate func replacingDashes(with separator: String) -> String {
    split(separator: "-", omittingEmptySubsequences: false).joined(separator: separator)
  }
}
