import Rules

/// What a batch run needs to be replayed: the screen version, every ruleset file's SHA-256, the reference date
/// and the counts, with the promise that the count in equals the count screened plus the count rejected.
public struct BatchProvenance: Sendable {
  /// The ruleset context (files and digests).
  public var context: ScreeningContext
  /// The `--as-of` date, or `nil` for each application date.
  public var asOf: CivilDate?
  /// The batch's outcome.
  public var outcome: BatchOutcome
  /// The services screened, by index.
  public var services: [Int]

  /// Creates a provenance record.
  public init(context: ScreeningContext, asOf: CivilDate?, outcome: BatchOutcome, services: [Int]) {
    self.context = context
    self.asOf = asOf
    self.outcome = outcome
    self.services = services
  }

  /// The run summary for standard error.
  public func summary(language: Language) -> String {
    let date = asOf?.description ?? (language == .korean ? "각 신청일" : "each application date")
    var lines: [String] = []
    if language == .korean {
      lines.append("screen \(ScreenVersion.current) · 기준일 \(date) · 서비스 \(services.count)개")
      lines.append(
        "입력 \(outcome.rowsIn)행 = 판정 \(outcome.screened)행 + 거부 \(outcome.rejected)행 · 출력 \(outcome.rowsOut)행 (판정 행 × 서비스)")
    } else {
      lines.append("screen \(ScreenVersion.current) · reference date \(date) · \(services.count) services")
      lines.append(
        "in \(outcome.rowsIn) rows = screened \(outcome.screened) + rejected \(outcome.rejected) · out \(outcome.rowsOut) rows (screened × services)")
    }
    if !outcome.ranked {
      lines.append(language == .korean ? "대기 순번은 매기지 않음 (--no-rank)" : "waitlist ranks not assigned (--no-rank)")
    }
    for file in context.files { lines.append("  \(file.sha256)  \(file.path)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The provenance as a JSON document (the sidecar `OUT.provenance.json`).
  public func json() -> String { JSONWriter.write(jsonValue()) }

  /// The provenance as a JSON value, to embed in other documents.
  public func jsonValue() -> JSONValue {
    let ruleset = context.ruleset
    return .object([
      "screen_version": .string(ScreenVersion.current),
      "as_of": .string(orNull: asOf?.description),
      "reference_date": .string(asOf == nil ? "application_date" : "as_of"),
      "rulesets": .array(context.files.map { .object(["path": .string($0.path), "sha256": .string($0.sha256)]) }),
      "services": .array(services.map { .string(ruleset.services[$0].id) }),
      "rows_in": .integer(outcome.rowsIn),
      "rows_screened": .integer(outcome.screened),
      "rows_rejected": .integer(outcome.rejected),
      "rows_out": .integer(outcome.rowsOut),
      "ranked": .bool(outcome.ranked),
      "input_encoding": .string(outcome.table.encoding.rawValue),
    ])
  }
}
