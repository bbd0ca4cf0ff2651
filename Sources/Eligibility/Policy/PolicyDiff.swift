import Rules

/// What a rule change does before it is announced: screens one applicant table under an OLD and a NEW ruleset
/// (or the same rules under two reference dates), ranks both, matches the results by (input line, service id),
/// and explains every applicant × service whose result, priority, tier, co-payment or rank moves.
///
/// The table is read once, with the NEW ruleset's reader; each record's facts are carried to the OLD schema by
/// ``SchemaBridge``. Each block is screened on both sides; the facts of the records whose results differ are kept
/// (only those), and after ranking those rows are re-evaluated with the reference ``Evaluator`` on both sides to
/// say why they moved (``DiffExplainer``). Rows that move only in rank keep no facts: others moved them.
///
/// ```swift
/// let diff = PolicyDiff(old: try Screening.load(rulesDirectory: "rulesets-2023"),
///                       new: try Screening.load(rulesDirectory: "rulesets"))
/// let outcome = try diff.run(path: "applicants.csv", language: .korean) { print($0.rendered(in: .korean)) }
/// ```
public struct PolicyDiff: Sendable {
  /// The OLD rules.
  public let old: ScreeningContext
  /// The NEW rules.
  public let new: ScreeningContext
  /// The OLD side's reference date, or `nil` for each application date.
  public let asOfOld: CivilDate?
  /// The NEW side's reference date, or `nil` for each application date.
  public let asOfNew: CivilDate?
  /// Parallel workers per side (default: the active processors).
  public var workers: Int?
  /// Rows per block.
  public var blockRows = 16_384

  /// Creates a diff.
  ///
  /// - Parameters:
  ///   - old: the OLD rules.
  ///   - new: the NEW rules.
  ///   - asOfOld: the OLD side's reference date (`nil`: each application date).
  ///   - asOfNew: the NEW side's reference date (`nil`: each application date).
  ///   - workers: parallel workers per side.
  public init(old: ScreeningContext, new: ScreeningContext, asOfOld: CivilDate? = nil, asOfNew: CivilDate? = nil, workers: Int? = nil) {
    self.old = old
    self.new = new
    self.asOfOld = asOfOld
    self.asOfNew = asOfNew
    self.workers = workers
  }

  /// Reads, screens, ranks, matches and explains.
  ///
  /// - Parameters:
  ///   - path: the applicant table (`-` for standard input).
  ///   - encoding: the table's encoding.
  ///   - language: the language of the reasons (`why`).
  ///   - rejected: called for each bad row, in input order.
  /// - Returns: the changed rows and the summaries.
  /// - Throws: ``PolicyDiffError``: the table cannot be read, or a column does not fit the OLD schema.
  public func run(
    path: String, encoding: TextEncodingOption = .automatic, language: Language = .korean, rejected: (DiffRejection) -> Void
  ) throws(PolicyDiffError) -> DiffOutcome {
    let oldScreening: BatchScreening
    let newScreening: BatchScreening
    do {
      oldScreening = try BatchScreening(context: old, asOf: asOfOld, workers: workers)
      newScreening = try BatchScreening(context: new, asOf: asOfNew, workers: workers)
    } catch {
      preconditionFailure("screening every service cannot name an unknown service")
    }
    let bridge = SchemaBridge(new: new.ruleset, old: old.ruleset)
    let oldCount = old.ruleset.services.count
    let newCount = new.ruleset.services.count
    let common: [(new: Int, old: Int)] = new.ruleset.services.indices.compactMap { j in
      old.ruleset.serviceIndex(new.ruleset.services[j].id).map { (new: j, old: $0) }
    }
    var oldResults: [BatchResult] = []
    var newResults: [BatchResult] = []
    var lines: [Int] = []
    var kept: [Int: (old: Facts, new: Facts)] = [:]
    var newBlock: [ApplicantTableRecord] = []
    var oldBlock: [ApplicantTableRecord] = []
    var rejectedCount = 0
    func flush() {
      let o = oldScreening.screen(oldBlock)
      let n = newScreening.screen(newBlock)
      for (k, record) in newBlock.enumerated() {
        lines.append(record.line)
        if common.contains(where: { DiffRow.outcomeDiffers(o[k * oldCount + $0.old], n[k * newCount + $0.new]) }) {
          kept[record.line] = (old: oldBlock[k].facts, new: record.facts)
        }
      }
      oldResults += o
      newResults += n
      oldBlock.removeAll(keepingCapacity: true)
      newBlock.removeAll(keepingCapacity: true)
    }
    let reader = ApplicantTableReader(ruleset: new.ruleset, encoding: encoding)
    let table: ApplicantTableSummary
    do {
      table = try reader.read(path: path) { row in
        switch row {
        case .success(let record):
          switch bridge.oldFacts(record.facts) {
          case .success(let facts):
            newBlock.append(record)
            oldBlock.append(ApplicantTableRecord(line: record.line, facts: facts))
            if newBlock.count == blockRows { flush() }
          case .failure(let missing):
            rejectedCount += 1
            rejected(.missingCase(line: record.line, missing))
          }
        case .failure(let errors):
          rejectedCount += 1
          rejected(.row(errors))
        }
      }
    } catch {
      throw .table(error)
    }
    if !newBlock.isEmpty { flush() }
    do {
      try bridge.check(columns: table.columns)
    } catch {
      throw .schema(error)
    }
    WaitlistOrder.assignRanks(&oldResults, ruleset: old.ruleset)
    WaitlistOrder.assignRanks(&newResults, ruleset: new.ruleset)

    let explainer = DiffExplainer(old: old, new: new, asOfOld: asOfOld, asOfNew: asOfNew, language: language)
    var rows: [DiffRow] = []
    for (k, line) in lines.enumerated() {
      for pair in common {
        let o = oldResults[k * oldCount + pair.old]
        let n = newResults[k * newCount + pair.new]
        guard DiffRow.moves(o, n) else { continue }
        var row = DiffRow(line: line, id: n.id.isEmpty ? o.id : n.id, service: new.ruleset.services[pair.new].id, old: o, new: n)
        if let facts = kept[line] {
          let explained = explainer.explain(oldFacts: facts.old, newFacts: facts.new, old: o, new: n)
          row.why = explained.why
          row.incomeRatio = explained.incomeRatio
        } else {
          row.why = [explainer.rankOnly(old: o.rank, new: n.rank)]
        }
        rows.append(row)
      }
    }
    let summaries = common.map { pair in
      ServiceDiffSummary(
        old: oldResults.lazy.filter { $0.service == pair.old }, new: newResults.lazy.filter { $0.service == pair.new },
        oldService: old.ruleset.services[pair.old], newService: new.ruleset.services[pair.new])
    }
    func only(_ side: ScreeningContext, _ results: [BatchResult], other: ScreeningContext) -> [DiffOutcome.OneSided] {
      side.ruleset.services.indices.compactMap { index in
        let service = side.ruleset.services[index]
        guard other.ruleset.serviceIndex(service.id) == nil else { return nil }
        let eligible = results.lazy.filter { $0.service == index && $0.decision == .eligible }.count
        return DiffOutcome.OneSided(id: service.id, title: service.title, eligible: eligible)
      }
    }
    return DiffOutcome(
      rows: rows, services: summaries, added: only(new, newResults, other: old), removed: only(old, oldResults, other: new),
      screened: lines.count, rejected: rejectedCount, table: table)
  }
}

/// What a ``PolicyDiff`` found.
public struct DiffOutcome: Sendable {
  /// A service on one side only.
  public struct OneSided: Sendable, Hashable {
    /// Its id.
    public var id: String
    /// Its title.
    public var title: String
    /// Applicants eligible on that side.
    public var eligible: Int
  }

  /// The applicant × service pairs that moved, in input order, then the NEW ruleset's service order.
  public var rows: [DiffRow]
  /// One summary per service on both sides, in the NEW ruleset's order.
  public var services: [ServiceDiffSummary]
  /// Services in NEW only.
  public var added: [OneSided]
  /// Services in OLD only.
  public var removed: [OneSided]
  /// Applicants screened on both sides.
  public var screened: Int
  /// Rows rejected.
  public var rejected: Int
  /// What the reader saw.
  public var table: ApplicantTableSummary

  /// Rows in: always `screened + rejected`.
  public var rowsIn: Int { screened + rejected }
}

/// Why `diff` could not run on a table.
public enum PolicyDiffError: Error, Sendable {
  /// The table or its header cannot be read.
  case table(ApplicantTableError)
  /// A column does not fit the OLD schema.
  case schema(SchemaBridge.Problem)
}

/// A row left out of the diff.
public enum DiffRejection: Sendable, Hashable {
  /// The NEW reader rejected it.
  case row(RowErrors)
  /// The OLD schema lacks one of its enumeration cases.
  case missingCase(line: Int, SchemaBridge.MissingCase)

  /// The rejection as `row N, column X: problem` lines.
  public func rendered(in language: Language) -> String {
    switch self {
    case .row(let errors): return errors.rendered(in: language)
    case .missingCase(let line, let missing):
      return language == .korean
        ? "row \(line), column \(missing.field): 이전 규칙에 없는 값: `\(missing.caseName)`\n"
        : "row \(line), column \(missing.field): value unknown to the OLD rules: `\(missing.caseName)`\n"
    }
  }
}
