extension Lint {
  /// `table-not-in-force`: days of a service's effective period on which a table its rules read (directly or
  /// through `let`s) has no version, so that every lookup would be unknown.
  ///
  /// A closed period (`effective A .. B`) must be covered day by day: each uncovered stretch is a warning at the
  /// `effective` clause. An open-ended period (`A .. open`) is checked from `A` up to the end of the table's last
  /// version (a warning for each uncovered stretch before it); the days after it, which no ruleset can cover before
  /// the next notice is published, are one finding with severity `note`, for the year after the last version. A
  /// service with no `effective` clause is not checked. A `waive table-not-in-force because "…"` on the
  /// `effective` clause lowers the warnings to notes.
  ///
  /// - Parameters:
  ///   - ruleset: the checked program.
  ///   - syntax: its parsed files, for the clauses' positions and waivers.
  /// - Returns: the findings, by service and table.
  public static func tablesNotInForce(in ruleset: CheckedRuleset, syntax: [RulesetSyntax]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let parsed = services(in: syntax)
    for service in ruleset.services {
      guard let from = service.effectiveFrom,
        let (file, serviceSyntax) = parsed.first(where: { $0.file.path == service.file.path && $0.service.id.text == service.id })
      else { continue }
      var range = serviceSyntax.id.range
      var waivers: [WaiverSyntax] = []
      for clause in serviceSyntax.clauses {
        if case .effective(_, _, let periodRange) = clause.kind {
          range = periodRange
          waivers = clause.annotations.waivers
        }
      }
      for table in tablesRead(by: service, in: ruleset) {
        let versions = ruleset.tables[table].versions
        let lastEnd: CivilDate? = versions.contains { $0.to == nil } ? nil : versions.compactMap(\.to).max()
        let end: CivilDate?
        var noteAfter: (CivilDate, CivilDate)?
        switch (service.effectiveTo, lastEnd) {
        case (let to?, _): end = to
        case (nil, nil): end = nil
        case (nil, let last?) where last < from:
          end = CivilDate(year: from.year, month: 12, day: 31)
        case (nil, let last?):
          end = last
          if let next = CivilDate(dayNumber: last.dayNumber + 1), let yearEnd = CivilDate(year: next.year, month: 12, day: 31),
            next >= from
          {
            noteAfter = (next, yearEnd)
          }
        }
        let name = ruleset.tables[table].name
        for (gapFrom, gapTo) in uncovered(from: from, to: end, by: versions) {
          diagnostics.append(
            finding(.tableNotInForce(name, from: "\(gapFrom)", to: "\(gapTo)"), in: file, at: range, waivers: waivers))
        }
        if let (next, yearEnd) = noteAfter {
          diagnostics.append(
            Diagnostic(
              .tableNotInForce(name, from: "\(next)", to: "\(yearEnd)"), in: file, at: range,
              notes: [
                Note(
                  .note,
                  .text(
                    korean: "시행기간에 끝이 없음: 마지막 판 다음 해는 새 고시가 나오면 판을 더할 것",
                    english: "the period is open-ended: add the next version when its notice is published"))
              ], severity: .note))
        }
      }
    }
    return diagnostics
  }

  /// The stretches of `from ... to` (to the end of time when `to` is `nil`, then only up to the last version)
  /// that no version covers.
  static func uncovered(from: CivilDate, to: CivilDate?, by versions: [ParameterTable.Version]) -> [(CivilDate, CivilDate)] {
    let sorted = versions.sorted { $0.from < $1.from }
    var gaps: [(CivilDate, CivilDate)] = []
    var day = from.dayNumber
    let last = to?.dayNumber ?? Int.max
    for version in sorted {
      guard day <= last else { break }
      let versionEnd = version.to?.dayNumber ?? Int.max
      if versionEnd < day { continue }
      if version.from.dayNumber > day {
        let gapEnd = min(version.from.dayNumber - 1, last)
        if let a = CivilDate(dayNumber: day), let b = CivilDate(dayNumber: gapEnd) { gaps.append((a, b)) }
      }
      day = versionEnd == Int.max ? Int.max : versionEnd + 1
    }
    if day <= last, last != Int.max, let a = CivilDate(dayNumber: day), let b = CivilDate(dayNumber: last) {
      gaps.append((a, b))
    }
    return gaps
  }

  /// The tables a service's criteria, lists and suspensions read, directly or through derived facts, in index order.
  static func tablesRead(by service: CheckedService, in ruleset: CheckedRuleset) -> [Int] {
    var tables: Set<Int> = []
    var pending: [Int] = []
    var seen: Set<Int> = []
    func collect(_ expression: CheckedExpr) {
      expression.forEach {
        switch $0.kind {
        case .lookup(let table, _): tables.insert(table)
        case .derived(let index): pending.append(index)
        default: break
        }
      }
    }
    func collect(_ criterion: CheckedCriterion) {
      switch criterion.kind {
      case .test(let expression): collect(expression)
      case .all(let children), .any(let children): children.forEach(collect)
      }
    }
    collect(service.eligibility)
    for row in (service.priority?.rows ?? []) + (service.tiers?.rows ?? []) { collect(row.condition) }
    for suspension in service.suspensions { collect(suspension.condition) }
    while let index = pending.popLast() {
      guard seen.insert(index).inserted else { continue }
      collect(ruleset.derived[index].value)
    }
    return tables.sorted()
  }
}
