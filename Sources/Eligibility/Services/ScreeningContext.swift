import Rules

/// A loaded ruleset ready to screen applicants: the checked rules, their evaluator, the files' SHA-256 and the
/// load's diagnostics (warnings and notes). Immutable and `Sendable`: share one across workers.
public struct ScreeningContext: Sendable {
  /// The checked rules.
  public let ruleset: CheckedRuleset
  /// The evaluator over them.
  public let evaluator: Evaluator
  /// Each ruleset file with the SHA-256 of its bytes, in load order.
  public let files: [RulesetFileDigest]
  /// The diagnostics of loading (no errors: a ruleset with errors does not load).
  public let diagnostics: [Diagnostic]
  /// The data checks run on every applicant.
  public var dataChecks = DataChecks()

  /// Creates a context from a checked ruleset.
  ///
  /// The files are hashed from their loaded bytes; a ruleset that checked without errors is valid UTF-8, so these
  /// are the bytes on disk.
  ///
  /// - Parameters:
  ///   - ruleset: the checked rules.
  ///   - diagnostics: the load's warnings and notes.
  public init(ruleset: CheckedRuleset, diagnostics: [Diagnostic] = []) {
    self.ruleset = ruleset
    self.evaluator = Evaluator(ruleset)
    self.files = ruleset.files.map { RulesetFileDigest(path: $0.path, sha256: SHA256.hexDigest(of: $0.bytes)) }
    self.diagnostics = diagnostics
  }

  /// The decoder for this ruleset's schema.
  public var decoder: ApplicantDecoder { ApplicantDecoder(ruleset: ruleset) }

  /// The services, for `screen services`.
  public var catalog: ServiceCatalog { ServiceCatalog(ruleset: ruleset) }

  /// Decodes one applicant JSON document by the schema.
  ///
  /// - Parameter jsonData: the document (`Data` or bytes).
  /// - Returns: the facts, or every mistake in the document.
  public func decodeApplicant(jsonData: some Sequence<UInt8>) -> Result<Facts, ApplicantErrors> {
    decoder.decode(jsonBytes: jsonData)
  }

  /// Screens one applicant against every service, or one.
  ///
  /// The applicant is prepared once (derived facts such as 소득 비율 and 만 나이), then each service is evaluated on
  /// the same record.
  ///
  /// - Parameters:
  ///   - facts: the applicant's facts.
  ///   - asOf: the run's as-of date; when `nil`, the applicant's `application_date` is the reference date.
  ///   - service: a service id to screen only that one; `nil` for all, in ruleset order.
  /// - Returns: the report.
  /// - Throws: ``ScreeningError/unknownService(_:suggestion:)`` for an id no service has.
  public func screen(_ facts: Facts, asOf: CivilDate? = nil, service: String? = nil) throws(ScreeningError) -> ScreeningReport {
    let indices: [Int]
    if let service {
      guard let index = ruleset.serviceIndex(service) else {
        throw .unknownService(service, suggestion: Suggestion.closest(to: service, among: ruleset.services.map(\.id)))
      }
      indices = [index]
    } else {
      indices = Array(ruleset.services.indices)
    }
    let reference = ReferenceDate.resolve(asOf: asOf, facts: facts, schema: ruleset.schema)
    let record = evaluator.prepare(facts, referenceDate: reference.date)
    let builder = ReportBuilder(ruleset: ruleset, evaluator: evaluator, record: record)
    let services = indices.map { builder.service($0, evaluator.evaluate(service: $0, on: record)) }
    var applicantID: String?
    if let slot = ruleset.schema.fields.firstIndex(where: { $0.name == "id" }), case .text(let id)? = facts[slot] {
      applicantID = id
    }
    return ScreeningReport(
      referenceDate: reference, applicantID: applicantID, rulesetFiles: files,
      warnings: dataChecks.warnings(for: facts, on: reference.date, in: ruleset), services: services)
  }
}
