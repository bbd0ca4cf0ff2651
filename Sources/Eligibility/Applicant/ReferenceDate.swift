import Rules

/// The date an applicant is screened on: the `--as-of` date if given, else the applicant's application date
/// (project choices P1/P2, readings A1/A2), else unknown.
///
/// Tables' versions (기준 중위소득) and ages (만 나이) are taken on this date; a service outside its effective
/// period on it is 비대상. With no date, every date-dependent rule is 판단불가.
public struct ReferenceDate: Sendable, Hashable {
  /// Where the date came from.
  public enum Source: String, Sendable, Hashable {
    /// The run's `--as-of` option.
    case asOf = "as_of"
    /// The applicant's application date.
    case applicationDate = "application_date"
    /// Neither was given.
    case unknown
  }

  /// The canonical name of the schema field that holds the application date.
  public static let applicationDateField = "application_date"

  /// The date, or `nil` when unknown.
  public var date: CivilDate?
  /// Where it came from.
  public var source: Source

  /// Creates a reference date.
  ///
  /// - Parameters:
  ///   - date: the date, or `nil`.
  ///   - source: where it came from.
  public init(date: CivilDate?, source: Source) {
    self.date = date
    self.source = source
  }

  /// Chooses the reference date for one applicant.
  ///
  /// - Parameters:
  ///   - asOf: the run's as-of date, if any; it wins over the application date.
  ///   - facts: the applicant's facts.
  ///   - schema: the schema, to find the `application_date` field (by canonical name).
  /// - Returns: the date and its source; unknown when neither is given or the schema has no such date field.
  public static func resolve(asOf: CivilDate?, facts: Facts, schema: Schema) -> ReferenceDate {
    if let asOf { return ReferenceDate(date: asOf, source: .asOf) }
    if let slot = schema.fields.firstIndex(where: { $0.name == applicationDateField }), case .date(let date)? = facts[slot] {
      return ReferenceDate(date: date, source: .applicationDate)
    }
    return ReferenceDate(date: nil, source: .unknown)
  }
}
