extension Lint {
  /// `choice-without-quote`: a `choice` whose text ties the reading to nothing in the source.
  ///
  /// A choice passes when its text quotes the source (`'…'`, `‘…’`, `“…”` or an escaped `\"…\"`, non-empty) or
  /// cites a line: a number of 3 to 5 digits (or a range `6151-6152`) standing alone, not part of a larger
  /// number, a date or an amount (not followed by a unit such as `원`, `%`, `년`, `개월`, `세`), or `N행`. A
  /// `waive choice-without-quote because "…"` in the same annotations lowers it to a note.
  ///
  /// - Parameter files: the parsed files.
  /// - Returns: the findings in source order, pointing at the choice's text.
  public static func choicesWithoutQuote(in files: [RulesetSyntax]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for syntax in files {
      for annotations in allAnnotations(in: syntax) {
        for choice in annotations.choices where !citesSource(choice.text.text) {
          diagnostics.append(
            finding(
              .choiceWithoutQuote(choice.id.text), in: syntax.file, at: choice.text.range,
              notes: [
                Note(
                  .help,
                  .text(
                    korean: "선택의 근거가 된 문장을 '…'로 인용하거나 줄 번호를 적을 것",
                    english: "quote the sentence the reading rests on in '…', or cite its line number"))
              ], waivers: annotations.waivers))
        }
      }
    }
    return diagnostics
  }

  /// Whether a choice's text quotes the source or cites a line number.
  ///
  /// - Parameter text: the choice's text.
  /// - Returns: `true` for `6158 '500천원'` or `(6127-6128 '모두 충족시')`; `false` for `출처에 없음 (A2)` or
  ///   `2023-01-01부터` or `241백만원`.
  public static func citesSource(_ text: String) -> Bool {
    let characters = Array(text)
    for (open, close) in [("'", "'"), ("‘", "’"), ("“", "”"), ("\"", "\"")] {
      if let start = characters.firstIndex(of: Character(open)),
        let end = characters[(start + 1)...].firstIndex(of: Character(close)), end > start + 1
      {
        return true
      }
    }
    let units: [String] = ["원", "%", "년", "개월", "월", "일", "세", "백", "천", "만", "억", "명", "회", "가지", "인", "등급", "차"]
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber else {
        index += 1
        continue
      }
      let start = index
      while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
      let length = index - start
      let before: Character? = start > 0 ? characters[start - 1] : nil
      if let before, [",", ".", "-", "_"].contains(before) || before.isLetter && before.isASCII { continue }
      var end = index
      // A range `6151-6152` is one citation.
      if end + 1 < characters.count, characters[end] == "-", characters[end + 1].isNumber {
        var next = end + 1
        while next < characters.count, characters[next].isASCII, characters[next].isNumber { next += 1 }
        if next - end - 1 >= 3 { end = next }
      }
      let rest = String(characters[end...]).drop { $0 == " " }
      if rest.hasPrefix("행") { return true }
      let after: Character? = end < characters.count ? characters[end] : nil
      if let after, [",", ".", "-", "_"].contains(after) || (after.isLetter && after.isASCII) { index = end; continue }
      if (3...5).contains(length), !units.contains(where: { rest.hasPrefix($0) }) { return true }
      index = end
    }
    return false
  }

  /// Every set of annotations in a file: declarations, table versions, fields, service clauses, criteria, lists
  /// and rows.
  static func allAnnotations(in syntax: RulesetSyntax) -> [Annotations] {
    var result: [Annotations] = []
    func walk(_ criterion: CriterionSyntax) {
      result.append(criterion.annotations)
      switch criterion.kind {
      case .test: break
      case .all(let children), .any(let children): children.forEach(walk)
      }
    }
    for declaration in syntax.declarations {
      switch declaration {
      case .schema(let schema): result += schema.fields.map(\.annotations)
      case .enumeration(let enumeration): result.append(enumeration.annotations)
      case .set(let set): result.append(set.annotations)
      case .table(let table): result += [table.annotations] + table.versions.map(\.annotations)
      case .binding(let binding): result.append(binding.annotations)
      case .service(let service):
        for clause in service.clauses {
          result.append(clause.annotations)
          switch clause.kind {
          case .eligible(let criterion): walk(criterion)
          case .priority(let list), .tier(let list): result += [list.annotations] + list.rows.map(\.annotations)
          default: break
          }
        }
      }
    }
    return result.filter { !$0.choices.isEmpty }
  }
}
